import Dispatch
/// Lower bound on the optimal cost by Lagrangian relaxation of the "each item in exactly one
/// cluster" constraints (after Mulvey & Beck), maximised by subgradient steps.
///
/// With multipliers `λ`, the relaxation splits into one knapsack per candidate centre `j`:
/// choose items with load at most `capacity[j]` minimising `Σ (cost(i,j) − λ_i)`. Its value
/// `v_j`, summed over the `clusterCount` smallest, plus `Σ λ_i`, bounds the optimum from below
/// for every `λ`. Only items with a negative reduced cost matter; leaving out the minimum load
/// only weakens the bound. Unit demands make each knapsack a sort; other demands use the
/// knapsack's linear relaxation. Each `λ_i` is capped at the item's ``CandidateLists/outsideCost``
/// so that only listed centres can have a negative reduced cost.
///
/// Every `primalEvery` iterations (100 by default) the relaxed solution's centres are handed to
/// a primal heuristic, which runs on another thread while the subgradient steps go on; its
/// result is collected `primalEvery` iterations later, always at the same iteration, so the
/// steps never depend on timing. The best relaxed centres are tried once more at the end.
/// The relaxed centres handed over are either the `clusterCount` cheapest, as the bound
/// counts them, or, with `disjointCentres`, the cheapest whose relaxed clusters barely
/// overlap (see ``disjointCentres(_:_:)``).
/// Problems with many candidate centres (a county's bound over all regions) relax on two
/// threads, each owning half of the centres, with the same result as one.
struct LagrangianBound {
    struct Result {
        var bound: Double
        var multipliers: [Double]
        /// The centres the best relaxed solution opened, cheapest first.
        var centres: [Int]
        var iterations: Int
        /// Feasible solutions the primal heuristic found, in the order it was asked.
        var solutions: [Clustering] = []
    }

    let lists: CandidateLists
    let demand: [Double]
    let capacity: [Double]
    let clusterCount: Int
    let unitDemand: Bool
    /// Whole-number demands allow the knapsack to be solved exactly.
    let integralDemand: Bool

    init(lists: CandidateLists, demand: [Double], capacity: [Double], clusterCount: Int, unitDemand: Bool) {
        self.lists = lists
        self.demand = demand
        self.capacity = capacity
        self.clusterCount = clusterCount
        self.unitDemand = unitDemand
        integralDemand = demand.allSatisfy { $0 == $0.rounded() && $0 >= 1 }
    }

    /// Runs at most `iterations` subgradient steps. `upperBound` is the best known cost;
    /// `primal` turns the relaxed centres into a feasible solution, or nil. `initialStep`
    /// scales the first Polyak steps: smaller for multipliers that are good already.
    func maximise(
        upperBound: Double, initial: [Double], iterations: Int, deadline: Deadline,
        primal: (@Sendable ([Int]) -> Clustering?)? = nil, primalEvery: Int = 100, disjointCentres: Bool = false,
        initialStep: Double = 2
    ) -> Result {
        let n = demand.count
        let centres = capacity.count
        var lambda = initial
        for i in 0..<n { lambda[i] = min(lambda[i], lists.outsideCost[i]) }
        var best = Result(bound: -.infinity, multipliers: lambda, centres: [], iterations: 0)
        var solutions: [Clustering] = []
        var running: BackgroundWork<Clustering?>?
        var lastTried: [Int] = []
        func collect() {
            guard let solution = running?.wait() else { return }
            solutions.append(solution)
        }
        var target = upperBound
        var step = initialStep
        var sinceImprovement = 0
        var value = [Double](repeating: 0, count: centres)
        var subgradient = [Double](repeating: 0, count: n)
        var bucket: [[(item: Int32, rc: Double)]] = Array(repeating: [], count: centres)
        var chosen: [[(Int32, Double)]] = Array(repeating: [], count: centres)
        // Large problems split the centres in two halves, each filled and solved on its own
        // thread: the same buckets, in the same order, as one thread would make.
        func relaxAll(_ lambda: [Double]) {
            let parts = centres >= splitCentres ? 2 : 1
            bucket.withUnsafeMutableBufferPointer { buckets in
                chosen.withUnsafeMutableBufferPointer { chosenOf in
                    value.withUnsafeMutableBufferPointer { values in
                        let work = Work(buckets: buckets, chosen: chosenOf, values: values)
                        DispatchQueue.concurrentPerform(iterations: parts) { part in
                            relax(centres * part / parts..<centres * (part + 1) / parts, lambda, work)
                        }
                    }
                }
            }
        }
        var iteration = 0
        while iteration < iterations {
            iteration += 1
            relaxAll(lambda)
            let open = cheapest(value, clusterCount)
            var bound = 0.0
            for l in lambda { bound += l }
            for j in open { bound += value[j] }
            if bound > best.bound + 1e-12 * max(1, abs(bound)) {
                best = Result(bound: bound, multipliers: lambda, centres: open, iterations: iteration)
                sinceImprovement = 0
            } else {
                sinceImprovement += 1
                if sinceImprovement >= 40 { step /= 1.5; sinceImprovement = 0 }
            }
            if let primal, iteration % primalEvery == primalEvery / 2 {
                collect()
                if let cost = solutions.last?.cost, cost < target { target = cost }
                let tried = disjointCentres ? self.disjointCentres(value, bucket) : open
                lastTried = tried
                running = BackgroundWork { primal(tried) }
            }
            if target - best.bound <= 1e-6 * max(1, abs(target)) || step < 1e-3 { break }
            if deadline.hasPassed { break }
            for i in 0..<n { subgradient[i] = 1 }
            for j in open { for (i, x) in chosen[j] { subgradient[Int(i)] -= x } }
            var norm = 0.0
            for g in subgradient { norm += g * g }
            if norm < 1e-12 { break }
            let length = step * max(target - bound, 1e-9 * max(1, abs(target))) / norm
            for i in 0..<n { lambda[i] = min(lambda[i] + length * subgradient[i], lists.outsideCost[i]) }
        }
        if let primal, !best.centres.isEmpty {
            // The best relaxed centres, tried alongside the last pending attempt.
            if disjointCentres { relaxAll(best.multipliers) }
            let tried = disjointCentres ? self.disjointCentres(value, bucket) : best.centres
            if tried != lastTried {
                let last = BackgroundWork { primal(tried) }
                collect()
                running = last
            }
        }
        collect()
        best.iterations = iteration
        best.solutions = solutions
        return best
    }

    /// Relaxed clusters may overlap: the cheapest crowd where items are many and close, and
    /// leave the rest of the map to whatever centres a primal heuristic finds nearest. Taking
    /// them cheapest first, but skipping any that shares more than ``disjointOverlap`` of its
    /// load with those taken, spreads the centres where the relaxation says clusters are
    /// cheap; the cheapest skipped ones fill any places left. `value` holds this iteration's
    /// knapsack values (the sums of negative reduced costs where a knapsack was not solved),
    /// `bucket` each centre's items of negative reduced cost.
    func disjointCentres(_ value: [Double], _ bucket: [[(item: Int32, rc: Double)]]) -> [Int] {
        let order = value.indices.sorted { value[$0] < value[$1] || (value[$0] == value[$1] && $0 < $1) }
        var covered = [Bool](repeating: false, count: demand.count)
        var taken = [Bool](repeating: false, count: capacity.count)
        var centres: [Int] = []
        var scratch = KnapsackScratch(), chosen: [(Int32, Double)] = []
        for j in order where centres.count < clusterCount {
            var items = bucket[j]
            _ = knapsack(j, &items, into: &chosen, scratch: &scratch)
            var load = 0.0, shared = 0.0
            for (i, share) in chosen where share > 0.5 {
                load += demand[Int(i)]
                if covered[Int(i)] { shared += demand[Int(i)] }
            }
            guard load > 0, shared <= disjointOverlap * load else { continue }
            centres.append(j)
            taken[j] = true
            for (i, share) in chosen where share > 0.5 { covered[Int(i)] = true }
        }
        for j in order where centres.count < clusterCount && !taken[j] { centres.append(j) }
        return centres
    }

    /// The share of its load a relaxed cluster may have in common with cheaper ones and still
    /// seed a restart. On Dahuashan (1,304 households, 74 grids, three improvement passes) the
    /// plans' mean over seeds 1-5 was 49,449 m at 0.1, 49,113 m at 0.2, 48,820 m at 0.3 and
    /// 48,868 m at 0.4.
    var disjointOverlap = 0.3

    /// Problems with at least this many candidate centres relax on two threads.
    var splitCentres = 20_000

    /// The working arrays of one iteration, shared by threads that each own a range of
    /// centres (and so distinct elements).
    private struct Work: @unchecked Sendable {
        let buckets: UnsafeMutableBufferPointer<[(item: Int32, rc: Double)]>
        let chosen: UnsafeMutableBufferPointer<[(Int32, Double)]>
        let values: UnsafeMutableBufferPointer<Double>
    }

    /// The relaxation restricted to the centres in `range`: each one's items of negative
    /// reduced cost, in item order, and its knapsack. A knapsack is worth no less than the sum
    /// of its negative reduced costs, so knapsacks are solved in order of that sum, until the
    /// next sum exceeds the `clusterCount`-th smallest value found: no centre left can be
    /// among the cheapest, and each keeps its sum as its value.
    private func relax(_ range: Range<Int>, _ lambda: [Double], _ work: Work) {
        var scratch = KnapsackScratch()
        for j in range {
            work.buckets[j].removeAll(keepingCapacity: true)
            work.values[j] = 0
        }
        let lo = Int32(range.lowerBound), hi = Int32(range.upperBound)
        for i in 0..<demand.count {
            let l = lambda[i]
            var a = lists.start[i]
            let end = lists.start[i + 1]
            while a < end && lists.cost[a] < l {
                let j = lists.centre[a]
                if j >= lo && j < hi {
                    work.buckets[Int(j)].append((Int32(i), lists.cost[a] - l))
                    work.values[Int(j)] += lists.cost[a] - l
                }
                a += 1
            }
        }
        // Centres by their sums, smallest first; `cheapest` holds the smallest knapsack values
        // so far, at most `clusterCount` of them, ascending.
        var order = Array(range)
        order.sort { work.values[$0] < work.values[$1] || (work.values[$0] == work.values[$1] && $0 < $1) }
        var cheapest: [Double] = []
        cheapest.reserveCapacity(clusterCount + 1)
        for j in order {
            if cheapest.count == clusterCount, work.values[j] > cheapest.last ?? -.infinity { break }
            let value = knapsack(j, &work.buckets[j], into: &work.chosen[j], scratch: &scratch)
            work.values[j] = value
            if cheapest.count < clusterCount || value < cheapest.last! {
                var at = cheapest.count
                while at > 0 && cheapest[at - 1] > value { at -= 1 }
                cheapest.insert(value, at: at)
                if cheapest.count > clusterCount { cheapest.removeLast() }
            }
        }
    }

    /// Multipliers to start from: each item's cost to its k-th nearest candidate, where k is the
    /// mean cluster size; a scale at which typical items are worth assigning.
    func initialMultipliers(meanClusterItems: Int) -> [Double] {
        (0..<demand.count).map { i in
            let range = lists.start[i]..<lists.start[i + 1]
            guard !range.isEmpty else { return 0 }
            return lists.cost[range.lowerBound + min(meanClusterItems, range.count) - 1]
        }
    }

    /// The relaxed knapsack of centre `j` over its items of negative reduced cost: its value
    /// and the chosen items with their shares.
    private func knapsack(
        _ j: Int, _ candidates: inout [(item: Int32, rc: Double)], into chosen: inout [(Int32, Double)],
        scratch: inout KnapsackScratch
    ) -> Double {
        chosen.removeAll(keepingCapacity: true)
        let cap = capacity[j]
        if unitDemand || candidates.allSatisfy({ demand[Int($0.item)] == 1 }) {
            // Take every negative reduced cost, or the `cap` most negative when there are more.
            let room = Int((cap + loadTolerance).rounded(.down))
            if candidates.count > room {
                candidates.sort { $0.rc < $1.rc || ($0.rc == $1.rc && $0.item < $1.item) }
                candidates.removeLast(candidates.count - room)
            }
            var total = 0.0
            for candidate in candidates {
                total += candidate.rc
                chosen.append((candidate.item, 1))
            }
            return total
        }
        var load = 0.0
        for candidate in candidates { load += demand[Int(candidate.item)] }
        if load <= cap + loadTolerance {
            var total = 0.0
            for candidate in candidates {
                total += candidate.rc
                chosen.append((candidate.item, 1))
            }
            return total
        }
        if integralDemand, cap.isFinite, cap <= 400, candidates.count * Int(cap) <= 20_000 {
            return integerKnapsack(Int(cap + loadTolerance), &candidates, into: &chosen, scratch: &scratch)
        }
        var byRatio = candidates.map { (ratio: $0.rc / demand[Int($0.item)], item: $0.item, rc: $0.rc) }
        byRatio.sort { $0.ratio < $1.ratio || ($0.ratio == $1.ratio && $0.item < $1.item) }
        var total = 0.0, taken = 0.0
        for (_, item, rc) in byRatio {
            guard taken < cap - loadTolerance else { break }
            let d = demand[Int(item)]
            let share = min(1, (cap - taken) / d)
            total += rc * share
            taken += d * share
            chosen.append((item, share))
        }
        return total
    }

    /// The 0-1 knapsack, exact for whole-number demands: stronger than its linear relaxation
    /// (a kin group of 4 cannot take 2.5 places). Items of demand 1 are best taken most
    /// negative first, so dynamic programming over loads is needed only for the larger items:
    /// for every load `w` they may use, the best of them within `w` plus the best units in the
    /// room left.
    private func integerKnapsack(
        _ cap: Int, _ candidates: inout [(item: Int32, rc: Double)], into chosen: inout [(Int32, Double)],
        scratch: inout KnapsackScratch
    ) -> Double {
        candidates.sort { $0.rc < $1.rc || ($0.rc == $1.rc && $0.item < $1.item) }
        scratch.reset(capacity: cap)
        for candidate in candidates {
            let d = Int(demand[Int(candidate.item)])
            if d == 1 {
                if scratch.units.count < cap { scratch.units.append(candidate) }
            } else if d <= cap {
                scratch.larger.append(candidate)
            }
        }
        let width = cap + 1
        scratch.take.append(contentsOf: repeatElement(false, count: scratch.larger.count * width))
        for (k, candidate) in scratch.larger.enumerated() {
            let d = Int(demand[Int(candidate.item)])
            for w in stride(from: cap, through: d, by: -1) where scratch.best[w - d] + candidate.rc < scratch.best[w] {
                scratch.best[w] = scratch.best[w - d] + candidate.rc
                scratch.take[k * width + w] = true
            }
        }
        for unit in scratch.units { scratch.unitPrefix.append(scratch.unitPrefix.last! + unit.rc) }
        var bestLoad = 0, bestValue = Double.infinity
        for w in 0...cap {
            let value = scratch.best[w] + scratch.unitPrefix[min(cap - w, scratch.units.count)]
            if value < bestValue { bestValue = value; bestLoad = w }
        }
        for unit in scratch.units.prefix(cap - bestLoad) { chosen.append((unit.item, 1)) }
        var w = bestLoad
        for k in stride(from: scratch.larger.count - 1, through: 0, by: -1) where scratch.take[k * width + w] {
            chosen.append((scratch.larger[k].item, 1))
            w -= Int(demand[Int(scratch.larger[k].item)])
        }
        return bestValue
    }

    /// Indices of the `count` smallest values, cheapest first (ties by index): selected,
    /// then only those sorted.
    private func cheapest(_ values: [Double], _ count: Int) -> [Int] {
        let less = { (a: Int, b: Int) in values[a] < values[b] || (values[a] == values[b] && a < b) }
        var order = Array(values.indices)
        moveSmallest(count, to: &order, by: less)
        return order.prefix(count).sorted(by: less)
    }
}

/// Working space of the knapsack, kept between calls so that thousands of small knapsacks per
/// iteration do not each allocate their own.
private struct KnapsackScratch {
    var units: [(item: Int32, rc: Double)] = []
    var larger: [(item: Int32, rc: Double)] = []
    /// `unitPrefix[k]`: the sum of the `k` most negative units.
    var unitPrefix: [Double] = []
    var best: [Double] = []
    var take: [Bool] = []

    mutating func reset(capacity: Int) {
        unitPrefix.removeAll(keepingCapacity: true)
        unitPrefix.append(0)
        units.removeAll(keepingCapacity: true)
        larger.removeAll(keepingCapacity: true)
        best.removeAll(keepingCapacity: true)
        best.append(contentsOf: repeatElement(0, count: capacity + 1))
        take.removeAll(keepingCapacity: true)
    }
}
