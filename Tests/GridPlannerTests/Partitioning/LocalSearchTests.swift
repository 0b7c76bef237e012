import Testing
@testable import GridPlanner

/// Eight clusters, so every item's nearby clusters are all of them, whose centres cannot move
/// (no other item may be a centre), from items dealt out in turn, a third of them of size 2
/// (which transfer chains leave alone). When the local search stops, no shift of one item and
/// no swap of two may lower the cost within the load bounds. Items that found no move are
/// skipped until one of their clusters changes; a wrong skip leaves an improving move behind.
@Test(arguments: (1...32).map(UInt64.init))
func localSearchStopsWhereNoShiftOrSwapImproves(seed: UInt64) throws {
    let n = 96, p = 8, lo = 12.0, hi = 18.0
    let demand = (0..<n).map { $0 % 3 == 0 ? 2.0 : 1.0 }
    let problem = squareProblem(seed: seed, count: n, demand: demand, capacity: { $0 < p ? hi : 0 },
                                minimumLoad: lo, clusters: p)
    var s = Clustering(problem: problem, centres: Array(0..<p), clusterOf: (0..<n).map { $0 % p })
    try #require(s.isFeasible(problem))
    ClusterLocalSearch(problem: problem).improve(&s)

    let feasible = s.isFeasible(problem)
    #expect(feasible)
    #expect(abs(s.cost - s.recomputedCost(problem)) < 1e-6)
    func fits(_ load: Double) -> Bool { load >= lo - 1e-9 && load <= hi + 1e-9 }
    var improving: [String] = []
    for i in p..<n {
        let g = s.clusterOf[i], di = demand[i]
        for h in 0..<p where h != g {
            let gain = problem.cost(i, s.centres[h]) - problem.cost(i, s.centres[g])
            if gain < -1e-6, fits(s.load[h] + di), fits(s.load[g] - di) { improving.append("shift \(i) to \(h)") }
            for k in p..<n where s.clusterOf[k] == h {
                let delta = gain + problem.cost(k, s.centres[g]) - problem.cost(k, s.centres[h])
                if delta < -1e-6, fits(s.load[h] + di - demand[k]), fits(s.load[g] - di + demand[k]) {
                    improving.append("swap \(i) and \(k)")
                }
            }
        }
    }
    #expect(improving.isEmpty)
}

/// Two clusters of twelve unit items: a pair re-split must end at the best assignment over
/// every pair of the union's six best medoids as centres (or keep a start that is better
/// still), here found by enumerating all 4,096 ways to split the items. Pairs whose
/// unconstrained cost cannot beat the best cut are skipped unsorted; a wrong skip misses it.
@Test(arguments: [UInt64(1), 2, 3, 4, 5])
func pairResplitFindsTheBestSplitOverItsCandidateCentres(seed: UInt64) {
    let n = 12, lo = 4.0, hi = 8.0
    let problem = squareProblem(seed: seed, count: n, demand: Array(repeating: 1, count: n),
                                capacity: { _ in hi }, minimumLoad: lo, clusters: 2)
    var s = Clustering(problem: problem, centres: [0, 6], clusterOf: (0..<n).map { $0 < 6 ? 0 : 1 })
    let start = s.cost
    var best = Double.infinity
    let candidates = problem.bestMedoids(of: Array(0..<n), count: 6)
    for a in candidates {
        for b in candidates where b != a {
            for mask in 0..<(1 << n) where mask & (1 << a) != 0 && mask & (1 << b) == 0 {
                let size = Double(mask.nonzeroBitCount)
                guard size >= lo, size <= hi, Double(n) - size >= lo, Double(n) - size <= hi else { continue }
                var total = 0.0
                for i in 0..<n { total += problem.cost(i, mask & (1 << i) != 0 ? a : b) }
                best = min(best, total)
            }
        }
    }

    let saved = PairResplit(problem: problem).improve(&s)

    let feasible = s.isFeasible(problem)
    #expect(feasible)
    #expect(abs(s.cost - min(start, best)) < 1e-6)
    #expect(abs(start - saved - s.cost) < 1e-6)
}
