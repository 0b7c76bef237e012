import Foundation
/// Solves one ``ClusteringProblem``: a Lagrangian bound whose relaxed centres seed feasible
/// clusterings, local search, then passes of exact GLPK re-optimisation of neighbourhoods of
/// clusters, each followed by moving whole clusters to where they are missing, and at last,
/// when the effort allows, an iterated local search that kicks the clustering out of the
/// passes' local optimum by relocations judged after re-optimising what they touched, and
/// recombines the clusters of every clustering it met by a set partitioning. When the effort
/// allows it, small problems whose loads are whole numbers go from the bound's clusterings
/// straight to a branch-and-price over the whole problem instead of the passes and kicks,
/// which proves the clustering optimal or finds a better one within its node limit.
///
/// Every phase is bounded by counted work (iterations, passes, nodes, items re-optimised), so
/// the same problem and seed give the same clustering on any machine; the deadline only cuts
/// the search short.
struct ClusteringSolver {
    struct Effort: Sendable {
        var lagrangianIterations = 1200
        /// Lagrangian iterations between two attempts to turn the relaxed centres into a plan.
        var restartEvery = 100
        /// Whether those attempts start from relaxed clusters that barely overlap, rather than
        /// the cheapest (``LagrangianBound/disjointCentres(_:_:)``): much better starting
        /// plans, so shorter passes to better plans. The CPMP benchmark's effort keeps the
        /// cheapest: with disjoint ones its kicks missed more of cpmp01-20's optima, and lin318
        /// did worse while u724 did better (docs/benchmarks-method.md).
        var disjointRestarts = true
        var listLength = 0  // 0: derived from the cluster size
        var improvementPasses = 3
        var clustersPerNeighbourhood = 4
        var centresPerItem = 8
        var candidatesPerCluster = 4
        var nodeLimit = 50
        /// Rounds of ``CentreRelocation`` after each improvement pass.
        var relocationRounds = 4
        /// Kicks of the iterated local search after the improvement passes (0: none).
        var kicks = 0
        /// Items freed by the kicks' neighbourhood MIPs, per item of the problem: bounds the
        /// iterated local search by work.
        var kickWork = 150
        /// How far above the best clustering the search may walk between kicks.
        var kickTolerance = 0.005
        /// No kicks once the gap to the bound is this small.
        var kickTargetGap = 0.001
        /// Branch-and-bound nodes of the set partitioning over the kicks' pooled clusters.
        var recombinationNodeLimit = 500
        /// Nodes of a branch-and-price over the whole problem (0: none), which then takes the
        /// place of the improvement passes and the kicks; only for problems
        /// ``ClusterPricing`` can price.
        var branchAndPriceNodes = 0
        /// The kicks' neighbourhood MIPs: cheaper than the passes', since most kicks fail.
        var kickClustersPerNeighbourhood = 4
        var kickNodeLimit = 20
        var kickCandidatesPerCluster = 6
        var kickCentresPerItem = 8
        /// Stop improving once the gap to the bound is this small.
        var targetGap = 1e-6

        /// Work sized to the problem, fixed by its size alone so that results never depend
        /// on the clock: passes over neighbourhoods of six clusters, or of about 40 items when
        /// clusters are small (at most twelve clusters), kicks over neighbourhoods of four,
        /// and small problems (up to 500 items) afford more candidate centres, deeper trees
        /// and a longer iterated local search. Used by the CPMP benchmark; grid plans keep the
        /// default, which has no kicks, to stay within seconds.
        static func sized(items: Int, clusters: Int) -> Effort {
            var effort = Effort()
            let meanItems = Double(items) / Double(max(1, clusters))
            effort.clustersPerNeighbourhood = min(12, max(6, Int((40 / meanItems).rounded(.up))))
            effort.kicks = 1000
            effort.kickWork = 100
            effort.disjointRestarts = false
            if items <= 100 { effort.branchAndPriceNodes = 1000 }
            if items <= 500 {
                effort.lagrangianIterations = 2000
                effort.improvementPasses = 8
                effort.centresPerItem = 12
                effort.candidatesPerCluster = 12
                effort.nodeLimit = 200
                effort.kickWork = 150
            }
            return effort
        }
    }

    struct Outcome: Sendable {
        var clustering: Clustering
        var lowerBound: Double
        var stoppedEarly: Bool
        /// The best Lagrangian multipliers and the lists they were computed on, to warm-start
        /// a bound over a larger problem this one is part of.
        var multipliers: [Double]
        var lists: CandidateLists
    }

    let problem: ClusteringProblem
    var seed: UInt64 = 1
    var effort = Effort()

    func solve(deadline: Deadline, progress: (String, Double, Double) -> Void = { _, _, _ in }) throws -> Outcome? {
        let p = problem.clusterCount
        guard p >= 1, p <= problem.count else { return nil }
        let restart = Self.restart(problem)
        let clock = ContinuousClock(), t0 = clock.now
        var best = restart(spreadCentres())
        Log.planner.debug("spread centres and first clustering \(best?.cost ?? -1): \((clock.now - t0).seconds) s")
        let meanItems = max(1, problem.count / p)
        let length = effort.listLength > 0 ? effort.listLength
            : (problem.count <= 600 ? problem.count : max(6 * meanItems, 120))
        let lists = CandidateLists(problem: problem, length: length)
        Log.planner.debug("candidate lists: \((clock.now - t0).seconds) s")
        let lagrangian = LagrangianBound(
            lists: lists, demand: problem.demand, capacity: problem.capacity,
            clusterCount: p, unitDemand: problem.hasUnitDemand)
        let relaxed = lagrangian.maximise(
            upperBound: best?.cost ?? problem.cost.reduce(0, +),
            initial: lagrangian.initialMultipliers(meanClusterItems: meanItems),
            iterations: effort.lagrangianIterations, deadline: deadline, primal: restart,
            primalEvery: effort.restartEvery, disjointCentres: effort.disjointRestarts)
        for candidate in relaxed.solutions where best == nil || candidate.cost < best!.cost - costTolerance {
            best = candidate
        }
        var bound = relaxed.bound.isFinite ? relaxed.bound : 0
        Log.planner.debug("lagrangian bound \(bound) after \(relaxed.iterations) iterations, best \(best?.cost ?? -1), \((clock.now - t0).seconds) s")
        guard var current = best else { return nil }
        progress("bound", current.cost, bound)
        // The clusters of every clustering met, for the kicks' recombinations.
        var pool = ClusterPool(problem: problem)
        if effort.kicks > 0 { for solution in relaxed.solutions { pool.add(solution) } }

        let mip = NeighbourhoodMIP(
            problem: problem, clustersPerNeighbourhood: min(effort.clustersPerNeighbourhood, p),
            centresPerItem: effort.centresPerItem, candidatesPerCluster: effort.candidatesPerCluster,
            nodeLimit: effort.nodeLimit)
        var stoppedEarly = false
        let relocation = CentreRelocation(problem: problem, maxRounds: effort.relocationRounds)
        // Neighbourhoods are re-solved only while one of their clusters changed since.
        var changed = [Bool](repeating: true, count: p)
        var passWork = 0
        // Small problems that branch-and-price can price skip the passes and the kicks: its
        // cuts prove most of them optimal at the root, and its tree finds what the passes and
        // kicks would (on cpmp20 one pass took 2.6 s and saved nothing).
        let exact = effort.branchAndPriceNodes > 0
            ? BranchAndPrice(problem: problem, nodeLimit: effort.branchAndPriceNodes) : nil
        for _ in 0..<(exact == nil ? effort.improvementPasses : 0) {
            if gap(current.cost, bound) <= effort.targetGap { break }
            let before = current
            var saved = try reoptimise(&current, changed: changed, mip: mip, deadline: deadline, work: &passWork)
            if deadline.hasPassed { stoppedEarly = true; break }
            Self.polish(&current, problem)
            let relocated = relocation.improve(&current) { [problem] in Self.polish(&$0, problem) }
            saved += relocated
            Log.planner.debug("improvement pass: \(current.cost), saved \(saved) (\(relocated) by relocation), \((clock.now - t0).seconds) s")
            progress("improve", current.cost, bound)
            if effort.kicks > 0 { pool.add(current) }
            if saved <= costTolerance * max(1, current.cost) { break }
            changed = changedClusters(before, current)
        }

        var kickWork = 0
        if !stoppedEarly, effort.kicks > 0, exact == nil {
            stoppedEarly = try kick(&current, pool: &pool, bound: bound, mip: mip, relocation: relocation,
                                    deadline: deadline, work: &kickWork, progress: progress)
        }
        if !stoppedEarly, let exact {
            let result = try exact.solve(from: current, clusters: pool.clusters, deadline: deadline) { cost, treeBound in
                progress("exact", cost, max(bound, treeBound))
            }
            if result.clustering.cost < current.cost {
                current = result.clustering
                progress("improve", current.cost, bound)
            }
            bound = max(bound, result.bound)
            stoppedEarly = deadline.hasPassed && !result.proven
        }
        Log.planner.debug("neighbourhood work: passes \(passWork), kicks \(kickWork) items, \((clock.now - t0).seconds) s")
        if current.cost > best!.cost { current = best! }
        bound = min(bound, current.cost)
        return Outcome(clustering: current, lowerBound: bound, stoppedEarly: stoppedEarly,
                       multipliers: relaxed.multipliers, lists: lists)
    }

    /// Iterated local search: kicks the clustering by a relocation drawn among the promising
    /// ones not yet tried from it, re-optimises the neighbourhoods it touched, and walks on from
    /// the result while it stays within ``Effort/kickTolerance`` of the best found. Stops after
    /// ``Effort/kicks`` kicks, ``Effort/kickWork`` items per item of neighbourhood MIPs, or when
    /// every pair from the current clustering has been tried. Every clustering a kick leads to
    /// lends its clusters to `pool`, which holds those of the clusterings met before; at the
    /// end, the pool's best set partitioning becomes the result if it is cheaper. The kicks
    /// stop at a tenth of the time left before the deadline, so that the partitioning runs even
    /// when they are cut short. Returns whether the deadline cut them short.
    private func kick(
        _ best: inout Clustering, pool: inout ClusterPool, bound: Double, mip: NeighbourhoodMIP,
        relocation: CentreRelocation, deadline: Deadline, work: inout Int,
        progress: (String, Double, Double) -> Void
    ) throws -> Bool {
        var rng = SeededGenerator(seed: seed, stream: 2)
        var kickMIP = mip
        kickMIP.clustersPerNeighbourhood = min(effort.kickClustersPerNeighbourhood, problem.clusterCount)
        kickMIP.nodeLimit = effort.kickNodeLimit
        kickMIP.candidatesPerCluster = effort.kickCandidatesPerCluster
        kickMIP.centresPerItem = effort.kickCentresPerItem
        var walk = best
        // The pairs from `walk` not yet tried; estimated again only when the walk moves on.
        var untried = relocation.kickPairs(walk)
        let kickDeadline = deadline.leaving(0.1)
        var cutShort = false
        for number in 0..<effort.kicks where work < effort.kickWork * problem.count {
            if gap(best.cost, bound) <= effort.kickTargetGap { break }
            guard !untried.isEmpty else { break }
            let pair = untried.remove(at: rng.index(below: untried.count))
            guard var trial = relocation.relocated(walk, close: pair.cluster, open: pair.item) else { continue }
            Self.polish(&trial, problem)
            var touched = changedClusters(walk, trial)
            for _ in 0..<2 {
                let before = trial
                let saved = try reoptimise(&trial, changed: touched, mip: kickMIP, deadline: kickDeadline, work: &work)
                Self.polish(&trial, problem)
                if saved <= costTolerance * max(1, trial.cost) { break }
                touched = changedClusters(before, trial)
            }
            pool.add(trial)
            guard trial.isFeasible(problem), trial.cost <= best.cost * (1 + effort.kickTolerance) else {
                if kickDeadline.hasPassed { cutShort = true; break }
                continue
            }
            if trial.cost < best.cost - costTolerance * max(1, best.cost) {
                Log.planner.debug("kick \(number): \(best.cost) -> \(trial.cost)")
                best = trial
                progress("improve", best.cost, bound)
            }
            if kickDeadline.hasPassed { cutShort = true; break }
            if trial.centres != walk.centres || trial.clusterOf != walk.clusterOf {
                walk = trial
                untried = relocation.kickPairs(walk)
            }
        }
        if !deadline.hasPassed {
            let clock = ContinuousClock(), t0 = clock.now
            if var joined = try pool.recombine(best, nodeLimit: effort.recombinationNodeLimit, deadline: deadline) {
                Self.polish(&joined, problem)
                best = joined
                progress("improve", best.cost, bound)
            }
            Log.planner.debug("recombined \(pool.count) pooled clusters: \(best.cost), \((clock.now - t0).seconds) s")
        }
        return cutShort
    }

    /// One pass of neighbourhood MIPs over every neighbourhood holding a changed cluster.
    /// Two neighbourhoods with no cluster in common are solved at the same time, from the same
    /// clustering, and applied in seed order. Returns the saving; `work` grows by the items
    /// of every neighbourhood solved.
    private func reoptimise(
        _ current: inout Clustering, changed: [Bool], mip: NeighbourhoodMIP, deadline: Deadline,
        work: inout Int
    ) throws -> Double {
        let p = current.centres.count
        var saved = 0.0
        var visited = [Bool](repeating: false, count: p)
        var solved = Set<[Int]>()
        var size = [Int](repeating: 0, count: p)
        for c in current.clusterOf { size[c] += 1 }
        for first in 0..<p where !visited[first] {
            if deadline.hasPassed { break }
            visited[first] = true
            let hood = mip.neighbourhood(of: first, in: current)
            guard hood.contains(where: { changed[$0] }), solved.insert(hood).inserted else { continue }
            var batch = [hood]
            var taken = [Bool](repeating: false, count: p)
            for c in hood { taken[c] = true }
            for other in (first + 1)..<p where !visited[other] {
                let second = mip.neighbourhood(of: other, in: current)
                if second.contains(where: { changed[$0] }), !second.contains(where: { taken[$0] }),
                   solved.insert(second).inserted {
                    visited[other] = true
                    batch.append(second)
                    break
                }
            }
            let state = current, hoods = batch
            for hood in hoods { work += hood.reduce(0) { $0 + size[$1] } }
            let results = parallelMap(hoods.count) { k in
                Result { try mip.improvement(of: hoods[k], in: state, deadline: deadline) }
            }
            for result in results {
                guard let replacement = try result.get() else { continue }
                replacement.apply(to: &current, problem)
                for c in replacement.clusters { size[c] = 0 }
                for c in replacement.clusterOfItem { size[c] += 1 }
                saved += replacement.saved
            }
        }
        return saved
    }

    /// Clusters whose centre or members differ between two clusterings.
    private func changedClusters(_ a: Clustering, _ b: Clustering) -> [Bool] {
        var changed = zip(a.centres, b.centres).map { $0 != $1 }
        for i in 0..<problem.count where a.clusterOf[i] != b.clusterOf[i] {
            changed[a.clusterOf[i]] = true
            changed[b.clusterOf[i]] = true
        }
        return changed
    }

    /// Local search, then pair re-splits, then local search again if the re-splits moved anything.
    private static func polish(_ clustering: inout Clustering, _ problem: ClusteringProblem) {
        ClusterLocalSearch(problem: problem).improve(&clustering)
        if PairResplit(problem: problem).improve(&clustering) > 0 {
            ClusterLocalSearch(problem: problem).improve(&clustering)
        }
    }

    /// A feasible, polished clustering around the given centres, or nil.
    private static func restart(_ problem: ClusteringProblem) -> @Sendable ([Int]) -> Clustering? {
        { centres in
            guard var candidate = ClusterConstruction.assign(problem, centres: centres) else { return nil }
            polish(&candidate, problem)
            return candidate.isFeasible(problem) ? candidate : nil
        }
    }

    private func gap(_ cost: Double, _ bound: Double) -> Double {
        cost > 0 ? (cost - bound) / cost : 0
    }

    /// Deterministic seeded k-means++-style centres: each next centre drawn with probability
    /// proportional to its cost from the nearest centre so far.
    private func spreadCentres() -> [Int] {
        var rng = SeededGenerator(seed: seed)
        let n = problem.count
        var centres = [rng.index(below: n)]
        var nearest = (0..<n).map { problem.cost($0, centres[0]) }
        while centres.count < problem.clusterCount {
            let total = nearest.reduce(0, +)
            var pick = -1
            if total > 0 {
                var target = rng.unit() * total
                for i in 0..<n {
                    target -= nearest[i]
                    if target < 0, nearest[i] > 0 { pick = i; break }
                }
            }
            if pick < 0 { pick = (0..<n).first { !centres.contains($0) }! }
            centres.append(pick)
            for i in 0..<n { nearest[i] = min(nearest[i], problem.cost(i, pick)) }
        }
        return centres
    }
}
