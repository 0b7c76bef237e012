import Testing
@testable import GridPlanner

/// Twelve unit items in two halves, each half cut into two clusters of three, in eight seeded
/// ways with seeded centres. The pool's recombination must reach the cheapest choice of four
/// pooled clusters that covers every item once, found by enumerating every choice, and answer
/// nil when the incumbent is that choice already (so recombining its result finds nothing).
@Test(arguments: (1...8).map(UInt64.init))
func recombinationFindsTheCheapestPartitionOfPooledClusters(seed: UInt64) throws {
    let n = 12
    let problem = squareProblem(seed: seed, count: n, demand: Array(repeating: 1, count: n),
                                capacity: { _ in 3 }, minimumLoad: 3, clusters: 4)
    var rng = SeededGenerator(seed: seed, stream: 7)
    var clusterings: [Clustering] = []
    for _ in 0..<8 {
        var clusterOf = [Int](repeating: 0, count: n)
        var centres: [Int] = []
        for half in 0..<2 {
            var items = Array((half * 6)..<(half * 6 + 6))
            rng.shuffle(&items)
            for (k, i) in items.enumerated() { clusterOf[i] = 2 * half + k / 3 }
            centres.append(items[rng.index(below: 3)])
            centres.append(items[3 + rng.index(below: 3)])
        }
        clusterings.append(Clustering(problem: problem, centres: centres, clusterOf: clusterOf))
    }

    var columns: [(mask: Int, cost: Double)] = []
    for s in clusterings {
        for (c, members) in s.members().enumerated() {
            let mask = members.reduce(0) { $0 | 1 << $1 }
            let cost = members.reduce(0.0) { $0 + problem.cost($1, s.centres[c]) }
            if !columns.contains(where: { $0.mask == mask && $0.cost == cost }) { columns.append((mask, cost)) }
        }
    }
    var best = Double.infinity
    func choose(from first: Int, covered: Int, chosen: Int, cost: Double) {
        if chosen == 4 { if covered == (1 << n) - 1 { best = min(best, cost) }; return }
        for k in first..<columns.count where columns[k].mask & covered == 0 {
            choose(from: k + 1, covered: covered | columns[k].mask, chosen: chosen + 1, cost: cost + columns[k].cost)
        }
    }
    choose(from: 0, covered: 0, chosen: 0, cost: 0)

    var pool = ClusterPool(problem: problem)
    for s in clusterings.dropFirst() { pool.add(s) }
    let joined = try pool.recombine(clusterings[0], nodeLimit: 1000, deadline: .never)

    if best < clusterings[0].cost - 1e-6 {
        let result = try #require(joined)
        #expect(result.isFeasible(problem))
        #expect(abs(result.cost - best) < 1e-6)
        #expect(abs(result.recomputedCost(problem) - best) < 1e-6)
        let again = try pool.recombine(result, nodeLimit: 1000, deadline: .never)
        #expect(again == nil)
    } else {
        #expect(joined == nil)
    }
}
