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

@Test func lagrangianBoundNeverExceedsAFeasibleCost() throws {
    for seed in UInt64(10)..<UInt64(14) {
        let problem = randomProblem(n: 60, p: 5, seed: seed, lo: 8, hi: 14, weighted: false)
        let outcome = try #require(try ClusteringSolver(problem: problem).solve(deadline: .never))
        #expect(outcome.clustering.isFeasible(problem))
        #expect(outcome.lowerBound <= outcome.clustering.cost + 1e-6)
        #expect(outcome.lowerBound > 0.5 * outcome.clustering.cost)
    }
}
