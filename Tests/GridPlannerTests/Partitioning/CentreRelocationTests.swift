import Testing
@testable import GridPlanner

/// Two hamlets a kilometre apart: 10 items around (0, 0), 50 around (1000, 0); 4 clusters of
/// at most 20. A clustering with two clusters in the small hamlet must send 10 items of the
/// large one across; moving one cluster over is the only cure and no local move finds it.
@Test(arguments: [UInt64(1), 2, 3])
func relocationMovesAClusterToTheHamletThatLacksOne(seed: UInt64) throws {
    var rng = SeededGenerator(seed: seed)
    let small = 10, n = 60
    let points = (0..<n).map { k in
        PlanePoint(x: (k < small ? 0 : 1000) + rng.unit() * 40, y: rng.unit() * 40)
    }
    var cost = [Double](repeating: 0, count: n * n)
    for i in 0..<n { for j in 0..<n { cost[i * n + j] = points[i].distance(to: points[j]) } }
    let problem = ClusteringProblem(demand: Array(repeating: 1, count: n), capacity: Array(repeating: 20, count: n),
                                    minimumLoad: 0, clusterCount: 4, cost: cost)
    // Centres 0 and 5 in the small hamlet, 10 and 30 in the large one; the large one's
    // last ten items overflow to the small hamlet's clusters.
    let clusterOf = (0..<n).map { k in
        switch k {
        case 0..<5: 0
        case 5..<small: 1
        case small..<30: 2
        case 30..<50: 3
        default: k % 2
        }
    }
    var s = Clustering(problem: problem, centres: [0, 5, small, 30], clusterOf: clusterOf)
    let startsFeasible = s.isFeasible(problem)
    try #require(startsFeasible)
    let before = s.cost

    let saved = CentreRelocation(problem: problem).improve(&s) { ClusterLocalSearch(problem: problem).improve(&$0) }

    let feasible = s.isFeasible(problem), drift = abs(s.cost - s.recomputedCost(problem))
    #expect(feasible)
    #expect(drift < 1e-6)
    #expect(abs(before - saved - s.cost) < 1e-6)
    #expect(s.centres.filter { $0 < small }.count == 1)
    // No item walks between the hamlets any more.
    let crossing = (0..<n).filter { ($0 < small) != (s.centres[s.clusterOf[$0]] < small) }
    #expect(crossing.isEmpty)
}
