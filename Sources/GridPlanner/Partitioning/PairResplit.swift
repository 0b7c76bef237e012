/// Re-splits two neighbouring clusters: for each pair of candidate centres (the best medoids of
/// each side), items sorted by how much they prefer one centre over the other are cut at the
/// best point where both loads are within bounds. Exact for unit demands (the best split is
/// such a cut); a heuristic for other demands. Cheap enough to run over every pair of
/// neighbouring clusters until nothing improves.
struct PairResplit {
    let problem: ClusteringProblem
    /// Candidate centres tried on each side.
    var candidatesPerCluster = 6
    /// Neighbouring clusters paired with each cluster.
    var neighbours = 5

    /// Runs rounds over all neighbouring pairs until a round saves nothing (at most `maxRounds`).
    /// Returns the cost saved.
    func improve(_ s: inout Clustering, maxRounds: Int = 20) -> Double {
        let p = s.centres.count
        var members = s.members()
        var total = 0.0
        // A pair re-split in vain is skipped until one of its clusters changes: its
        // re-split depends on nothing else.
        var version = [Int](repeating: 0, count: p)
        var triedAt = [(Int, Int)](repeating: (-1, -1), count: p * p)
        for _ in 0..<maxRounds {
            var saved = 0.0
            for g in 0..<p {
                for h in nearestClusters(to: g, in: s) where triedAt[g * p + h] != (version[g], version[h]) {
                    let gain = resplit(g, h, &s, &members)
                    if gain > 0 {
                        saved += gain
                        version[g] += 1
                        version[h] += 1
                    } else {
                        triedAt[g * p + h] = (version[g], version[h])
                    }
                }
            }
            total += saved
            if saved <= costTolerance * max(1, s.cost) { break }
        }
        s.cost = s.recomputedCost(problem)
        Log.planner.trace("pair re-split saved \(total)")
        return total
    }

    private func nearestClusters(to g: Int, in s: Clustering) -> [Int] {
        let centre = s.centres[g]
        return s.centres.indices.filter { $0 != g }
            .sorted {
                let a = problem.cost(s.centres[$0], centre), b = problem.cost(s.centres[$1], centre)
                return a < b || (a == b && $0 < $1)
            }
            .prefix(neighbours).map { $0 }
    }

    private func resplit(_ g: Int, _ h: Int, _ s: inout Clustering, _ members: inout [[Int]]) -> Double {
        let items = members[g] + members[h]
        let m = items.count
        var current = 0.0
        for i in members[g] { current += problem.cost(i, s.centres[g]) }
        for i in members[h] { current += problem.cost(i, s.centres[h]) }
        let lo = problem.minimumLoad
        let total = items.reduce(0.0) { $0 + problem.demand[$1] }
        var best: (cost: Double, a: Int, b: Int, order: [Int], cut: Int)?
        let options = problem.bestMedoids(of: items, count: candidatesPerCluster)
        var order = [(Double, Int)](repeating: (0, 0), count: m)
        for a in options {
            for b in options where b != a {
                // Items that go to `a` are a prefix of the order by preference for `a`. No
                // split around `a` and `b` costs less than every item at the nearer of the two.
                var unsplit = 0.0
                for (k, i) in items.enumerated() {
                    let ca = problem.cost(i, a), cb = problem.cost(i, b)
                    order[k] = (ca - cb, i)
                    unsplit += min(ca, cb)
                }
                if unsplit >= best?.cost ?? current { continue }
                order.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
                var cost = 0.0
                for k in 0..<m { cost += problem.cost(order[k].1, b) }
                var loadA = 0.0
                var seenA = false
                for t in 1..<m {
                    let (delta, item) = order[t - 1]
                    if item == b { break }  // each centre serves itself
                    if item == a { seenA = true }
                    cost += delta
                    loadA += problem.demand[item]
                    let loadB = total - loadA
                    guard seenA, loadA >= lo - loadTolerance, loadB >= lo - loadTolerance,
                          loadA <= problem.capacity[a] + loadTolerance, loadB <= problem.capacity[b] + loadTolerance
                    else { continue }
                    if cost < (best?.cost ?? current) - costTolerance * max(1, current) {
                        best = (cost, a, b, order.map(\.1), t)
                    }
                }
            }
        }
        guard let best else { return 0 }
        s.centres[g] = best.a
        s.centres[h] = best.b
        members[g] = best.order[..<best.cut].sorted()
        members[h] = best.order[best.cut...].sorted()
        for i in members[g] { s.clusterOf[i] = g }
        for i in members[h] { s.clusterOf[i] = h }
        s.load[g] = members[g].reduce(0) { $0 + problem.demand[$1] }
        s.load[h] = members[h].reduce(0) { $0 + problem.demand[$1] }
        let saved = current - best.cost
        s.cost -= saved
        return saved
    }
}
