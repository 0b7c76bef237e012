/// A solution of a ``ClusteringProblem``: each cluster's centre and each item's cluster.
struct Clustering: Sendable {
    var centres: [Int]
    var clusterOf: [Int]
    var load: [Double]
    var cost: Double

    init(problem: ClusteringProblem, centres: [Int], clusterOf: [Int]) {
        self.centres = centres
        self.clusterOf = clusterOf
        load = Array(repeating: 0, count: centres.count)
        cost = 0
        for i in 0..<problem.count where clusterOf[i] >= 0 {
            load[clusterOf[i]] += problem.demand[i]
            cost += problem.cost(i, centres[clusterOf[i]])
        }
    }

    /// Items of each cluster, in item order.
    func members() -> [[Int]] {
        var result = Array(repeating: [Int](), count: centres.count)
        for (i, c) in clusterOf.enumerated() where c >= 0 { result[c].append(i) }
        return result
    }

    /// Recomputes the cost from scratch (drift-free).
    func recomputedCost(_ problem: ClusteringProblem) -> Double {
        var total = 0.0
        for i in 0..<problem.count { total += problem.cost(i, centres[clusterOf[i]]) }
        return total
    }

    /// Whether every item is assigned, each centre serves its own cluster and every load
    /// is within bounds.
    func isFeasible(_ problem: ClusteringProblem) -> Bool {
        guard clusterOf.allSatisfy({ $0 >= 0 && $0 < centres.count }) else { return false }
        for (c, centre) in centres.enumerated() {
            guard clusterOf[centre] == c else { return false }
            guard load[c] >= problem.minimumLoad - loadTolerance,
                  load[c] <= problem.capacity[centre] + loadTolerance else { return false }
        }
        return true
    }
}
