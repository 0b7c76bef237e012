/// Lower bound on the optimal cost by Lagrangian relaxation of the "each item in exactly one
/// cluster" constraints (after Mulvey & Beck), maximised by subgradient steps.
///
/// With multipliers `λ`, the relaxation splits into one knapsack per candidate centre `j`:
/// choose items with load in `[minimumLoad, capacity[j]]` minimising `Σ (cost(i,j) − λ_i)`.
/// Its value `v_j`, summed over the `clusterCount` smallest, plus `Σ λ_i`, bounds the optimum
/// from below for every `λ`. Unit demands make each knapsack a sort; other demands use the
/// knapsack's linear relaxation, which keeps the bound valid.
struct LagrangianBound {
    struct Result {
        var bound: Double
        var multipliers: [Double]
        /// The centres the best relaxed solution opened, cheapest first.
        var centres: [Int]
        var iterations: Int
    }

    let lists: CandidateLists
    let demand: [Double]
    let capacity: [Double]
    let minimumLoad: Double
    let clusterCount: Int
    let unitDemand: Bool
    let demandRange: ClosedRange<Double>

    init(lists: CandidateLists, demand: [Double], capacity: [Double], minimumLoad: Double,
         clusterCount: Int, unitDemand: Bool) {
        self.lists = lists
        self.demand = demand
        self.capacity = capacity
        self.minimumLoad = minimumLoad
        self.clusterCount = clusterCount
        self.unitDemand = unitDemand
        demandRange = (demand.min() ?? 1)...(demand.max() ?? 1)
    }

    /// Runs at most `iterations` subgradient steps. `upperBound` is the best known cost;
    /// `primal` is offered the relaxed centres now and then and may return a better cost.
    func maximise(
        upperBound: Double, initial: [Double], iterations: Int, deadline: Deadline,
        primal: ([Int]) -> Double?
    ) -> Result {
        let n = demand.count
        var lambda = initial
        var best = Result(bound: -.infinity, multipliers: lambda, centres: [], iterations: 0)
        var target = upperBound
        var step = 2.0
        var sinceImprovement = 0
        var value = [Double](repeating: 0, count: lists.centreCount)
        var subgradient = [Double](repeating: 0, count: n)
        var chosen: [[(Int32, Double)]] = Array(repeating: [], count: lists.centreCount)
        var iteration = 0
        while iteration < iterations {
            iteration += 1
            let lambdaMax = lambda.max() ?? 0
            for j in 0..<lists.centreCount { value[j] = knapsack(j, lambda, lambdaMax, into: &chosen[j]) }
            let open = cheapest(value, clusterCount)
            var bound = lambda.reduce(0, +)
            for j in open { bound += value[j] }
            if bound > best.bound + 1e-12 * max(1, abs(bound)) {
                best = Result(bound: bound, multipliers: lambda, centres: open, iterations: iteration)
                sinceImprovement = 0
            } else {
                sinceImprovement += 1
                if sinceImprovement >= 25 { step /= 2; sinceImprovement = 0 }
            }
            if iteration % 40 == 1, let cost = primal(open), cost < target { target = cost }
            if target - best.bound <= 1e-6 * max(1, abs(target)) || step < 1e-4 { break }
            if deadline.hasPassed { break }
            for i in 0..<n { subgradient[i] = 1 }
            for j in open { for (i, x) in chosen[j] { subgradient[Int(i)] -= x } }
            var norm = 0.0
            for g in subgradient { norm += g * g }
            if norm < 1e-12 { break }
            let length = step * (target - bound) / norm
            for i in 0..<n { lambda[i] += length * subgradient[i] }
        }
        best.iterations = iteration
        return best
    }

    /// Multipliers to start from: each item's cost to its k-th nearest candidate, where k is the
    /// mean cluster size; a scale at which typical items are worth assigning.
    func initialMultipliers(meanClusterItems: Int) -> [Double] {
        var lambda = [Double](repeating: .infinity, count: demand.count)
        let k = max(1, meanClusterItems)
        var byItem = Array(repeating: [Double](), count: demand.count)
        for j in 0..<lists.centreCount {
            for a in lists.start[j]..<lists.start[j + 1] { byItem[Int(lists.item[a])].append(lists.cost[a]) }
        }
        for i in 0..<demand.count {
            byItem[i].sort()
            lambda[i] = byItem[i].isEmpty ? 0 : byItem[i][min(k, byItem[i].count) - 1]
        }
        return lambda
    }

    /// The relaxed knapsack of centre `j`: its value and the chosen items with their shares.
    private func knapsack(
        _ j: Int, _ lambda: [Double], _ lambdaMax: Double, into chosen: inout [(Int32, Double)]
    ) -> Double {
        chosen.removeAll(keepingCapacity: true)
        let range = lists.start[j]..<lists.start[j + 1]
        var candidates: [(rc: Double, item: Int32)] = []
        candidates.reserveCapacity(range.count)
        for a in range {
            let i = lists.item[a]
            candidates.append((lists.cost[a] - lambda[Int(i)], i))
        }
        // Items left off the list cost at least `phantom` each (reduced cost per unit of demand).
        let phantomCount = lists.outsideCount[j]
        let phantom = phantomCount > 0 ? lists.outsideCost[j] - lambdaMax : .infinity
        let cap = capacity[j]
        if unitDemand {
            // Only the negative reduced costs matter, plus the cheapest others when the
            // minimum size needs them: sort the negatives alone unless that falls short.
            var negatives = candidates.filter { $0.rc < 0 }
            if Double(negatives.count) < minimumLoad { negatives = candidates }
            negatives.sort { $0.rc < $1.rc || ($0.rc == $1.rc && $0.item < $1.item) }
            var total = 0.0, taken = 0.0, k = 0, phantomsUsed = 0
            while taken + 1 <= cap + loadTolerance {
                let next = k < negatives.count ? negatives[k].rc : .infinity
                let usePhantom = phantomsUsed < phantomCount && phantom < next
                let rc = usePhantom ? phantom : next
                if rc == .infinity { break }
                if rc >= 0 && taken >= minimumLoad - loadTolerance { break }
                total += rc
                taken += 1
                if usePhantom { phantomsUsed += 1 } else { chosen.append((negatives[k].item, 1)); k += 1 }
            }
            return taken >= minimumLoad - loadTolerance ? total : .infinity
        }
        // Linear relaxation: greedy by reduced cost per unit of demand.
        candidates.sort {
            let a = $0.rc / demand[Int($0.item)], b = $1.rc / demand[Int($1.item)]
            return a < b || (a == b && $0.item < $1.item)
        }
        let phantomRatio = phantom.isFinite
            ? (phantom >= 0 ? phantom / demandRange.upperBound : phantom / demandRange.lowerBound) : .infinity
        var total = 0.0, taken = 0.0, k = 0
        var phantomLoad = Double(phantomCount) * demandRange.upperBound
        while taken < cap - loadTolerance {
            let nextRatio = k < candidates.count ? candidates[k].rc / demand[Int(candidates[k].item)] : .infinity
            let usePhantom = phantomLoad > 0 && phantomRatio < nextRatio
            let ratio = usePhantom ? phantomRatio : nextRatio
            if ratio == .infinity { break }
            if ratio >= 0 && taken >= minimumLoad - loadTolerance { break }
            let available = usePhantom ? phantomLoad : demand[Int(candidates[k].item)]
            let room = ratio >= 0 ? min(cap, minimumLoad) - taken : cap - taken
            let amount = min(available, room)
            total += ratio * amount
            taken += amount
            if usePhantom { phantomLoad -= amount } else {
                chosen.append((candidates[k].item, amount / available))
                k += 1
            }
        }
        return taken >= minimumLoad - loadTolerance ? total : .infinity
    }

    /// Indices of the `count` smallest values (ties by index).
    private func cheapest(_ values: [Double], _ count: Int) -> [Int] {
        let order = values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
        return Array(order.prefix(count))
    }
}
