/// Builds a feasible clustering around given centres: items in order of regret go to their
/// cheapest centre with room, then overfull and underfull clusters are mended by the cheapest
/// single moves.
enum ClusterConstruction {
    static func assign(_ problem: ClusteringProblem, centres: [Int]) -> Clustering? {
        let n = problem.count, p = centres.count
        var clusterOf = [Int](repeating: -1, count: n)
        var load = [Double](repeating: 0, count: p)
        for (c, j) in centres.enumerated() {
            clusterOf[j] = c
            load[c] += problem.demand[j]
        }
        // Regret: how much an item loses if it misses its cheapest centre.
        var order: [(regret: Double, item: Int)] = []
        order.reserveCapacity(n)
        for i in 0..<n where clusterOf[i] < 0 {
            var first = Double.infinity, second = Double.infinity
            for j in centres {
                let c = problem.cost(i, j)
                if c < first { second = first; first = c } else if c < second { second = c }
            }
            order.append((second - first, i))
        }
        order.sort { $0.regret > $1.regret || ($0.regret == $1.regret && $0.item < $1.item) }
        for (_, i) in order {
            var best = -1, bestCost = Double.infinity, fallback = 0, fallbackCost = Double.infinity
            for (c, j) in centres.enumerated() {
                let cost = problem.cost(i, j)
                if cost < fallbackCost { fallbackCost = cost; fallback = c }
                if cost < bestCost, load[c] + problem.demand[i] <= problem.capacity[j] + loadTolerance {
                    best = c
                    bestCost = cost
                }
            }
            let chosen = best >= 0 ? best : fallback
            clusterOf[i] = chosen
            load[chosen] += problem.demand[i]
        }
        var clustering = Clustering(problem: problem, centres: centres, clusterOf: clusterOf)
        guard mend(problem, &clustering) else { return nil }
        return clustering
    }

    /// Moves single items out of overfull and into underfull clusters, cheapest first.
    /// Returns whether the clustering ended feasible.
    static func mend(_ problem: ClusteringProblem, _ s: inout Clustering) -> Bool {
        let lo = problem.minimumLoad
        for _ in 0..<(2 * problem.count + 10) {
            let over = s.centres.indices.first { s.load[$0] > problem.capacity[s.centres[$0]] + loadTolerance }
            let under = s.centres.indices.first { s.load[$0] < lo - loadTolerance }
            guard over != nil || under != nil else { return true }
            var best: (item: Int, to: Int, delta: Double)?
            for i in 0..<problem.count {
                let from = s.clusterOf[i]
                if s.centres[from] == i { continue }
                let d = problem.demand[i]
                for (to, j) in s.centres.enumerated() where to != from {
                    if let over, from != over { continue }
                    if over == nil, let under, to != under { continue }
                    guard s.load[to] + d <= problem.capacity[j] + loadTolerance else { continue }
                    // Taking from an overfull cluster may leave it below the minimum only if
                    // it cannot be helped; otherwise keep donors at or above the minimum.
                    if over == nil, s.load[from] - d < lo - loadTolerance { continue }
                    let delta = problem.cost(i, j) - problem.cost(i, s.centres[from])
                    if best == nil || delta < best!.delta { best = (i, to, delta) }
                }
            }
            guard let move = best else { return false }
            let from = s.clusterOf[move.item]
            s.load[from] -= problem.demand[move.item]
            s.load[move.to] += problem.demand[move.item]
            s.clusterOf[move.item] = move.to
            s.cost += move.delta
        }
        return s.isFeasible(problem)
    }
}
