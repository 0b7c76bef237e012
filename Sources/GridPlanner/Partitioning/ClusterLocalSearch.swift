/// Improves a feasible clustering by moves that keep it feasible: shift one item to a nearby
/// cluster, swap two items between clusters, chains of such shifts (``TransferChains``), and
/// move each centre to its cluster's medoid. Every pass is a fixed amount of work, so the
/// result does not depend on the clock.
struct ClusterLocalSearch {
    let problem: ClusteringProblem
    /// How many of the nearest clusters each item considers.
    var nearbyClusters = 8

    /// Runs passes until no move improves, at most `maxRounds` rounds of recentring.
    func improve(_ s: inout Clustering, maxRounds: Int = 50) {
        var near = nearby(s)
        for _ in 0..<maxRounds {
            var members = s.members()
            for _ in 0..<10 {
                var moved = true
                var passes = 0
                while moved && passes < 100 {
                    moved = movePass(&s, &members, near)
                    passes += 1
                }
                if TransferChains(problem: problem).improve(&s, &members, near: near) <= 0 { break }
            }
            let centres = s.centres
            if !recentre(&s, members) { break }
            near.update(problem, s, centresBefore: centres)
        }
        s.cost = s.recomputedCost(problem)
    }

    /// Each item's ``nearbyClusters`` nearest clusters.
    func nearby(_ s: Clustering) -> NearbyClusters {
        NearbyClusters(problem, s, width: nearbyClusters)
    }

    private func fits(_ s: Clustering, _ cluster: Int, _ newLoad: Double) -> Bool {
        newLoad >= problem.minimumLoad - loadTolerance
            && newLoad <= problem.capacity[s.centres[cluster]] + loadTolerance
    }

    /// One pass of best shift-or-swap per item. Returns whether anything moved.
    private func movePass(_ s: inout Clustering, _ members: inout [[Int]], _ near: NearbyClusters) -> Bool {
        var moved = false
        for i in 0..<problem.count {
            let g = s.clusterOf[i]
            if s.centres[g] == i { continue }
            let di = problem.demand[i]
            let costHere = problem.cost(i, s.centres[g])
            var best: (delta: Double, to: Int, partner: Int) = (-costTolerance, -1, -1)
            for h in near[i] where h != g {
                let ch = s.centres[h]
                let gain = problem.cost(i, ch) - costHere
                if gain < best.delta, fits(s, h, s.load[h] + di), fits(s, g, s.load[g] - di) {
                    best = (gain, h, -1)
                }
                for k in members[h] where k != ch {
                    let dk = problem.demand[k]
                    let delta = gain + problem.cost(k, s.centres[g]) - problem.cost(k, ch)
                    if delta < best.delta, fits(s, h, s.load[h] + di - dk), fits(s, g, s.load[g] - di + dk) {
                        best = (delta, h, k)
                    }
                }
            }
            guard best.to >= 0 else { continue }
            let h = best.to
            move(i, from: g, to: h, &s, &members)
            if best.partner >= 0 { move(best.partner, from: h, to: g, &s, &members) }
            s.cost += best.delta
            moved = true
        }
        return moved
    }

    private func move(_ i: Int, from g: Int, to h: Int, _ s: inout Clustering, _ members: inout [[Int]]) {
        s.clusterOf[i] = h
        s.load[g] -= problem.demand[i]
        s.load[h] += problem.demand[i]
        if let at = members[g].firstIndex(of: i) { members[g].remove(at: at) }
        members[h].append(i)
    }

    /// Moves each centre to the member that serves its cluster most cheaply. Returns whether
    /// any centre moved.
    func recentre(_ s: inout Clustering, _ members: [[Int]]) -> Bool {
        var changed = false
        for (c, group) in members.enumerated() {
            var best = s.centres[c]
            var bestCost = group.reduce(0) { $0 + problem.cost($1, best) }
            for j in group where j != s.centres[c] && problem.capacity[j] + loadTolerance >= s.load[c] {
                var total = 0.0
                for i in group {
                    total += problem.cost(i, j)
                    if total >= bestCost { break }
                }
                if total < bestCost - costTolerance {
                    best = j
                    bestCost = total
                }
            }
            if best != s.centres[c] {
                s.centres[c] = best
                changed = true
            }
        }
        if changed { s.cost = s.recomputedCost(problem) }
        return changed
    }
}

/// Each item's nearest clusters by the cost from their centres, nearest first (ties by
/// cluster), as many for every item, in one flat array: local search asks for them after
/// every round of recentring, so they must be cheap to build.
struct NearbyClusters {
    let width: Int
    private var clusters: [Int]

    init(_ problem: ClusteringProblem, _ s: Clustering, width: Int) {
        self.width = min(width, s.centres.count)
        clusters = [Int](repeating: 0, count: problem.count * self.width)
        var top = [(cost: Double, cluster: Int)]()
        for i in 0..<problem.count { rank(i, problem, s.centres, &top) }
    }

    /// Brings the lists up to date after some centres moved: only items that had a moved
    /// cluster among theirs, or that would now rank one among theirs, are ranked again.
    mutating func update(_ problem: ClusteringProblem, _ s: Clustering, centresBefore: [Int]) {
        let moved = s.centres.indices.filter { s.centres[$0] != centresBefore[$0] }
        guard !moved.isEmpty, width > 0 else { return }
        var isMoved = [Bool](repeating: false, count: s.centres.count)
        for c in moved { isMoved[c] = true }
        var top = [(cost: Double, cluster: Int)]()
        for i in 0..<problem.count {
            let list = self[i]
            let last = list.last!, lastCost = problem.cost(i, s.centres[last])
            let stale = list.contains { isMoved[$0] } || moved.contains { c in
                let cost = problem.cost(i, s.centres[c])
                return cost < lastCost || (cost == lastCost && c < last)
            }
            if stale { rank(i, problem, s.centres, &top) }
        }
    }

    /// Ranks item `i`'s nearest clusters: the `width` smallest by (cost, cluster).
    private mutating func rank(_ i: Int, _ problem: ClusteringProblem, _ centres: [Int],
                               _ top: inout [(cost: Double, cluster: Int)]) {
        let k = width
        top.removeAll(keepingCapacity: true)
        for (c, j) in centres.enumerated() {
            let cost = problem.cost(i, j)
            if top.count == k, cost >= top[k - 1].cost { continue }
            var at = top.count
            while at > 0 && top[at - 1].cost > cost { at -= 1 }
            top.insert((cost, c), at: at)
            if top.count > k { top.removeLast() }
        }
        for (r, entry) in top.enumerated() { clusters[i * k + r] = entry.cluster }
    }

    subscript(item: Int) -> ArraySlice<Int> { clusters[item * width..<(item + 1) * width] }
}
