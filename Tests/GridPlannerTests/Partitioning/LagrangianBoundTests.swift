import Testing
@testable import GridPlanner

/// Relaxing on two threads (each filling and solving half of the centres) must give exactly
/// what one thread gives: the same bound, multipliers and open centres, step for step.
@Test(arguments: [UInt64(1), 2])
func relaxingOnTwoThreadsGivesTheSameBoundAsOne(seed: UInt64) {
    var rng = SeededGenerator(seed: seed)
    let n = 240, p = 20
    let points = (0..<n).map { _ in PlanePoint(x: rng.unit() * 1000, y: rng.unit() * 1000) }
    var cost = [Double](repeating: 0, count: n * n)
    for i in 0..<n { for j in 0..<n { cost[i * n + j] = points[i].distance(to: points[j]) } }
    // Kin groups of 1-3 places, so both knapsacks (sorting and dynamic programming) run.
    let demand = (0..<n).map { _ in Double(1 + rng.index(below: 3)) }
    let problem = ClusteringProblem(demand: demand, capacity: Array(repeating: 30, count: n),
                                    minimumLoad: 0, clusterCount: p, cost: cost)
    let lists = CandidateLists(problem: problem, length: 40)
    var single = LagrangianBound(lists: lists, demand: demand, capacity: problem.capacity, clusterCount: p, unitDemand: false)
    single.splitCentres = .max
    var split = single
    split.splitCentres = 0
    let initial = single.initialMultipliers(meanClusterItems: n / p)

    let one = single.maximise(upperBound: 60_000, initial: initial, iterations: 200, deadline: .never)
    let two = split.maximise(upperBound: 60_000, initial: initial, iterations: 200, deadline: .never)

    #expect(one.bound > 0)
    #expect(one.bound == two.bound)
    #expect(one.multipliers == two.multipliers)
    #expect(one.centres == two.centres)
    #expect(one.iterations == two.iterations)
}
