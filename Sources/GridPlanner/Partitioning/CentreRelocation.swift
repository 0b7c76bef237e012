/// Moves a whole cluster across the map: closes the cluster whose items are cheapest to serve
/// elsewhere and opens one where items are served far from home, then brings the loads back
/// within bounds by chains and polishes.
///
/// Neighbourhood MIPs re-optimise a few nearby clusters and keep their number; they cannot
/// tell that one hamlet holds a grid too many while another, a valley away, holds one too few
/// and sends its overflow on long walks. With nearly full grids this count is what separates
/// good plans from poor ones, so the move is judged on the whole clustering: the estimate
/// picks candidate pairs, an exact repair and local search decides.
struct CentreRelocation {
    let problem: ClusteringProblem
    var maxRounds = 4
    /// Pairs (cluster to close, item to open) tried per round.
    var pairsPerRound = 6

    /// Applies the best improving relocation of each round until a round finds none.
    /// Returns the saving.
    func improve(_ s: inout Clustering, polish: @Sendable (inout Clustering) -> Void) -> Double {
        let start = s.cost
        for _ in 0..<maxRounds {
            let pairs = candidatePairs(s)
            guard !pairs.isEmpty else { break }
            let state = s
            let trials = parallelMap(pairs.count) { k -> Clustering? in
                guard var trial = relocated(state, close: pairs[k].cluster, open: pairs[k].item) else { return nil }
                polish(&trial)
                return trial.isFeasible(problem) ? trial : nil
            }
            var best: Clustering?
            for trial in trials {
                guard let trial, trial.cost < (best?.cost ?? s.cost) - costTolerance * max(1, s.cost) else { continue }
                best = trial
            }
            guard let best else { break }
            s = best
        }
        return start - s.cost
    }

    /// The most promising pairs by a capacity-aware estimate: opening item `j` saves, on the
    /// items it would take (up to its capacity), what they pay now beyond their cost from `j`;
    /// closing cluster `c` costs its items the step to their next nearest centre.
    func candidatePairs(_ s: Clustering) -> [(cluster: Int, item: Int)] {
        Array(rankedPairs(s, width: pairsPerRound, onlyGains: true).prefix(pairsPerRound))
    }

    /// Pairs for a kick of the iterated local search: the best estimates among twice as many
    /// openings and closings, four times as many pairs, whether or not the estimate is a gain.
    func kickPairs(_ s: Clustering) -> [(cluster: Int, item: Int)] {
        Array(rankedPairs(s, width: 2 * pairsPerRound, onlyGains: false).prefix(4 * pairsPerRound))
    }

    /// Pairs of the `width` best openings and `width` cheapest closings, best estimate first.
    private func rankedPairs(_ s: Clustering, width: Int, onlyGains: Bool) -> [(cluster: Int, item: Int)] {
        let n = problem.count, p = s.centres.count
        guard p >= 2 else { return [] }
        let here = (0..<n).map { problem.cost($0, s.centres[s.clusterOf[$0]]) }
        var loss = [Double](repeating: 0, count: p)
        for i in 0..<n {
            let c = s.clusterOf[i]
            var next = Double.infinity
            for (h, j) in s.centres.enumerated() where h != c { next = min(next, problem.cost(i, j)) }
            loss[c] += (next - here[i]) * problem.demand[i]
        }
        // Best opening per cluster, so that the candidates spread over the map.
        var gainOf = [(gain: Double, item: Int)](repeating: (0, -1), count: p)
        var savings: [(Double, Double)] = []
        var isCentre = [Bool](repeating: false, count: n)
        for j in s.centres { isCentre[j] = true }
        for j in 0..<n where !isCentre[j] {
            savings.removeAll(keepingCapacity: true)
            for i in 0..<n {
                let saving = here[i] - problem.cost(i, j)
                if saving > 0 { savings.append((saving / problem.demand[i], problem.demand[i])) }
            }
            savings.sort { $0.0 > $1.0 }
            var room = problem.capacity[j], gain = 0.0
            for (perUnit, d) in savings {
                guard room > loadTolerance else { break }
                let taken = min(d, room)
                gain += perUnit * taken
                room -= taken
            }
            let c = s.clusterOf[j]
            if gain > gainOf[c].gain + costTolerance { gainOf[c] = (gain, j) }
        }
        let opened = gainOf.filter { $0.item >= 0 }
            .sorted { $0.gain > $1.gain || ($0.gain == $1.gain && $0.item < $1.item) }
            .prefix(width)
        let closed = (0..<p).sorted { loss[$0] < loss[$1] || (loss[$0] == loss[$1] && $0 < $1) }
            .prefix(width)
        var pairs: [(estimate: Double, cluster: Int, item: Int)] = []
        for (gain, j) in opened {
            for c in closed where c != s.clusterOf[j] && (!onlyGains || loss[c] < gain) {
                pairs.append((loss[c] - gain, c, j))
            }
        }
        pairs.sort { $0.estimate < $1.estimate || ($0.estimate == $1.estimate && ($0.cluster, $0.item) < ($1.cluster, $1.item)) }
        return pairs.map { ($0.cluster, $0.item) }
    }

    /// Cluster `c` re-centred on item `j`: its items go to their nearest other centre, then
    /// loads are brought within bounds by the cheapest chains (single moves where chains
    /// cannot). Nil when that fails.
    func relocated(_ s: Clustering, close c: Int, open j: Int) -> Clustering? {
        var clusterOf = s.clusterOf
        var centres = s.centres
        centres[c] = j
        for i in 0..<problem.count where clusterOf[i] == c {
            var nearest = -1, best = Double.infinity
            for (h, centre) in centres.enumerated() where h != c && problem.cost(i, centre) < best {
                best = problem.cost(i, centre)
                nearest = h
            }
            clusterOf[i] = nearest
        }
        clusterOf[j] = c
        var t = Clustering(problem: problem, centres: centres, clusterOf: clusterOf)
        let near = ClusterLocalSearch(problem: problem).nearby(t)
        if !TransferChains(problem: problem).rebalance(&t, near: near) {
            guard ClusterConstruction.mend(problem, &t) else { return nil }
        }
        return t.isFeasible(problem) ? t : nil
    }
}
