import Foundation
/// Re-optimises a few neighbouring clusters exactly: their items are freed and GLPK solves the
/// capacitated clustering of just those items (any of them may become a centre), starting from
/// the current solution (after Gnägi & Baumann's matheuristic for large capacitated clustering).
struct NeighbourhoodMIP {
    let problem: ClusteringProblem
    /// Clusters re-optimised together: the seed cluster and its nearest others.
    var clustersPerNeighbourhood = 4
    /// How many of the nearest candidate centres (inside the neighbourhood) each item may use.
    var centresPerItem = 8
    /// Members of each cluster that may become its centre: the cheapest medoids.
    var candidatesPerCluster = 6
    /// Branch-and-bound nodes per neighbourhood: bounds the work, keeps results reproducible.
    var nodeLimit = 300
    /// Largest neighbourhood, in items, handed to GLPK.
    var maxItems = 200

    /// A cheaper clustering of one neighbourhood's items: new centres for its clusters and a
    /// new cluster for each item.
    struct Replacement: Sendable {
        var clusters: [Int]
        var centres: [Int]
        var items: [Int]
        var clusterOfItem: [Int]
        var saved: Double

        func apply(to s: inout Clustering, _ problem: ClusteringProblem) {
            for (c, centre) in zip(clusters, centres) {
                s.centres[c] = centre
                s.load[c] = 0
            }
            for (i, c) in zip(items, clusterOfItem) {
                s.clusterOf[i] = c
                s.load[c] += problem.demand[i]
            }
            s.cost = s.recomputedCost(problem)
        }
    }

    /// Re-optimises `clusters` (a ``neighbourhood(of:in:)``): the replacement if GLPK found a
    /// cheaper one.
    func improvement(of clusters: [Int], in s: Clustering, deadline: Deadline) throws -> Replacement? {
        guard clusters.count >= 2 else { return nil }
        let inSet = Set(clusters)
        let items = (0..<problem.count).filter { inSet.contains(s.clusterOf[$0]) }
        let m = items.count
        guard m > clusters.count else { return nil }
        var currentCost = 0.0
        for i in items { currentCost += problem.cost(i, s.centres[s.clusterOf[i]]) }

        // Candidate centres: in each cluster, the members that would serve it most cheaply.
        let local = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($1, $0) })
        var isCandidate = [Bool](repeating: false, count: m)
        for c in clusters {
            let group = items.filter { s.clusterOf[$0] == c }
            for j in problem.bestMedoids(of: group, count: candidatesPerCluster) { isCandidate[local[j]!] = true }
            isCandidate[local[s.centres[c]]!] = true
        }
        let candidates = (0..<m).filter { isCandidate[$0] }
        var startCentre = [Int](repeating: 0, count: m)
        for (a, i) in items.enumerated() { startCentre[a] = local[s.centres[s.clusterOf[i]]]! }
        let allowed = items.enumerated().map { a, i in
            var options = candidates.map { (problem.cost(i, items[$0]), $0) }
            options.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
            var centres = Set(options.prefix(centresPerItem).map(\.1))
            centres.insert(startCentre[a])
            return centres.sorted()
        }
        let model = ClusteringModel(problem: problem, items: items, candidates: candidates,
                                    allowed: allowed, clusterCount: clusters.count)
        let clock = ContinuousClock(), t0 = clock.now
        let outcome = try GLPKSolver.solve(
            model.program, limits: SolveLimits(deadline: deadline, maxNodes: nodeLimit, relativeGap: 1e-9),
            start: model.start(centreOf: startCentre))
        Log.planner.trace("neighbourhood MIP: \(m) items, \(model.program.variables.count) columns, \(model.program.constraints.count) rows, \(outcome.nodes) nodes, \(outcome.status), saved \(currentCost - (outcome.objective ?? currentCost)), \((clock.now - t0).seconds) s")
        guard outcome.hasSolution, let objective = outcome.objective,
              objective < currentCost - costTolerance * max(1, currentCost),
              let solution = model.decode(outcome.values) else { return nil }

        // The MIP's centres take the neighbourhood's cluster numbers in a stable order.
        var clusterOfCentre = [Int](repeating: -1, count: m)
        for (k, b) in solution.centres.enumerated() { clusterOfCentre[b] = clusters[k] }
        let clusterOfItem = solution.centreOf.map { clusterOfCentre[$0] }
        return Replacement(clusters: clusters, centres: solution.centres.map { items[$0] }, items: items,
                           clusterOfItem: clusterOfItem, saved: currentCost - objective)
    }

    /// The seed cluster and its nearest clusters by centre-to-centre cost, in cluster order,
    /// as many as fit within ``maxItems`` (a lone cluster means there is nothing to solve).
    func neighbourhood(of seed: Int, in s: Clustering) -> [Int] {
        let centre = s.centres[seed]
        let others = s.centres.indices.filter { $0 != seed }.sorted {
            let a = problem.cost(s.centres[$0], centre), b = problem.cost(s.centres[$1], centre)
            return a < b || (a == b && $0 < $1)
        }
        let meanItems = Double(problem.count) / Double(max(1, s.centres.count))
        let fitting = max(1, min(clustersPerNeighbourhood, Int(Double(maxItems) / meanItems)))
        return ([seed] + others.prefix(fitting - 1)).sorted()
    }
}
