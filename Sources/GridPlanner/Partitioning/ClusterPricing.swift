/// The pricing problem of column generation over clusters: at a price for each item, the
/// cluster around a given centre whose cost minus the prices of its members is least, within
/// the load bounds. A 0-1 knapsack over whole-number loads, solved exactly by dynamic
/// programming over the load, so it serves only problems whose demands and load bounds are
/// whole numbers (``init(problem:maxWork:)`` says which).
struct ClusterPricing {
    /// The state of one item for the centre being priced.
    enum Membership { case free, required, excluded }

    let problem: ClusteringProblem
    private let weight: [Int]
    private let capacity: [Int]
    private let minimum: Int

    /// Nil when a demand or load bound is not a whole number, or when the table of one pricing
    /// (items × largest load) would exceed `maxWork` cells.
    init?(problem: ClusteringProblem, maxWork: Int = 2_000_000) {
        let whole = { (x: Double) in x >= 0 && x == x.rounded() && x < 1e9 }
        guard problem.demand.allSatisfy(whole), whole(problem.minimumLoad) else { return nil }
        let total = problem.totalDemand
        let capacities = problem.capacity.map { min($0, total) }
        guard capacities.allSatisfy(whole) else { return nil }
        capacity = capacities.map { Int($0) }
        guard problem.count * ((capacity.max() ?? 0) + 1) <= maxWork else { return nil }
        self.problem = problem
        weight = problem.demand.map { Int($0) }
        minimum = Int(problem.minimumLoad)
    }

    /// The cheapest cluster around `centre` (which is always a member) at `price`: its members
    /// in item order and its cost minus their prices; nil when no cluster meets the bounds.
    /// Items free to join enter only when they pay for themselves, unless the lower load bound
    /// needs them.
    func cheapest(centre: Int, price: [Double], membership: (Int) -> Membership) -> (members: [Int], value: Double)? {
        var fixedValue = problem.cost(centre, centre) - price[centre]
        var fixedLoad = weight[centre]
        var required = [centre]
        var candidates: [(item: Int, profit: Double)] = []
        for i in 0..<problem.count where i != centre {
            let profit = price[i] - problem.cost(i, centre)
            switch membership(i) {
            case .excluded: continue
            case .required:
                required.append(i)
                fixedValue -= profit
                fixedLoad += weight[i]
            case .free:
                if profit > 0 || minimum > 0 { candidates.append((i, profit)) }
            }
        }
        let room = capacity[centre] - fixedLoad
        guard room >= 0 else { return nil }
        let needed = max(0, minimum - fixedLoad)
        // best[w]: the largest profit of free items of load exactly w.
        var best = [Double](repeating: -.infinity, count: room + 1)
        best[0] = 0
        var took = [Bool](repeating: false, count: candidates.count * (room + 1))
        for (k, candidate) in candidates.enumerated() {
            let w = weight[candidate.item]
            guard w <= room else { continue }
            for load in stride(from: room, through: w, by: -1) where best[load - w] > -.infinity {
                let value = best[load - w] + candidate.profit
                if value > best[load] {
                    best[load] = value
                    took[k * (room + 1) + load] = true
                }
            }
        }
        guard needed <= room else { return nil }
        var load = needed
        for w in needed...room where best[w] > best[load] { load = w }
        guard best[load] > -.infinity else { return nil }
        let value = fixedValue - best[load]
        var members = required
        for k in candidates.indices.reversed() where took[k * (room + 1) + load] {
            members.append(candidates[k].item)
            load -= weight[candidates[k].item]
        }
        return (members.sorted(), value)
    }
}
