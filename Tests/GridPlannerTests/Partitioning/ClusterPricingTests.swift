import Testing
@testable import GridPlanner

// MARK: - ClusterPricing

/// `n` items of demand 1 to 4 spread over a square, each priced up to 900, and the generator
/// that drew them, to draw more.
private func randomPricingCase(seed: UInt64, count n: Int, capacity: Double, minimumLoad: Double)
    -> (problem: ClusteringProblem, price: [Double], rng: SeededGenerator) {
    var rng = SeededGenerator(seed: seed)
    let demand = (0..<n).map { _ in Double(1 + rng.index(below: 4)) }
    let problem = squareProblem(seed: seed, count: n, demand: demand, capacity: { _ in capacity },
                                minimumLoad: minimumLoad, clusters: 3)
    let price = (0..<n).map { _ in rng.unit() * 900 }
    return (problem, price, rng)
}

/// Every subset around the centre, checked by enumeration: the knapsack's cluster has the
/// least cost minus prices among those that hold the required items, none of the excluded,
/// and a load within bounds.
@Test(arguments: [UInt64(1), 2, 3, 4, 5])
func pricingFindsTheCheapestClusterThatEnumerationFinds(seed: UInt64) throws {
    let n = 11
    let minimum = seed % 2 == 0 ? 6.0 : 0
    let (problem, price, _) = randomPricingCase(seed: seed, count: n, capacity: 12, minimumLoad: minimum)
    let demand = problem.demand
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

/// With penalties on groups of three items (paid once by a cluster holding two or more of a
/// group), the labels find the cluster that enumeration finds; asked only for clusters below
/// a threshold, they return a bound that never exceeds the least value.
@Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
func pricingWithGroupPenaltiesFindsWhatEnumerationFinds(seed: UInt64) throws {
    let n = 12
    let minimum = seed % 3 == 0 ? 5.0 : 0
    var (problem, price, rng) = randomPricingCase(seed: seed, count: n, capacity: 14, minimumLoad: minimum)
    let demand = problem.demand
    let groups = (0..<8).map { _ in
        ClusterPricing.GroupPenalty(items: Array(Set((0..<3).map { _ in rng.index(below: n) })).sorted(),
                                    penalty: rng.unit() * 300)
    }
    let pricing = try #require(ClusterPricing(problem: problem))
    let centre = Int(seed) % n
    let required = (centre + 4) % n, excluded = (centre + 7) % n
    let membership = { (i: Int) -> ClusterPricing.Membership in
        i == required ? .required : i == excluded ? .excluded : .free
    }
    func value(_ members: [Int]) -> Double {
        var total = members.reduce(0) { $0 + problem.cost($1, centre) - price[$1] }
        for group in groups where group.items.filter(members.contains).count >= 2 { total += group.penalty }
        return total
    }
    var best = Double.infinity
    for mask in 0..<(1 << n) where mask & (1 << centre) != 0 && mask & (1 << required) != 0 && mask & (1 << excluded) == 0 {
        let members = (0..<n).filter { mask & (1 << $0) != 0 }
        let load = members.reduce(0) { $0 + demand[$1] }
        guard load >= minimum, load <= 14 else { continue }
        best = min(best, value(members))
    }
    try #require(best.isFinite)
    let exact = try #require(pricing.cheapest(centre: centre, price: price, penalties: groups, membership: membership))
    #expect(abs(exact.value - best) < 1e-6 && abs(exact.bound - best) < 1e-6)
    #expect(abs(value(exact.members) - exact.value) < 1e-6)
    #expect(exact.members.contains(centre) && exact.members.contains(required) && !exact.members.contains(excluded))

    for below in [best - 50, best + 50] {
        let found = try #require(pricing.cheapest(centre: centre, price: price, penalties: groups, below: below,
                                                  membership: membership))
        #expect(found.bound <= best + 1e-6)
        #expect(abs(value(found.members) - found.value) < 1e-6)
        if best < below { #expect(abs(found.value - best) < 1e-6) }
    }
    let quick = try #require(pricing.cheapest(centre: centre, price: price, penalties: groups, labelsPerLoad: 1,
                                              membership: membership))
    #expect(abs(value(quick.members) - quick.value) < 1e-6 && quick.value >= best - 1e-6)
}
