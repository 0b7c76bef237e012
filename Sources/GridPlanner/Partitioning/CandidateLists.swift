/// For each item, the candidate centres nearest to it by assignment cost, in ascending cost,
/// and a lower bound on its cost from every centre left off its list.
///
/// The Lagrangian bound caps each item's multiplier at that lower bound, so centres off the
/// list can never attract the item: the bound stays exact on instances too large for a dense
/// cost matrix.
struct CandidateLists: Sendable {
    /// Flattened lists: item `i` owns `start[i]..<start[i+1]`.
    var start: [Int]
    var centre: [Int32]
    var cost: [Double]
    /// Every centre not on item `i`'s list costs at least this much (+inf: none left off).
    var outsideCost: [Double]

    var itemCount: Int { outsideCost.count }

    /// The `length` cheapest centres of every item of a dense problem.
    init(problem: ClusteringProblem, length: Int) {
        let n = problem.count
        let keep = min(n, max(1, length))
        start = [0]
        start.reserveCapacity(n + 1)
        centre = []
        centre.reserveCapacity(n * keep)
        cost = []
        cost.reserveCapacity(n * keep)
        outsideCost = []
        outsideCost.reserveCapacity(n)
        var row = [(Double, Int32)](repeating: (0, 0), count: n)
        for i in 0..<n {
            for j in 0..<n { row[j] = (problem.cost(i, j), Int32(j)) }
            row.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
            for k in 0..<keep {
                centre.append(row[k].1)
                cost.append(row[k].0)
            }
            start.append(centre.count)
            outsideCost.append(keep < n ? row[keep].0 : .infinity)
        }
    }

    init(start: [Int], centre: [Int32], cost: [Double], outsideCost: [Double]) {
        self.start = start
        self.centre = centre
        self.cost = cost
        self.outsideCost = outsideCost
    }
}
