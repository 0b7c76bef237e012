/// One capacitated clustering problem on a dense cost matrix: put every item in exactly one
/// of `clusterCount` clusters, each around a centre item, so that each cluster's load (sum of
/// demands) lies within `[minimumLoad, capacity[centre]]`, minimising the total assignment cost.
///
/// With `minimumLoad == 0` and at most `clusterCount` clusters this is the capacitated
/// p-median problem; with unit demands and a lower bound it is the grid partition of a village.
struct ClusteringProblem: Sendable {
    let count: Int
    let demand: [Double]
    /// Largest load of a cluster centred on each item.
    let capacity: [Double]
    let minimumLoad: Double
    let clusterCount: Int
    /// Row-major: `cost[i * count + j]` is the cost of serving item `i` from centre `j`.
    let cost: [Double]
    /// Every demand is 1 and the load bounds are whole numbers.
    let hasUnitDemand: Bool

    init(demand: [Double], capacity: [Double], minimumLoad: Double, clusterCount: Int, cost: [Double]) {
        precondition(demand.count == capacity.count && cost.count == demand.count * demand.count)
        count = demand.count
        self.demand = demand
        self.capacity = capacity
        self.minimumLoad = minimumLoad
        self.clusterCount = clusterCount
        self.cost = cost
        hasUnitDemand = demand.allSatisfy { $0 == 1 } && minimumLoad == minimumLoad.rounded()
            && capacity.allSatisfy { $0 == $0.rounded() || $0 == .infinity }
    }

    @inline(__always) func cost(_ item: Int, _ centre: Int) -> Double { cost[item * count + centre] }

    var totalDemand: Double { demand.reduce(0, +) }

    /// The `count` members of `group` that would serve it most cheaply as its centre,
    /// cheapest first (ties by item).
    func bestMedoids(of group: [Int], count: Int) -> [Int] {
        var ranked: [(Double, Int)] = []
        for j in group {
            var total = 0.0
            for i in group { total += cost(i, j) }
            ranked.append((total, j))
        }
        ranked.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        return ranked.prefix(count).map(\.1)
    }
}

/// Tolerance for comparing loads and costs computed in floating point.
let loadTolerance = 1e-9
let costTolerance = 1e-7
