/// Branch-and-price over clusters (after Ceselli & Righini 2005), for problems small enough
/// that pricing one cluster per centre is cheap: proves a clustering optimal, finds a cheaper
/// one, or at least raises the lower bound.
///
/// The master LP chooses clusters (columns) so that every item is in exactly one and exactly
/// `clusterCount` are chosen (each holds its centre, so no centre has two);
/// ``ClusterPricing`` adds the clusters whose reduced cost is negative until none is left. At
/// any prices the Lagrangian value (the prices plus the cheapest reduced value of the
/// clusterCount best centres) is a lower bound for the node, so the bound stays valid however
/// the LP ends.
///
/// Subset-row cuts (Jepsen et al. 2008) on triples of items tighten each node's LP: the
/// clusters chosen may hold two or more items of a triple at most once in all. A cut's dual
/// becomes a penalty in ``ClusterPricing``. Rounds of cuts end when none is violated or after
/// ``cutRounds`` at the root, ``nodeCutRounds`` elsewhere; the next node keeps those that bind.
/// After every node that branches, a set partitioning of the clusters in its LP may give a
/// cheaper incumbent, which prunes the nodes left sooner.
///
/// Nodes branch first on a centre used fractionally (open or closed), then on an item served
/// fractionally by an open centre (with it or without it), and are taken cheapest bound
/// first, deeper first among equals. The node limit bounds the work, so the result does not
/// depend on the clock unless the deadline passes.
struct BranchAndPrice {
    let problem: ClusteringProblem
    private let pricing: ClusterPricing
    var nodeLimit: Int
    /// LP solves per node before it branches on what it has.
    var iterationsPerNode = 200
    /// Clusters in the master LP above which those of largest reduced cost leave it (down to
    /// half): GLPK's time per solve grows with the columns it holds. On cpmp14, limits of
    /// 400 / 800 / 1,600 / 3,200 gave 13.0 / 6.5 / 8.5 / 11.7 s of LP.
    var columnLimit = 800
    /// Rounds of subset-row cuts at the root and at every other node, and the most cuts added
    /// in one round. On cpmp08 / 14 / 20, with the passes and kicks still before the tree and
    /// the pricing on one core, 15 rounds of 20 at the root and 3 elsewhere took 10.0 / 5.5 /
    /// 13.1 s; 30 of 10 at the root and none elsewhere 17.7 / 9.5 / 37.8 s.
    var cutRounds = 15
    var nodeCutRounds = 3
    var cutsPerRound = 20

    struct Outcome {
        /// The incumbent, or the cheaper clustering found.
        var clustering: Clustering
        /// A lower bound; equal to the clustering's cost when the tree was closed.
        var bound: Double
        /// Whether the tree was closed: the clustering is optimal.
        var proven: Bool
    }

    /// Nil when ``ClusterPricing`` cannot price the problem.
    init?(problem: ClusteringProblem, nodeLimit: Int) {
        guard let pricing = ClusterPricing(problem: problem) else { return nil }
        self.problem = problem
        self.pricing = pricing
        self.nodeLimit = nodeLimit
    }

    /// Searches for a clustering cheaper than `incumbent`, starting with the clusters of
    /// `incumbent` and `clusters` (each a centre and its members) in the master LP. Every 100
    /// nodes, and when it finds a cheaper clustering, it reports the best cost and the tree's
    /// bound to `progress`.
    func solve(
        from incumbent: Clustering, clusters: [(centre: Int, members: [Int])], deadline: Deadline,
        progress: (_ cost: Double, _ bound: Double) -> Void = { _, _ in }
    ) throws -> Outcome {
        var search = try Search(problem: problem, pricing: pricing, incumbent: incumbent, columnLimit: columnLimit,
                                cutRounds: cutRounds, nodeCutRounds: nodeCutRounds, cutsPerRound: cutsPerRound)
        for members in incumbent.members().enumerated() {
            try search.columns.add(centre: incumbent.centres[members.offset], members: members.element)
        }
        for cluster in clusters { try search.columns.add(centre: cluster.centre, members: cluster.members) }

        var open = [Node(bound: -.infinity, depth: 0, order: 0, decisions: [])]
        var created = 1, nodes = 0
        var cutShort = false
        while !open.isEmpty {
            let index = open.indices.min { a, b in
                let x = open[a], y = open[b]
                return (x.bound, -x.depth, x.order) < (y.bound, -y.depth, y.order)
            }!
            let node = open[index]
            guard search.canImprove(on: node.bound) else { open.removeAll(); break }
            if nodes >= nodeLimit || deadline.hasPassed { cutShort = true; break }
            open.remove(at: index)
            nodes += 1
            let before = search.incumbent.cost
            defer {
                if nodes % 100 == 0 || search.incumbent.cost < before {
                    progress(search.incumbent.cost, node.bound)  // the least bound, taken first
                }
            }
            guard let result = try search.process(node, iterations: iterationsPerNode, deadline: deadline) else {
                open.append(node)
                cutShort = true
                break
            }
            if case .branch(let decision, let bound) = result {
                for side in [true, false] {
                    open.append(Node(bound: bound, depth: node.depth + 1, order: created,
                                     decisions: node.decisions + [decision(side)]))
                    created += 1
                }
            }
        }
        let best = search.incumbent
        let bound = cutShort ? min(best.cost, open.map(\.bound).min() ?? best.cost) : best.cost
        Log.planner.debug("branch-and-price: \(nodes) nodes, \(search.columns.count) clusters, \(best.cost), bound \(bound)")
        return Outcome(clustering: best, bound: bound, proven: !cutShort)
    }

    /// One branching decision on the way from the root to a node.
    enum Decision {
        case centre(Int, open: Bool)
        case item(Int, centre: Int, together: Bool)
    }

    private struct Node {
        /// The parent's bound: a lower bound for the node before it is solved.
        var bound: Double
        var depth: Int
        var order: Int
        var decisions: [Decision]
    }

    private enum NodeResult {
        case pruned
        /// The two children: the decision for each side, and the node's bound.
        case branch((Bool) -> Decision, Double)
    }

    /// The master LP, its columns and the incumbent, carried from node to node.
    private struct Search {
        let problem: ClusteringProblem
        let pricing: ClusterPricing
        var columns: ClusterColumns
        var incumbent: Clustering
        /// Whether every cost is a whole number, so that a better clustering costs at least
        /// one less than the incumbent.
        let wholeCosts: Bool
        let columnLimit: Int
        let cutRounds: Int
        let nodeCutRounds: Int
        let cutsPerRound: Int
        let recombinationNodes = 500

        init(problem: ClusteringProblem, pricing: ClusterPricing, incumbent: Clustering, columnLimit: Int,
             cutRounds: Int, nodeCutRounds: Int, cutsPerRound: Int) throws {
            self.problem = problem
            self.columnLimit = columnLimit
            self.cutRounds = cutRounds
            self.nodeCutRounds = nodeCutRounds
            self.cutsPerRound = cutsPerRound
            self.pricing = pricing
            self.incumbent = incumbent
            columns = try ClusterColumns(problem: problem)
            wholeCosts = problem.cost.allSatisfy { $0 == $0.rounded() }
        }

        func canImprove(on bound: Double) -> Bool {
            let step = wholeCosts ? 1 : costTolerance * max(1, incumbent.cost)
            return bound < incumbent.cost - step + 1e-6
        }

        /// Column generation at one node, then the decision to branch on; nil when the
        /// deadline passed.
        mutating func process(_ node: Node, iterations: Int, deadline: Deadline) throws -> NodeResult? {
            let n = problem.count, p = problem.clusterCount
            let rules = NodeRules(decisions: node.decisions, count: n)
            guard !rules.isContradictory else { return .pruned }
            try columns.restrict(to: rules)
            var bound = node.bound
            var iteration = 0, cutRound = 0
            let rounds = node.depth == 0 ? cutRounds : nodeCutRounds
            while true {
                guard let lp = try columns.lp.solve(deadline: deadline) else { return nil }
                iteration += 1
                // Each round of cuts has the node's allowance of solves.
                if iteration > iterations * (rounds + 1) { return branching(lp, bound: bound) }
                // Clusters met before are priced first: cheaper than pricing by knapsack.
                if try columns.revive(lp.duals) > 0 { continue }
                let price = Array(lp.duals[0..<n])
                let penalties = columns.cutPenalties(lp.duals)
                // With cuts, a pricing that keeps one label per load finds most entering
                // clusters; the exact one runs when it finds none.
                if !penalties.isEmpty {
                    var found = false
                    let clusters = cheapestClusters(at: price, penalties, labelsPerLoad: 1, rules: rules)
                    for (centre, cluster) in clusters.enumerated() {
                        if let cluster, cluster.value - lp.duals[n] < -1e-6,
                           try columns.add(centre: centre, members: cluster.members) {
                            found = true
                        }
                    }
                    if found {
                        try columns.retire(lp.duals, limit: columnLimit)
                        continue
                    }
                }
                var forcedValue = -penalties.reduce(0) { $0 + $1.penalty }
                var freeValues: [Double] = []
                var entering: [(centre: Int, members: [Int])] = []
                let cheapestOf = cheapestClusters(at: price, penalties, below: lp.duals[n], rules: rules)
                for centre in 0..<n where rules.centre[centre] != .closed {
                    // A centre that must open but has no cluster leaves the node empty.
                    guard let cheapest = cheapestOf[centre] else {
                        if rules.centre[centre] == .open { return .pruned }
                        continue
                    }
                    if rules.centre[centre] == .open { forcedValue += cheapest.bound } else { freeValues.append(cheapest.bound) }
                    if cheapest.value - lp.duals[n] < -1e-6 { entering.append((centre, cheapest.members)) }
                }
                let needed = p - rules.openCount
                guard needed >= 0, freeValues.count >= needed else { return .pruned }
                freeValues.sort()
                let lagrangian = price.reduce(0, +) + forcedValue + freeValues.prefix(needed).reduce(0, +)
                bound = max(bound, lagrangian)
                if !canImprove(on: bound) { return .pruned }
                if entering.isEmpty {
                    // Cuts that the LP violates tighten it, up to `rounds` rounds.
                    if cutRound < rounds {
                        cutRound += 1
                        let cuts = violatedCuts(lp, limit: cutsPerRound)
                        if !cuts.isEmpty {
                            for cut in cuts { try columns.addCut(cut) }
                            Log.planner.debug("branch-and-price: depth \(node.depth), LP \(lp.objective), \(columns.cuts.count) cuts")
                            continue
                        }
                    }
                    let result = branching(lp, bound: bound)
                    // The next node keeps only the cuts that bind here; the clusters here may
                    // make a cheaper clustering.
                    try columns.dropSlackCuts()
                    try recombineLP(deadline: deadline)
                    return result
                }
                for cluster in entering { try columns.add(centre: cluster.centre, members: cluster.members) }
                try columns.retire(lp.duals, limit: columnLimit)
            }
        }

        /// ``ClusterPricing/cheapest(centre:price:penalties:below:labelsPerLoad:membership:)``
        /// for every centre, on both cores: nil for a centre that may not open at the node.
        private func cheapestClusters(
            at price: [Double], _ penalties: [ClusterPricing.GroupPenalty], below: Double = .infinity,
            labelsPerLoad: Int = .max, rules: NodeRules
        ) -> [(members: [Int], value: Double, bound: Double)?] {
            parallelMap(problem.count) { [pricing] centre in
                guard rules.mayOpen(centre) else { return nil }
                return pricing.cheapest(centre: centre, price: price, penalties: penalties, below: below,
                                        labelsPerLoad: labelsPerLoad, membership: { rules.membership($0, centre) })
            }
        }

        /// Replaces the incumbent by the cheapest clustering made of the clusters in the LP
        /// that a set partitioning finds within ``recombinationNodes`` nodes, when cheaper.
        private mutating func recombineLP(deadline: Deadline) throws {
            var pool = ClusterPool(problem: problem)
            for k in columns.inLP { pool.add(centre: columns.centre[k], members: columns.members[k]) }
            if let found = try pool.recombine(incumbent, nodeLimit: recombinationNodes, deadline: deadline) {
                Log.planner.debug("branch-and-price: recombined the LP's clusters: \(incumbent.cost) -> \(found.cost)")
                incumbent = found
            }
        }

        /// Subset-row cuts that `solution` violates, most violated first, at most `limit`:
        /// three items, of which the clusters it uses hold two or more with a total value
        /// above one.
        private func violatedCuts(_ solution: ColumnLP.Solution, limit: Int) -> [[Int]] {
            let n = problem.count
            let used = columns.used(solution)
            var together = [Double](repeating: 0, count: n * n)
            var inFractional = [Bool](repeating: false, count: n)
            var holds = [[Bool]]()
            for (k, value) in used {
                let list = columns.members[k]
                var member = [Bool](repeating: false, count: n)
                for i in list { member[i] = true }
                holds.append(member)
                for (x, a) in list.enumerated() {
                    for b in list[(x + 1)...] { together[a * n + b] += value }
                    if value < 1 - 1e-6 { inFractional[a] = true }
                }
            }
            let known = Set(columns.cuts)
            let items = (0..<n).filter { inFractional[$0] }
            var found: [(excess: Double, items: [Int])] = []
            for (x, a) in items.enumerated() {
                for (y, b) in items[(x + 1)...].enumerated() where together[a * n + b] > 1e-6 {
                    for c in items[(x + y + 2)...] {
                        // A cluster holding two of them counts once, one holding three counts
                        // in all three pairs.
                        var lhs = together[a * n + b] + together[a * n + c] + together[b * n + c]
                        guard lhs > 1 + 1e-3 else { continue }
                        for (position, (_, value)) in used.enumerated()
                        where holds[position][a] && holds[position][b] && holds[position][c] {
                            lhs -= 2 * value
                        }
                        if lhs > 1 + 1e-3, !known.contains([a, b, c]) { found.append((lhs - 1, [a, b, c])) }
                    }
                }
            }
            found.sort { x, y in x.excess > y.excess || (x.excess == y.excess && x.items.lexicographicallyPrecedes(y.items)) }
            return found.prefix(limit).map(\.items)
        }

        /// The most fractional centre, else the most fractional item of an open centre; an
        /// integral solution becomes the incumbent when it is cheaper.
        private mutating func branching(_ solution: ColumnLP.Solution, bound: Double) -> NodeResult {
            let n = problem.count
            let used = columns.used(solution)
            var opened = [Double](repeating: 0, count: n)
            for (k, value) in used { opened[columns.centre[k]] += value }
            if let centre = mostFractional(opened.indices.map { ($0, opened[$0]) }) {
                return .branch({ .centre(centre, open: $0) }, bound)
            }
            var served = [Double](repeating: 0, count: n * n)
            for (k, value) in used {
                for i in columns.members[k] { served[i * n + columns.centre[k]] += value }
            }
            let pairs = (0..<(n * n)).filter { served[$0] > 1e-6 }.map { ($0, served[$0]) }
            if let pair = mostFractional(pairs) {
                return .branch({ .item(pair / n, centre: pair % n, together: $0) }, bound)
            }
            // Integral: each open centre's cluster is one column.
            guard columns.artificialLoad(solution) < 1e-6 else { return .pruned }
            var centres: [Int] = [], clusterOf = [Int](repeating: -1, count: n)
            for centre in 0..<n where opened[centre] > 0.5 {
                for i in 0..<n where served[i * n + centre] > 0.5 { clusterOf[i] = centres.count }
                centres.append(centre)
            }
            let found = Clustering(problem: problem, centres: centres, clusterOf: clusterOf)
            if centres.count == problem.clusterCount, found.isFeasible(problem),
               found.cost < incumbent.cost - costTolerance * max(1, incumbent.cost) {
                Log.planner.debug("branch-and-price: integral node \(found.cost)")
                incumbent = found
            }
            return .pruned
        }

        /// The key whose value is farthest from a whole number, if any is fractional; the
        /// first of equals.
        private func mostFractional(_ values: [(Int, Double)]) -> Int? {
            var chosen: Int?, distance = 1e-6
            for (key, value) in values {
                let d = min(value - value.rounded(.down), value.rounded(.up) - value)
                if d > distance { distance = d; chosen = key }
            }
            return chosen
        }
    }
}

/// What a node's decisions allow: which centres must open or stay closed, and which items
/// must or must not join which centre.
private struct NodeRules {
    enum CentreState { case free, open, closed }

    let count: Int
    private(set) var centre: [CentreState]
    /// The centre an item must join, or -1.
    private(set) var joins: [Int]
    /// Row-major item × centre: the item must not join the centre.
    private(set) var barred: [Bool]
    /// How many items must join each centre.
    private var joining: [Int]
    private(set) var isContradictory = false

    init(decisions: [BranchAndPrice.Decision], count: Int) {
        self.count = count
        centre = Array(repeating: .free, count: count)
        joins = Array(repeating: -1, count: count)
        barred = Array(repeating: false, count: count * count)
        for decision in decisions {
            switch decision {
            case .centre(let j, true):
                // An open centre serves itself, so no other centre's cluster holds it.
                joins[j] = j
                centre[j] = .open
            case .centre(let j, false):
                centre[j] = .closed
            case .item(let i, let j, true):
                joins[i] = j
                centre[j] = .open
            case .item(let i, let j, false):
                barred[i * count + j] = true
            }
        }
        joining = Array(repeating: 0, count: count)
        for i in 0..<count where joins[i] >= 0 {
            joining[joins[i]] += 1
            if centre[joins[i]] == .closed || barred[i * count + joins[i]] { isContradictory = true }
        }
    }

    var openCount: Int { centre.reduce(0) { $0 + ($1 == .open ? 1 : 0) } }

    func membership(_ item: Int, _ centre: Int) -> ClusterPricing.Membership {
        if item == centre || joins[item] == centre { return .required }
        if joins[item] >= 0 || barred[item * count + centre] { return .excluded }
        return .free
    }

    /// Whether `c` may be a centre at this node: not closed, and not bound to another centre's
    /// cluster or barred from its own.
    func mayOpen(_ c: Int) -> Bool {
        centre[c] != .closed && (joins[c] < 0 || joins[c] == c) && !barred[c * count + c]
    }

    /// Whether a cluster (its centre and distinct members) may be chosen at this node: no
    /// member excluded, and every item that must join its centre among the members.
    func allows(centre c: Int, members: [Int]) -> Bool {
        guard mayOpen(c) else { return false }
        var joined = 0
        for i in members {
            if membership(i, c) == .excluded { return false }
            if joins[i] == c { joined += 1 }
        }
        return joined == joining[c]
    }
}

/// The master LP's columns: one artificial per row, at a cost above any clustering, so that
/// every node's LP is feasible, then the clusters in play. Every cluster met is kept here; the
/// LP holds only those the node allows and that are active, so it stays small however many
/// clusters the tree has met. A cluster leaves the LP when it is not basic, and is fixed at zero
/// until then.
private struct ClusterColumns {
    let problem: ClusteringProblem
    let lp: ColumnLP
    /// The artificial columns, one per row of the items and the number of clusters; the
    /// clusters' columns follow.
    let artificialCount: Int
    private(set) var centre: [Int] = []
    private(set) var members: [[Int]] = []
    private var cost: [Double] = []
    /// The subset-row cuts, each three items: the clusters chosen hold two or more of them
    /// at most once in all. Their rows follow the artificial columns' rows.
    private(set) var cuts: [[Int]] = []
    /// Per cluster, the cuts it holds two or more items of.
    private var cutsOf: [[Int]] = []
    private var known: Set<[Int]> = []
    /// Whether each cluster is allowed at the current node.
    private var allowed: [Bool] = []
    /// Whether each cluster takes part in the LP while allowed.
    private var active: [Bool] = []
    /// Each cluster's column in the LP, or -1.
    private var slot: [Int] = []
    /// The cluster of each LP column after the artificial ones.
    private var clusterIn: [Int] = []
    /// Whether each cluster in the LP is fixed at zero there.
    private var fixed: [Bool] = []

    init(problem: ClusteringProblem) throws {
        self.problem = problem
        let n = problem.count, p = Double(problem.clusterCount)
        // Rows: one per item (served once), and the number of clusters. Each cluster holds its
        // centre, so no centre has two.
        let rows = Array(repeating: (lower: 1.0, upper: 1.0), count: n) + [(lower: p, upper: p)]
        lp = try ColumnLP(rows: rows)
        artificialCount = rows.count
        var worst = 1.0
        for i in 0..<n { worst += (0..<n).map { problem.cost(i, $0) }.max() ?? 0 }
        for row in 0..<artificialCount { try lp.addColumn(cost: worst, rows: [row], coefficients: [1]) }
    }

    var count: Int { centre.count }

    /// Adds a cluster, active, unless it is known; returns whether it was added. The caller
    /// adds only clusters that the current node allows.
    @discardableResult
    mutating func add(centre c: Int, members list: [Int]) throws -> Bool {
        guard known.insert([c] + list).inserted else { return false }
        var total = 0.0
        for i in list { total += problem.cost(i, c) }
        centre.append(c)
        members.append(list)
        cost.append(total)
        cutsOf.append(cuts.indices.filter { Self.holdsTwo(list, of: cuts[$0]) })
        allowed.append(true)
        active.append(true)
        slot.append(-1)
        fixed.append(false)
        try enter(count - 1)
        return true
    }

    /// Adds a subset-row cut on three items, with a row over the clusters in the LP.
    mutating func addCut(_ items: [Int]) throws {
        let c = cuts.count
        cuts.append(items)
        var columns: [Int] = []
        for k in 0..<count where Self.holdsTwo(members[k], of: items) {
            cutsOf[k].append(c)
            if slot[k] >= 0 { columns.append(slot[k]) }
        }
        try lp.addRow(lower: -.infinity, upper: 1, columns: columns,
                      coefficients: Array(repeating: 1, count: columns.count))
    }

    /// The penalty of each cut at `duals` (minus its dual, which is at most zero), for
    /// ``ClusterPricing``.
    func cutPenalties(_ duals: [Double]) -> [ClusterPricing.GroupPenalty] {
        cuts.indices.compactMap { c in
            let dual = duals[artificialCount + c]
            return dual < -1e-9 ? ClusterPricing.GroupPenalty(items: cuts[c], penalty: -dual) : nil
        }
    }

    /// Drops the cuts whose row does not bind in the last basis: they only slow the LP.
    mutating func dropSlackCuts() throws {
        let slack = cuts.indices.filter { lp.isBasic(row: artificialCount + $0) }
        guard !slack.isEmpty else { return }
        try lp.removeRows(slack.map { artificialCount + $0 })
        var renumbered = [Int](repeating: -1, count: cuts.count), kept = 0
        var isSlack = [Bool](repeating: false, count: cuts.count)
        for c in slack { isSlack[c] = true }
        for c in cuts.indices where !isSlack[c] { renumbered[c] = kept; kept += 1 }
        cuts = cuts.indices.filter { !isSlack[$0] }.map { cuts[$0] }
        for k in cutsOf.indices { cutsOf[k] = cutsOf[k].compactMap { renumbered[$0] >= 0 ? renumbered[$0] : nil } }
    }

    private static func holdsTwo(_ members: [Int], of cut: [Int]) -> Bool {
        var held = 0
        for i in cut where members.contains(i) { held += 1 }
        return held >= 2
    }

    /// Allows in the LP only the clusters that the node allows.
    mutating func restrict(to rules: NodeRules) throws {
        for k in 0..<count { allowed[k] = rules.allows(centre: centre[k], members: members[k]) }
        try synchronise()
    }

    /// Activates, for each centre, the allowed inactive cluster of least reduced cost at
    /// `duals`, when that is negative; returns how many. One per centre: more made each LP
    /// larger and slower (cpmp14: 11.3 s with one, 14.0 s with three, 19.2 s with ten).
    mutating func revive(_ duals: [Double]) throws -> Int {
        var best = [(k: Int, reduced: Double)](repeating: (-1, -1e-6), count: problem.count)
        for k in 0..<count where allowed[k] && !active[k] {
            let reduced = reducedCost(k, duals)
            if reduced < best[centre[k]].reduced { best[centre[k]] = (k, reduced) }
        }
        let revived = best.filter { $0.k >= 0 }
        for entry in revived { active[entry.k] = true }
        if !revived.isEmpty { try synchronise() }
        return revived.count
    }

    /// When more than `limit` clusters are in the LP, deactivates those of largest positive
    /// reduced cost at `duals` (none of them basic) until half of `limit` are left.
    mutating func retire(_ duals: [Double], limit: Int) throws {
        guard clusterIn.count > limit else { return }
        var ranked: [(k: Int, reduced: Double)] = []
        for k in clusterIn {
            let reduced = reducedCost(k, duals)
            if reduced > 1e-6 { ranked.append((k, reduced)) }
        }
        ranked.sort { a, b in a.reduced > b.reduced || (a.reduced == b.reduced && a.k < b.k) }
        for entry in ranked.prefix(clusterIn.count - limit / 2) { active[entry.k] = false }
        try synchronise()
    }

    /// The clusters in the LP.
    var inLP: [Int] { clusterIn }

    /// The clusters the LP solution uses, with their values.
    func used(_ solution: ColumnLP.Solution) -> [(Int, Double)] {
        (artificialCount..<solution.values.count).compactMap { j in
            let value = solution.values[j]
            return value > 1e-9 ? (clusterIn[j - artificialCount], value) : nil
        }
    }

    /// The total value of the artificial columns.
    func artificialLoad(_ solution: ColumnLP.Solution) -> Double {
        solution.values[0..<artificialCount].reduce(0, +)
    }

    private func reducedCost(_ k: Int, _ duals: [Double]) -> Double {
        var value = cost[k] - duals[problem.count]
        for i in members[k] { value -= duals[i] }
        for c in cutsOf[k] { value -= duals[artificialCount + c] }
        return value
    }

    private mutating func enter(_ k: Int) throws {
        let rows = members[k] + [problem.count] + cutsOf[k].map { artificialCount + $0 }
        slot[k] = try lp.addColumn(cost: cost[k], rows: rows, coefficients: Array(repeating: 1, count: rows.count))
        clusterIn.append(k)
        fixed[k] = false
    }

    /// Brings the LP in line with `allowed` and `active`.
    private mutating func synchronise() throws {
        var leaving: [Int] = []
        for k in 0..<count {
            let wanted = allowed[k] && active[k]
            if slot[k] < 0 {
                if wanted { try enter(k) }
            } else if !wanted {
                if lp.isBasic(column: slot[k]) {
                    if !fixed[k] { try lp.setBounds(column: slot[k], 0, 0); fixed[k] = true }
                } else {
                    leaving.append(slot[k])
                }
            } else if fixed[k] {
                try lp.setBounds(column: slot[k], 0, .infinity)
                fixed[k] = false
            }
        }
        guard !leaving.isEmpty else { return }
        try lp.removeColumns(leaving)
        var gone = Set(leaving)
        clusterIn = clusterIn.enumerated().compactMap { position, k in
            if gone.remove(artificialCount + position) != nil { slot[k] = -1; return nil }
            return k
        }
        for (position, k) in clusterIn.enumerated() { slot[k] = artificialCount + position }
    }
}
