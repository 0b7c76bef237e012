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
        let cheaper: ((Double, Int32), (Double, Int32)) -> Bool = { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        let ordered = min(n, keep + 1)
        for i in 0..<n {
            for j in 0..<n { row[j] = (problem.cost(i, j), Int32(j)) }
            // Only the `keep + 1` cheapest need ordering: select them, then sort those.
            moveSmallest(ordered, to: &row, by: cheaper)
            row[..<ordered].sort(by: cheaper)
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

/// Moves the `k` smallest elements of `a` (by a strict total order) to its front, in no
/// particular order: Hoare-partition quickselect with the middle element as pivot.
func moveSmallest<T>(_ k: Int, to a: inout [T], by less: (T, T) -> Bool) {
    guard k > 0, k < a.count else { return }
    var lo = 0, hi = a.count - 1
    let target = k - 1
    while lo < hi {
        let pivot = a[(lo + hi) / 2]
        var i = lo, j = hi
        while i <= j {
            while less(a[i], pivot) { i += 1 }
            while less(pivot, a[j]) { j -= 1 }
            if i <= j {
                a.swapAt(i, j)
                i += 1
                j -= 1
            }
        }
        if target <= j { hi = j } else if target >= i { lo = i } else { return }
    }
}
