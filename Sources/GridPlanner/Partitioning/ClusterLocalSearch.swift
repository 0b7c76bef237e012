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
            var looks = Looks(problem, s)
            for _ in 0..<10 {
                var moved = true
                var passes = 0
                while moved && passes < 100 {
                    moved = movePass(&s, &members, near, &looks)
                    passes += 1
                }
                let before = s.clusterOf
                if TransferChains(problem: problem).improve(&s, &members, near: near) <= 0 { break }
                for i in 0..<problem.count where before[i] != s.clusterOf[i] {
                    looks.moved(i, from: before[i], to: s.clusterOf[i], problem, s)
                }
            }
            let centres = s.centres
            if !recentre(&s, members) { break }
            near.update(problem, s, centresBefore: centres)
        }
        s.cost = s.recomputedCost(problem)
    }

    /// What the move passes remember between them, with the centres fixed: each item's cost
    /// in its own cluster, and which items need another look. An item that found no
    /// improving move finds none again until its own cluster or one of its nearby clusters
    /// changes, so skipping it changes no result.
    private struct Looks {
        var own: [Double]
        private var clock = 1
        private var changedAt: [Int]
        private var checkedAt: [Int]

        init(_ problem: ClusteringProblem, _ s: Clustering) {
            own = (0..<problem.count).map { problem.cost($0, s.centres[s.clusterOf[$0]]) }
            changedAt = Array(repeating: 0, count: s.centres.count)
            checkedAt = Array(repeating: 0, count: problem.count)
        }

        func isSettled(_ i: Int, in g: Int, near: ArraySlice<Int>) -> Bool {
            let checked = checkedAt[i]
            return changedAt[g] < checked && near.allSatisfy { changedAt[$0] < checked }
        }

        mutating func settled(_ i: Int) {
            checkedAt[i] = clock
            clock += 1
        }

        mutating func moved(_ i: Int, from g: Int, to h: Int, _ problem: ClusteringProblem, _ s: Clustering) {
            own[i] = problem.cost(i, s.centres[h])
            changedAt[g] = clock
            changedAt[h] = clock
            clock += 1
        }
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
    private func movePass(_ s: inout Clustering, _ members: inout [[Int]], _ near: NearbyClusters,
                          _ looks: inout Looks) -> Bool {
        var moved = false
        for i in 0..<problem.count {
            let g = s.clusterOf[i]
            if s.centres[g] == i || looks.isSettled(i, in: g, near: near[i]) { continue }
            let di = problem.demand[i]
            let costHere = looks.own[i]
            var best: (delta: Double, to: Int, partner: Int) = (-costTolerance, -1, -1)
            for h in near[i] where h != g {
                let ch = s.centres[h]
                let gain = problem.cost(i, ch) - costHere
                if gain < best.delta, fits(s, h, s.load[h] + di), fits(s, g, s.load[g] - di) {
                    best = (gain, h, -1)
                }
                for k in members[h] where k != ch {
                    let dk = problem.demand[k]
                    let delta = gain + problem.cost(k, s.centres[g]) - looks.own[k]
                    if delta < best.delta, fits(s, h, s.load[h] + di - dk), fits(s, g, s.load[g] - di + dk) {
                        best = (delta, h, k)
                    }
                }
            }
            guard best.to >= 0 else {
                looks.settled(i)
                continue
            }
            let h = best.to
            move(i, from: g, to: h, &s, &members)
            looks.moved(i, from: g, to: h, problem, s)
            if best.partner >= 0 {
                move(best.partner, from: h, to: g, &s, &members)
                looks.moved(best.partner, from: h, to: g, problem, s)
            }
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
        var top = Array(repeating: (cost: Double.infinity, cluster: 0), count: self.width)
        for i in 0..<problem.count { rank(i, problem, s.centres, &top) }
    }

    /// Brings the lists up to date after some centres moved: only items that had a moved
    /// cluster among theirs, or that would now rank one among theirs, are ranked again.
    mutating func update(_ problem: ClusteringProblem, _ s: Clustering, centresBefore: [Int]) {
        let moved = s.centres.indices.filter { s.centres[$0] != centresBefore[$0] }
        guard !moved.isEmpty, width > 0 else { return }
        var isMoved = [Bool](repeating: false, count: s.centres.count)
        for c in moved { isMoved[c] = true }
        var top = Array(repeating: (cost: Double.infinity, cluster: 0), count: self.width)
        for i in 0..<problem.count where isStale(i, problem, s.centres, moved, isMoved) {
            rank(i, problem, s.centres, &top)
        }
    }

    /// Whether item `i`'s list holds a moved cluster or misses one that now ranks among them.
    /// (A function of its own, so that no slice of the lists is alive when they are written.)
    private func isStale(_ i: Int, _ problem: ClusteringProblem, _ centres: [Int], _ moved: [Int],
                         _ isMoved: [Bool]) -> Bool {
        let list = self[i]
        let last = list.last!, lastCost = problem.cost(i, centres[last])
        return list.contains { isMoved[$0] } || moved.contains { c in
            let cost = problem.cost(i, centres[c])
            return cost < lastCost || (cost == lastCost && c < last)
        }
    }

    /// Ranks item `i`'s nearest clusters: the `width` smallest by (cost, cluster), kept by
    /// insertion in `top`, which holds `width` slots.
    private mutating func rank(_ i: Int, _ problem: ClusteringProblem, _ centres: [Int],
                               _ top: inout [(cost: Double, cluster: Int)]) {
        let k = width
        top.withUnsafeMutableBufferPointer { top in
            var filled = 0
            for (c, j) in centres.enumerated() {
                let cost = problem.cost(i, j)
                if filled == k, cost >= top[k - 1].cost { continue }
                var at = min(filled, k - 1)
                while at > 0 && top[at - 1].cost > cost {
                    top[at] = top[at - 1]
                    at -= 1
                }
                top[at] = (cost, c)
                filled = min(filled + 1, k)
            }
            for r in 0..<k { clusters[i * k + r] = top[r].cluster }
        }
    }

    subscript(item: Int) -> ArraySlice<Int> { clusters[item * width..<(item + 1) * width] }
}
