import Testing
@testable import GridPlanner

/// With unit demands and fixed centres, the best assignment is a transportation problem: its
/// linear programme, solved by GLPK, has a whole-number optimum to compare with.
private func optimalAssignmentCost(_ problem: ClusteringProblem, centres: [Int]) throws -> Double {
    var lp = LinearProgram()
    var served = [[Int]](repeating: [], count: centres.count)
    for i in 0..<problem.count {
        if let own = centres.firstIndex(of: i) {
            let x = lp.addVariable(lower: 1, upper: 1, cost: problem.cost(i, i))
            served[own].append(x)
            continue
        }
        var row: [(Int, Double)] = []
        for (c, centre) in centres.enumerated() {
            let x = lp.addVariable(upper: 1, cost: problem.cost(i, centre))
            served[c].append(x)
            row.append((x, 1))
        }
        lp.addConstraint(row, lower: 1, upper: 1)
    }
    for variables in served {
        lp.addConstraint(variables.map { ($0, 1.0) }, lower: problem.minimumLoad, upper: problem.capacity[0])
    }
    let outcome = try GLPKSolver.solve(lp)
    return try #require(outcome.objective)
}

@Test(arguments: [UInt64(1), 2, 3, 4, 5])
func transferChainsReachTheOptimalAssignmentForFixedCentres(seed: UInt64) throws {
    var rng = SeededGenerator(seed: seed)
    let n = 60, p = 5
    let points = (0..<n).map { _ in PlanePoint(x: rng.unit() * 100, y: rng.unit() * 100) }
    var cost = [Double](repeating: 0, count: n * n)
    for i in 0..<n { for j in 0..<n { cost[i * n + j] = points[i].distance(to: points[j]) } }
    let problem = ClusteringProblem(demand: Array(repeating: 1, count: n), capacity: Array(repeating: 14, count: n),
                                    minimumLoad: 8, clusterCount: p, cost: cost)
    // A poor but feasible start: items dealt out in turn, 12 per cluster.
    var s = Clustering(problem: problem, centres: Array(0..<p), clusterOf: (0..<n).map { $0 % p })
    var members = s.members()
    let everyCluster = NearbyClusters(problem, s, width: p)
    let before = s.cost

    let saved = TransferChains(problem: problem).improve(&s, &members, near: everyCluster)

    #expect(s.isFeasible(problem))
    #expect(s.centres == Array(0..<p))
    #expect(abs(s.cost - s.recomputedCost(problem)) < 1e-6)
    #expect(abs(before - saved - s.cost) < 1e-6)
    #expect(members.map { $0.sorted() } == s.members())
    #expect(abs(s.cost - (try optimalAssignmentCost(problem, centres: s.centres))) < 1e-6)
}

@Test(arguments: [UInt64(1), 2, 3])
func rebalancingBringsEveryLoadWithinBoundsAndChainsThenReachTheOptimum(seed: UInt64) throws {
    var rng = SeededGenerator(seed: seed)
    let n = 60, p = 5
    // Items crowd around the first centre, so assigning each to its nearest overfills it.
    let points = (0..<n).map { k in
        k < p ? PlanePoint(x: Double(k) * 25, y: 50) : PlanePoint(x: rng.unit() * 30, y: rng.unit() * 100)
    }
    var cost = [Double](repeating: 0, count: n * n)
    for i in 0..<n { for j in 0..<n { cost[i * n + j] = points[i].distance(to: points[j]) } }
    let problem = ClusteringProblem(demand: Array(repeating: 1, count: n), capacity: Array(repeating: 14, count: n),
                                    minimumLoad: 8, clusterCount: p, cost: cost)
    let centres = Array(0..<p)
    let nearest = (0..<n).map { i in centres.min { problem.cost(i, $0) < problem.cost(i, $1) }! }
    var s = Clustering(problem: problem, centres: centres, clusterOf: nearest)
    let startsFeasible = s.isFeasible(problem)
    #expect(!startsFeasible)
    let everyCluster = NearbyClusters(problem, s, width: p)
    let chains = TransferChains(problem: problem)

    #expect(chains.rebalance(&s, near: everyCluster))

    let feasible = s.isFeasible(problem), drift = abs(s.cost - s.recomputedCost(problem))
    #expect(feasible)
    #expect(drift < 1e-6)
    var members = s.members()
    _ = chains.improve(&s, &members, near: everyCluster)
    #expect(abs(s.cost - (try optimalAssignmentCost(problem, centres: centres))) < 1e-6)
}
