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

/// Restarts open relaxed clusters cheapest first, skipping one that shares more than 30% of
/// its load with those taken, and fill what is left with the cheapest skipped.
@Test func disjointRestartCentresSkipRelaxedClustersThatOverlapCheaperOnes() {
    // Centres 0 and 1 would serve items 0-1 alike; centre 2 serves items 3-5.
    let n = 6
    let problem = ClusteringProblem(demand: Array(repeating: 1, count: n), capacity: Array(repeating: 3, count: n),
                                    minimumLoad: 0, clusterCount: 2, cost: Array(repeating: 1, count: n * n))
    let lists = CandidateLists(problem: problem, length: n)
    let bucket: [[(item: Int32, rc: Double)]] = [
        [(0, -5), (1, -5), (2, -5)], [(0, -4), (1, -4), (3, -4)], [(3, -3), (4, -3), (5, -3)], [], [], [],
    ]
    let value = [-15.0, -12, -9, 0, 0, 0]
    var relaxation = LagrangianBound(lists: lists, demand: problem.demand, capacity: problem.capacity,
                                     clusterCount: 2, unitDemand: true)
    #expect(relaxation.disjointCentres(value, bucket) == [0, 2])

    // A third centre: none is left that overlaps little, so the cheapest skipped one fills it.
    relaxation = LagrangianBound(lists: lists, demand: problem.demand, capacity: problem.capacity,
                                 clusterCount: 3, unitDemand: true)
    #expect(relaxation.disjointCentres(value, bucket) == [0, 2, 1])
    // Centre 1 shares 2 of its 3 items with centre 0; allowing that much overlap takes it.
    relaxation.disjointOverlap = 0.7
    #expect(relaxation.disjointCentres(value, bucket) == [0, 1, 2])
}
