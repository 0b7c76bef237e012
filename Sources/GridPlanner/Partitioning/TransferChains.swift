/// Moves single-place items along chains of clusters with the centres fixed: a cycle where
/// every cluster hands one item to the next (no load changes), or a path from a cluster that
/// can spare a place to one that has room. When grids are nearly full, as in a village of
/// 1,304 households in 74 grids of at most 18, most improving moves are such chains.
///
/// Cluster `g` → `h` costs the cheapest change of moving one of `g`'s items to `h`; a
/// negative cycle or a negative giver-to-receiver path in that graph of clusters is an
/// improving move (each cluster on it gives a different item). For items of demand 1 and
/// fixed centres, no negative cycle and no negative path means the assignment is optimal
/// over the arcs considered (the transportation problem's optimality condition).
struct TransferChains {
    let problem: ClusteringProblem

    /// Applies improving chains until none is left (at most `maxChains`). Returns the saving.
    func improve(_ s: inout Clustering, _ members: inout [[Int]], near: NearbyClusters, maxChains: Int = 10_000) -> Double {
        let p = s.centres.count
        var saved = 0.0
        var arcs = ArcTable(count: p)
        for _ in 0..<maxChains {
            offerArcs(&arcs, s, near: near)
            guard let chain = negativeCycle(arcs) ?? negativePath(arcs, s) else { break }
            saved -= apply(chain, arcs, &s, &members)
        }
        if saved > 0 { s.cost = s.recomputedCost(problem) }
        return saved
    }

    /// Every single-place item's moves to its nearby clusters, cheapest per pair of clusters.
    private func offerArcs(_ arcs: inout ArcTable, _ s: Clustering, near: NearbyClusters) {
        arcs.reset()
        for i in 0..<problem.count where problem.demand[i] == 1 {
            let g = s.clusterOf[i]
            if s.centres[g] == i { continue }
            let here = problem.cost(i, s.centres[g])
            for h in near[i] where h != g {
                arcs.offer(from: g, to: h, item: i, delta: problem.cost(i, s.centres[h]) - here)
            }
        }
    }

    /// Moves each arc's item along the chain; returns the change in cost.
    private func apply(_ chain: [(Int, Int)], _ arcs: ArcTable, _ s: inout Clustering, _ members: inout [[Int]]) -> Double {
        let p = arcs.count
        var delta = 0.0
        for (g, h) in chain {
            let i = arcs.item[g * p + h]
            delta += arcs.delta[g * p + h]
            s.clusterOf[i] = h
            s.load[g] -= 1
            s.load[h] += 1
            members[g].removeAll { $0 == i }
            members[h].append(i)
        }
        s.cost += delta
        return delta
    }

    /// The cheapest move of one item from each cluster to each other: dense, `p × p`.
    private struct ArcTable {
        let count: Int
        var delta: [Double]
        var item: [Int]
        /// Arcs present, in the order first offered.
        var present: [(from: Int, to: Int)] = []

        init(count: Int) {
            self.count = count
            delta = Array(repeating: .infinity, count: count * count)
            item = Array(repeating: -1, count: count * count)
        }

        mutating func reset() {
            for (g, h) in present { delta[g * count + h] = .infinity; item[g * count + h] = -1 }
            present.removeAll(keepingCapacity: true)
        }

        mutating func offer(from g: Int, to h: Int, item i: Int, delta d: Double) {
            let a = g * count + h
            if item[a] < 0 { present.append((g, h)) }
            if d < delta[a] || (d == delta[a] && i < item[a]) { delta[a] = d; item[a] = i }
        }
    }

    /// A cycle of negative total cost (Bellman-Ford from every cluster at once), as arcs.
    private func negativeCycle(_ arcs: ArcTable) -> [(Int, Int)]? {
        let p = arcs.count
        var distance = [Double](repeating: 0, count: p)
        var predecessor = [Int](repeating: -1, count: p)
        var last = -1
        for _ in 0..<p {
            last = -1
            for (g, h) in arcs.present {
                let d = distance[g] + arcs.delta[g * p + h]
                if d < distance[h] - costTolerance { distance[h] = d; predecessor[h] = g; last = h }
            }
            if last < 0 { return nil }
        }
        // `last` was still improving after p rounds: walking back p steps lands on the cycle.
        var x = last
        for _ in 0..<p { x = predecessor[x] }
        var cycle: [(Int, Int)] = []
        var y = x
        repeat {
            cycle.append((predecessor[y], y))
            y = predecessor[y]
        } while y != x
        return cycle.reversed()
    }

    /// The most negative path from a cluster that can lose a place to one that can take one.
    private func negativePath(_ arcs: ArcTable, _ s: Clustering) -> [(Int, Int)]? {
        guard let (path, cost) = cheapestPath(arcs, from: { canGive(s, $0) }, to: { canTake(s, $0) }),
              cost < -costTolerance else { return nil }
        return path
    }

    /// Brings every cluster's load within bounds by the cheapest chains, whatever they cost:
    /// an overfull cluster hands a place down a chain to one with room, an underfull one
    /// draws a place from one that can spare it. Returns whether all loads ended in bounds.
    func rebalance(_ s: inout Clustering, near: NearbyClusters) -> Bool {
        let p = s.centres.count
        var members = s.members()
        var arcs = ArcTable(count: p)
        let over = { (s: Clustering, g: Int) in s.load[g] > problem.capacity[s.centres[g]] + loadTolerance }
        let under = { (s: Clustering, g: Int) in s.load[g] < problem.minimumLoad - loadTolerance }
        for _ in 0..<(2 * problem.count) {
            _ = improve(&s, &members, near: near)
            let path: [(Int, Int)]?
            if (0..<p).contains(where: { over(s, $0) }) {
                offerArcs(&arcs, s, near: near)
                path = cheapestPath(arcs, from: { over(s, $0) }, to: { canTake(s, $0) })?.path
            } else if (0..<p).contains(where: { under(s, $0) }) {
                offerArcs(&arcs, s, near: near)
                path = cheapestPath(arcs, from: { canGive(s, $0) }, to: { under(s, $0) })?.path
            } else {
                s.cost = s.recomputedCost(problem)
                return true
            }
            guard let path, !path.isEmpty else { return false }
            _ = apply(path, arcs, &s, &members)
        }
        return false
    }

    private func canGive(_ s: Clustering, _ g: Int) -> Bool { s.load[g] - 1 >= problem.minimumLoad - loadTolerance }
    private func canTake(_ s: Clustering, _ h: Int) -> Bool { s.load[h] + 1 <= problem.capacity[s.centres[h]] + loadTolerance }

    /// The cheapest path (Bellman-Ford over at most `p` rounds) from a source to a target
    /// cluster, as arcs, with its cost.
    private func cheapestPath(_ arcs: ArcTable, from isSource: (Int) -> Bool,
                              to isTarget: (Int) -> Bool) -> (path: [(Int, Int)], cost: Double)? {
        let p = arcs.count
        var distance = [Double](repeating: .infinity, count: p)
        var predecessor = [Int](repeating: -1, count: p)
        for g in 0..<p where isSource(g) { distance[g] = 0 }
        for _ in 0..<p {
            var changed = false
            for (g, h) in arcs.present where distance[g] < .infinity {
                let d = distance[g] + arcs.delta[g * p + h]
                if d < distance[h] - costTolerance { distance[h] = d; predecessor[h] = g; changed = true }
            }
            if !changed { break }
        }
        var end = -1
        for h in 0..<p where predecessor[h] >= 0 && isTarget(h) {
            if end < 0 || distance[h] < distance[end] { end = h }
        }
        guard end >= 0 else { return nil }
        var path: [(Int, Int)] = []
        var h = end
        while predecessor[h] >= 0 && path.count < p {
            path.append((predecessor[h], h))
            h = predecessor[h]
        }
        return (path.reversed(), distance[end])
    }
}
