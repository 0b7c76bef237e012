/// The textbook capacitated clustering MIP over some of a problem's items, restricted to
/// given centre candidates and assignment arcs:
///
///     min Σ cost(i,j)·x_ij   s.t.  Σ_j x_ij = 1,  x_ij ≤ y_j,  x_jj = y_j,
///     minimumLoad·y_j ≤ Σ_i demand_i·x_ij ≤ capacity_j·y_j,  Σ_j y_j = clusters.
///
/// Items and centres are numbered locally (`0..<items.count`). ``NeighbourhoodMIP`` builds one
/// per neighbourhood of a few clusters. The search branches on the openings `y` first, up
/// branch first: on the CPMP instances cpmp01-20 this reached more optima in less time than
/// GLPK's own rule over all variables (docs/benchmarks-method.md).
struct ClusteringModel {
    let items: [Int]
    /// Local indices of the items that may become centres, ascending.
    let candidates: [Int]
    let clusterCount: Int
    private(set) var program = LinearProgram()
    private var open: [Int]
    /// For each local item, its allowed centres (local) and their assignment variables.
    private var arcs: [[(centre: Int, variable: Int)]]

    /// `allowed[a]` lists the local centres item `a` may be served by; each must be a
    /// candidate. A candidate's arc to itself is added when missing.
    init(problem: ClusteringProblem, items: [Int], candidates: [Int], allowed: [[Int]], clusterCount: Int) {
        let m = items.count
        self.items = items
        self.candidates = candidates
        self.clusterCount = clusterCount
        open = Array(repeating: -1, count: m)
        arcs = Array(repeating: [], count: m)
        for b in candidates { open[b] = program.addVariable(upper: 1, cost: 0, kind: .binary) }
        var served: [[(Int, Double)]] = Array(repeating: [], count: m)
        for (a, i) in items.enumerated() {
            var centres = allowed[a]
            if open[a] >= 0, !centres.contains(a) { centres.append(a) }
            for b in centres.sorted() {
                precondition(open[b] >= 0, "arc to a centre that is not a candidate")
                let x = program.addVariable(upper: 1, cost: problem.cost(i, items[b]), kind: .binary)
                arcs[a].append((b, x))
                served[b].append((x, problem.demand[i]))
            }
        }
        for a in 0..<m {
            program.addConstraint(arcs[a].map { ($0.variable, 1.0) }, lower: 1, upper: 1)
            for (b, x) in arcs[a] {
                if b == a { program.addConstraint([(x, 1), (open[b], -1)], lower: 0, upper: 0) }
                else { program.addConstraint([(x, 1), (open[b], -1)], upper: 0) }
            }
        }
        for b in candidates {
            program.addConstraint(served[b] + [(open[b], -problem.capacity[items[b]])], upper: 0)
            if problem.minimumLoad > 0 {
                program.addConstraint(served[b] + [(open[b], -problem.minimumLoad)], lower: 0)
            }
        }
        program.addConstraint(candidates.map { (open[$0], 1.0) },
                              lower: Double(clusterCount), upper: Double(clusterCount))
        program.branchFirst = candidates.map { open[$0] }
    }

    /// Variable values of the solution serving each local item from `centreOf[a]` (local),
    /// or nil when one of those arcs is not in the model.
    func start(centreOf: [Int]) -> [Double]? {
        var values = [Double](repeating: 0, count: program.variables.count)
        for a in 0..<items.count {
            guard let x = arcs[a].first(where: { $0.centre == centreOf[a] })?.variable else { return nil }
            values[x] = 1
            if centreOf[a] == a { values[open[a]] = 1 }
        }
        return values
    }

    /// The centres (local, ascending) and each local item's centre in a solution, or nil when
    /// the values do not describe one.
    func decode(_ values: [Double]) -> (centres: [Int], centreOf: [Int])? {
        guard values.count == program.variables.count else { return nil }
        let centres = candidates.filter { values[open[$0]] > 0.5 }
        guard centres.count == clusterCount else { return nil }
        var centreOf: [Int] = []
        centreOf.reserveCapacity(items.count)
        for a in 0..<items.count {
            guard let (b, _) = arcs[a].first(where: { values[$0.variable] > 0.5 }) else { return nil }
            centreOf.append(b)
        }
        return (centres, centreOf)
    }
}
