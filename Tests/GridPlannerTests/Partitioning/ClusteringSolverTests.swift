import Testing
@testable import GridPlanner

/// The optimum of a tiny problem by enumerating every assignment of items to clusters.
private func bruteForceOptimum(_ problem: ClusteringProblem) -> Double {
    let n = problem.count, p = problem.clusterCount
    var best = Double.infinity
    var label = [Int](repeating: 0, count: n)
    func clusterCost(_ members: [Int]) -> Double? {
        let load = members.reduce(0) { $0 + problem.demand[$1] }
        guard load >= problem.minimumLoad - 1e-9 else { return nil }
        var bestCentre = Double.infinity
        for j in members where problem.capacity[j] + 1e-9 >= load {
            bestCentre = min(bestCentre, members.reduce(0) { $0 + problem.cost($1, j) })
        }
        return bestCentre.isFinite ? bestCentre : nil
    }
    func visit(_ i: Int, _ used: Int) {
        if i == n {
            guard used == p else { return }
            var total = 0.0
            for c in 0..<p {
                guard let cost = clusterCost((0..<n).filter { label[$0] == c }) else { return }
                total += cost
            }
            best = min(best, total)
            return
        }
        for c in 0..<min(used + 1, p) {  // canonical labelling: no symmetric duplicates
            label[i] = c
            visit(i + 1, max(used, c + 1))
        }
    }
    visit(0, 0)
    return best
}

private func randomProblem(n: Int, p: Int, seed: UInt64, lo: Double, hi: Double, weighted: Bool) -> ClusteringProblem {
    var rng = SeededGenerator(seed: seed)
    let points = (0..<n).map { _ in PlanePoint(x: rng.unit() * 100, y: rng.unit() * 100) }
    let demand = (0..<n).map { _ in weighted ? Double(1 + rng.next() % 5) : 1 }
    var cost = [Double](repeating: 0, count: n * n)
    for i in 0..<n { for j in 0..<n { cost[i * n + j] = points[i].distance(to: points[j]) } }
    return ClusteringProblem(demand: demand, capacity: Array(repeating: hi, count: n), minimumLoad: lo,
                             clusterCount: p, cost: cost)
}

@Test(arguments: [UInt64(1), 2, 3, 4])
func solverReachesTheBruteForceOptimumOnTinyProblems(seed: UInt64) throws {
    let unit = randomProblem(n: 9, p: 3, seed: seed, lo: 2, hi: 4, weighted: false)
    let weighted = randomProblem(n: 9, p: 3, seed: seed + 100, lo: 0, hi: 12, weighted: true)
    for problem in [unit, weighted] {
        let optimum = bruteForceOptimum(problem)
        let outcome = try #require(try ClusteringSolver(problem: problem).solve(deadline: .never))
        #expect(outcome.clustering.isFeasible(problem))
        #expect(abs(outcome.clustering.recomputedCost(problem) - optimum) < 1e-6)
        #expect(outcome.lowerBound <= optimum + 1e-6)
    }
}

/// Small problems end with a branch-and-price over the whole problem: once its tree is
/// closed, the bound is the optimum, which enumeration confirms. Without it, the bound of some
/// of these problems is below their optimum, so the branch-and-price is what proves it.
@Test func branchAndPriceProvesTheOptimumOfSmallProblems() throws {
    var boundsBelowTheOptimum = 0
    for seed in UInt64(1)...4 {
        let unit = randomProblem(n: 9, p: 3, seed: seed, lo: 2, hi: 4, weighted: false)
        let weighted = randomProblem(n: 10, p: 4, seed: seed + 100, lo: 0, hi: 9, weighted: true)
        for problem in [unit, weighted] {
            var effort = ClusteringSolver.Effort.sized(items: problem.count, clusters: problem.clusterCount)
            #expect(effort.branchAndPriceNodes > 0)
            let outcome = try #require(try ClusteringSolver(problem: problem, effort: effort).solve(deadline: .never))
            let optimum = bruteForceOptimum(problem)
            #expect(outcome.clustering.isFeasible(problem))
            #expect(abs(outcome.clustering.recomputedCost(problem) - optimum) < 1e-6)
            #expect(abs(outcome.lowerBound - optimum) < 1e-6)
            effort.branchAndPriceNodes = 0
            let plain = try #require(try ClusteringSolver(problem: problem, effort: effort).solve(deadline: .never))
            if plain.lowerBound < optimum - 1e-6 { boundsBelowTheOptimum += 1 }
        }
    }
    #expect(boundsBelowTheOptimum > 0)
}

/// From a poor plan (the clusters of the spread-out first centres, no search), the tree alone
/// reaches the optimum and proves it; with a node limit of one it stops with a bound no
/// higher than the optimum.
@Test(arguments: [UInt64(7), 8, 9])
func branchAndPriceFindsTheOptimumFromAPoorPlan(seed: UInt64) throws {
    let problem = randomProblem(n: 10, p: 3, seed: seed, lo: 0, hi: 14, weighted: true)
    let optimum = bruteForceOptimum(problem)
    let poor = try #require(ClusterConstruction.assign(problem, centres: [0, 1, 2]))
    #expect(poor.isFeasible(problem))
    let exact = try #require(BranchAndPrice(problem: problem, nodeLimit: 1000))
    let result = try exact.solve(from: poor, clusters: [], deadline: .never)
    #expect(result.proven)
    #expect(result.clustering.isFeasible(problem))
    #expect(abs(result.clustering.recomputedCost(problem) - optimum) < 1e-6)
    #expect(abs(result.bound - optimum) < 1e-6)
    let cut = try #require(BranchAndPrice(problem: problem, nodeLimit: 1)).solve(from: poor, clusters: [], deadline: .never)
    #expect(cut.bound <= optimum + 1e-6)
    #expect(cut.clustering.cost >= optimum - 1e-6)
}

@Test func lagrangianBoundNeverExceedsAFeasibleCost() throws {
    for seed in UInt64(10)..<UInt64(14) {
        let problem = randomProblem(n: 60, p: 5, seed: seed, lo: 8, hi: 14, weighted: false)
        let outcome = try #require(try ClusteringSolver(problem: problem).solve(deadline: .never))
        #expect(outcome.clustering.isFeasible(problem))
        #expect(outcome.lowerBound <= outcome.clustering.cost + 1e-6)
        #expect(outcome.lowerBound > 0.5 * outcome.clustering.cost)
    }
}

@Test(arguments: [UInt64(5), 6])
func clusteringModelWithEveryArcSolvesTinyProblemsExactly(seed: UInt64) throws {
    let problem = randomProblem(n: 9, p: 3, seed: seed, lo: 0, hi: 20, weighted: true)
    let n = problem.count
    let model = ClusteringModel(problem: problem, items: Array(0..<n), candidates: Array(0..<n),
                                allowed: (0..<n).map { _ in Array(0..<n) }, clusterCount: 3)
    let outcome = try GLPKSolver.solve(model.program)
    #expect(outcome.status == .optimal)
    let solution = try #require(model.decode(outcome.values))
    let centres = solution.centres
    let clustering = Clustering(problem: problem, centres: centres,
                                clusterOf: solution.centreOf.map { centres.firstIndex(of: $0)! })
    #expect(clustering.isFeasible(problem))
    #expect(abs(clustering.cost - bruteForceOptimum(problem)) < 1e-6)
    // The solution read back as a starting point has the same objective.
    let start = try #require(model.start(centreOf: solution.centreOf))
    #expect(abs(model.program.objective(of: start) - clustering.cost) < 1e-6)
}

/// Sixty weighted points in four blobs of different spread, six medians, capacities 6% above
/// the mean load: tight enough that the improvement passes stop in a local optimum.
private let blobPoints: [(x: Double, y: Double, demand: Double)] = [
    (47.96, 8.77, 2), (24.50, 10.94, 2), (27.94, 13.43, 4), (-0.67, 51.52, 5), (13.77, 58.53,
    2), (10.11, 53.77, 5), (24.78, 8.03, 5), (44.09, 2.78, 4), (3.97, 56.39, 2), (22.73, 10.21,
    3), (40.84, 17.37, 1), (45.14, 9.99, 4), (48.86, 8.37, 5), (4.14, 53.36, 4), (44.90, 7.69,
    3), (42.91, 5.66, 3), (42.55, 10.66, 3), (40.12, 12.06, 5), (26.17, 15.33, 3), (6.78, 47.27,
    4), (36.89, 22.85, 3), (12.54, 42.19, 3), (49.13, 6.49, 4), (9.53, 56.77, 2), (19.07, 54.49,
    2), (5.43, 52.58, 5), (3.55, 48.88, 2), (15.12, 19.91, 5), (40.30, 9.27, 4), (44.68, 7.53,
    2), (45.19, 9.95, 1), (37.46, 15.09, 1), (4.84, 49.91, 2), (45.10, 9.32, 3), (4.17, 51.01,
    4), (40.09, 7.39, 2), (32.35, 0.54, 4), (3.00, 53.15, 5), (8.33, 54.07, 1), (12.40, 49.85,
    3), (8.42, 49.04, 2), (2.79, 47.27, 2), (11.54, 44.20, 2), (1.38, 52.94, 1), (34.88, 5.39,
    2), (-1.62, 53.30, 3), (7.16, 51.49, 4), (3.46, 59.74, 5), (19.60, 16.74, 1), (45.43, 6.78,
    2), (46.49, 4.37, 3), (39.81, -7.37, 4), (35.84, 12.35, 2), (8.73, 53.52, 5), (44.11, 4.97,
    5), (41.41, 4.03, 5), (18.42, 55.10, 1), (-4.42, 58.74, 2), (32.30, 22.46, 2), (5.60, 54.22,
    2),
]

@Test func kicksLeaveTheLocalOptimumOfTheImprovementPasses() throws {
    let n = blobPoints.count
    var cost = [Double](repeating: 0, count: n * n)
    for i in 0..<n {
        for j in 0..<n {
            cost[i * n + j] = ((blobPoints[i].x - blobPoints[j].x) * (blobPoints[i].x - blobPoints[j].x)
                + (blobPoints[i].y - blobPoints[j].y) * (blobPoints[i].y - blobPoints[j].y)).squareRoot()
        }
    }
    let problem = ClusteringProblem(demand: blobPoints.map(\.demand), capacity: Array(repeating: 33, count: n),
                                    minimumLoad: 0, clusterCount: 6, cost: cost)
    var effort = ClusteringSolver.Effort.sized(items: n, clusters: 6)
    effort.branchAndPriceNodes = 0  // the kicks alone, against none
    let kicked = try #require(try ClusteringSolver(problem: problem, effort: effort).solve(deadline: .never))
    let again = try #require(try ClusteringSolver(problem: problem, effort: effort).solve(deadline: .never))
    effort.kicks = 0
    let plain = try #require(try ClusteringSolver(problem: problem, effort: effort).solve(deadline: .never))
    #expect(kicked.clustering.isFeasible(problem))
    #expect(kicked.clustering.cost < plain.clustering.cost - 1e-6)
    #expect(kicked.clustering.clusterOf == again.clustering.clusterOf)
    #expect(kicked.lowerBound <= kicked.clustering.cost + 1e-9)
}

@Test func benchmarkNeighbourhoodsHoldAboutFortyItemsWhenClustersAreSmall() {
    // Six clusters of ten or more items are already 60; clusters of three need twelve.
    var previous = 0
    for clusters in stride(from: 5, through: 240, by: 5) {
        let effort = ClusteringSolver.Effort.sized(items: 720, clusters: clusters)
        let hood = effort.clustersPerNeighbourhood
        #expect(hood >= previous && (6...12).contains(hood))
        #expect(hood == 12 || hood == 6 || Double(hood * 720) / Double(clusters) >= 40)
        previous = hood
    }
    #expect(ClusteringSolver.Effort.sized(items: 100, clusters: 10).clustersPerNeighbourhood == 6)
    #expect(ClusteringSolver.Effort.sized(items: 318, clusters: 100).clustersPerNeighbourhood == 12)
}

/// Subset-row cuts at the root never cut off the optimum: with them, the root's bound (a tree
/// of one node) lies between the bound without them and the optimum, and the whole tree still
/// proves the optimum; on some of these problems they raise the bound.
@Test func rootCutsRaiseTheBoundWithoutPassingTheOptimum() throws {
    var raised = 0
    for seed in UInt64(20)..<UInt64(28) {
        let problem = randomProblem(n: 11, p: 3, seed: seed, lo: 0, hi: 16, weighted: true)
        let optimum = bruteForceOptimum(problem)
        let poor = try #require(ClusterConstruction.assign(problem, centres: [0, 1, 2]))
        var plain = try #require(BranchAndPrice(problem: problem, nodeLimit: 1))
        plain.cutRounds = 0
        var cut = try #require(BranchAndPrice(problem: problem, nodeLimit: 1))
        cut.cutRounds = 15
        let without = try plain.solve(from: poor, clusters: [], deadline: .never)
        let with = try cut.solve(from: poor, clusters: [], deadline: .never)
        #expect(with.bound <= optimum + 1e-6)
        #expect(with.bound >= without.bound - 1e-6)
        if with.bound > without.bound + 1e-6 { raised += 1 }
        cut.nodeLimit = 1000
        let proof = try cut.solve(from: poor, clusters: [], deadline: .never)
        #expect(proof.proven && abs(proof.clustering.recomputedCost(problem) - optimum) < 1e-6)
    }
    #expect(raised > 0)
}
