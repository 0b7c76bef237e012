import Testing
@testable import GridPlanner

// MARK: - ClusterPricing

/// Every subset around the centre, checked by enumeration: the knapsack's cluster has the
/// least cost minus prices among those that hold the required items, none of the excluded,
/// and a load within bounds.
@Test(arguments: [UInt64(1), 2, 3, 4, 5])
func pricingFindsTheCheapestClusterThatEnumerationFinds(seed: UInt64) throws {
    var rng = SeededGenerator(seed: seed)
    let n = 11
    let demand = (0..<n).map { _ in Double(1 + rng.index(below: 4)) }
    let minimum = seed % 2 == 0 ? 6.0 : 0
    let problem = squareProblem(seed: seed, count: n, demand: demand, capacity: { _ in 12 },
                                minimumLoad: minimum, clusters: 3)
    let price = (0..<n).map { _ in rng.unit() * 900 }
    let pricing = try #require(ClusterPricing(problem: problem))
    let centre = Int(seed) % n
    let required = (centre + 3) % n, excluded = (centre + 5) % n
    let membership = { (i: Int) -> ClusterPricing.Membership in
        i == required ? .required : i == excluded ? .excluded : .free
    }
    var best = Double.infinity
    for mask in 0..<(1 << n) where mask & (1 << centre) != 0 && mask & (1 << required) != 0 && mask & (1 << excluded) == 0 {
        let members = (0..<n).filter { mask & (1 << $0) != 0 }
        let load = members.reduce(0) { $0 + demand[$1] }
        guard load >= minimum, load <= 12 else { continue }
        best = min(best, members.reduce(0) { $0 + problem.cost($1, centre) - price[$1] })
    }
    let found = pricing.cheapest(centre: centre, price: price, membership: membership)
    guard best.isFinite else {
        #expect(found == nil)
        return
    }
    let cluster = try #require(found)
    #expect(abs(cluster.value - best) < 1e-6)
    #expect(cluster.members.contains(centre) && cluster.members.contains(required))
    #expect(!cluster.members.contains(excluded))
    let load = cluster.members.reduce(0) { $0 + demand[$1] }
    #expect(load >= minimum && load <= 12)
    let value = cluster.members.reduce(0) { $0 + problem.cost($1, centre) - price[$1] }
    #expect(abs(value - cluster.value) < 1e-6)
}

@Test func pricingRefusesDemandsThatAreNotWholeNumbers() {
    let problem = squareProblem(seed: 1, count: 4, demand: [1, 1.5, 1, 1], capacity: { _ in 3 },
                                minimumLoad: 0, clusters: 2)
    #expect(ClusterPricing(problem: problem) == nil)
}
