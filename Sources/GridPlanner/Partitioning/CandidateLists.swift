/// For each candidate centre, the items nearest to it by assignment cost, in ascending cost,
/// and a lower bound on the cost of every item left off its list.
///
/// The Lagrangian bound reads only these lists, so it stays valid on instances too large for
/// a dense cost matrix.
struct CandidateLists: Sendable {
    /// Flattened lists: centre `j` owns `start[j]..<start[j+1]`.
    var start: [Int]
    var item: [Int32]
    var cost: [Double]
    /// Every item not on centre `j`'s list costs at least this much from `j` (+inf: none left off).
    var outsideCost: [Double]
    /// Number of items that may be served from each centre but are not on its list.
    var outsideCount: [Int]

    var centreCount: Int { outsideCost.count }

    /// The `length` cheapest items of every centre of a dense problem.
    init(problem: ClusteringProblem, length: Int) {
        let n = problem.count
        let keep = min(n, max(1, length))
        start = [0]
        start.reserveCapacity(n + 1)
        item = []
        item.reserveCapacity(n * keep)
        cost = []
        cost.reserveCapacity(n * keep)
        outsideCost = []
        outsideCount = []
        var column = [(Double, Int32)](repeating: (0, 0), count: n)
        for j in 0..<n {
            for i in 0..<n { column[i] = (problem.cost(i, j), Int32(i)) }
            column.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
            for k in 0..<keep {
                item.append(column[k].1)
                cost.append(column[k].0)
            }
            start.append(item.count)
            outsideCost.append(keep < n ? column[keep].0 : .infinity)
            outsideCount.append(n - keep)
        }
    }

    init(start: [Int], item: [Int32], cost: [Double], outsideCost: [Double], outsideCount: [Int]) {
        self.start = start
        self.item = item
        self.cost = cost
        self.outsideCost = outsideCost
        self.outsideCount = outsideCount
    }
}
