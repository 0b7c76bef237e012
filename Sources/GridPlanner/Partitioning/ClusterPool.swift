/// Clusters met in the feasible clusterings of one search, kept to be recombined: a set
/// partitioning over the pool (each item in exactly one chosen cluster, `clusterCount` chosen)
/// may join the best clusters of different local optima into a clustering that none of them is.
///
/// Every pooled cluster comes from a feasible clustering, so its load is within bounds and the
/// recombination is feasible whenever a whole clustering is in the pool.
struct ClusterPool {
    private struct Column: Hashable {
        var centre: Int
        var members: [Int]
    }

    let problem: ClusteringProblem
    /// Columns in the order they were first met; `index` finds one, and is never iterated.
    private var columns: [(column: Column, cost: Double)] = []
    private var index: [Column: Int] = [:]

    init(problem: ClusteringProblem) {
        self.problem = problem
    }

    var count: Int { columns.count }

    /// Every pooled cluster: its centre and its members in item order.
    var clusters: [(centre: Int, members: [Int])] { columns.map { ($0.column.centre, $0.column.members) } }

    /// Adds the clusters of a feasible clustering that are not pooled yet. Returns the pool's
    /// index of each of its clusters (none for an infeasible clustering).
    @discardableResult
    mutating func add(_ clustering: Clustering) -> [Int] {
        guard clustering.isFeasible(problem) else { return [] }
        return clustering.members().enumerated().map { c, members in add(centre: clustering.centres[c], members: members) }
    }

    /// Adds one cluster (its centre and its members in item order), whose load must be within
    /// bounds, unless it is pooled already. Returns its index in the pool.
    @discardableResult
    mutating func add(centre: Int, members: [Int]) -> Int {
        let column = Column(centre: centre, members: members)
        if let k = index[column] { return k }
        var cost = 0.0
        for i in members { cost += problem.cost(i, centre) }
        index[column] = columns.count
        columns.append((column, cost))
        return columns.count - 1
    }

    /// The cheapest clustering made of pooled clusters that GLPK finds within `nodeLimit`
    /// branch-and-bound nodes, starting from `incumbent` (added to the pool first), or nil
    /// when it is no cheaper than the incumbent or the incumbent is not feasible.
    mutating func recombine(_ incumbent: Clustering, nodeLimit: Int, deadline: Deadline) throws -> Clustering? {
        let incumbentColumns = add(incumbent)
        guard !incumbentColumns.isEmpty else { return nil }
        var program = LinearProgram()
        var covering: [[(Int, Double)]] = Array(repeating: [], count: problem.count)
        for (k, entry) in columns.enumerated() {
            let z = program.addVariable(upper: 1, cost: entry.cost, kind: .binary)
            precondition(z == k)
            for i in entry.column.members { covering[i].append((z, 1)) }
        }
        for terms in covering { program.addConstraint(terms, lower: 1, upper: 1) }
        let p = Double(problem.clusterCount)
        program.addConstraint(columns.indices.map { ($0, 1.0) }, lower: p, upper: p)

        var start = [Double](repeating: 0, count: columns.count)
        for k in incumbentColumns { start[k] = 1 }
        let outcome = try GLPKSolver.solve(
            program, limits: SolveLimits(deadline: deadline, maxNodes: nodeLimit, relativeGap: 1e-9), start: start)
        guard outcome.hasSolution, let objective = outcome.objective,
              objective < incumbent.cost - costTolerance * max(1, incumbent.cost) else { return nil }
        let chosen = columns.indices.filter { outcome.values[$0] > 0.5 }
        guard chosen.count == problem.clusterCount else { return nil }
        var clusterOf = [Int](repeating: -1, count: problem.count)
        for (c, k) in chosen.enumerated() {
            for i in columns[k].column.members { clusterOf[i] = c }
        }
        guard !clusterOf.contains(-1) else { return nil }
        let result = Clustering(problem: problem, centres: chosen.map { columns[$0].column.centre }, clusterOf: clusterOf)
        return result.isFeasible(problem) ? result : nil
    }
}
