import Foundation

/// Solves capacitated p-median instances with the partitioning engine and reports each result
/// against its lower bound and the best known value.
public enum CPMPBenchmark {
    public struct Result: Sendable, Encodable {
        public var instance: String
        public var n: Int
        public var p: Int
        public var objective: Double?
        public var lowerBound: Double?
        public var gapToBoundPct: Double?
        public var bestKnown: Double?
        public var gapToBestKnownPct: Double?
        public var seconds: Double
        /// Median of each point (0-based), for `--solution`.
        public var medianOf: [Int]

        enum CodingKeys: String, CodingKey {
            case instance, n, p, objective, seconds
            case lowerBound = "lower_bound", gapToBoundPct = "gap_to_bound_pct"
            case bestKnown = "best_known", gapToBestKnownPct = "gap_to_best_known_pct"
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(instance, forKey: .instance)
            try c.encode(n, forKey: .n)
            try c.encode(p, forKey: .p)
            try c.encode(objective, forKey: .objective)
            try c.encode(lowerBound, forKey: .lowerBound)
            try c.encode(gapToBoundPct, forKey: .gapToBoundPct)
            try c.encode(bestKnown, forKey: .bestKnown)
            try c.encode(gapToBestKnownPct, forKey: .gapToBestKnownPct)
            try c.encode(seconds, forKey: .seconds)
        }
    }

    public static func solve(
        _ instance: CPMPInstance, best: BestKnown?, seed: UInt64, deadline: Deadline
    ) throws -> Result {
        let clock = ContinuousClock()
        let started = clock.now
        let n = instance.points.count
        var cost = [Double](repeating: 0, count: n * n)
        for i in 0..<n { for j in 0..<n { cost[i * n + j] = instance.distance(i, j) } }
        let problem = ClusteringProblem(
            demand: instance.demand, capacity: instance.capacity, minimumLoad: 0,
            clusterCount: instance.medians, cost: cost)
        let solver = ClusteringSolver(problem: problem, seed: seed, effort: .sized(items: n, clusters: instance.medians))
        let outcome = try solver.solve(deadline: deadline)
        let seconds = (clock.now - started).seconds
        var result = Result(instance: instance.name, n: n, p: instance.medians, objective: nil,
                            lowerBound: nil, gapToBoundPct: nil, bestKnown: best?.value,
                            gapToBestKnownPct: nil, seconds: seconds, medianOf: [])
        guard let outcome else { return result }
        let objective = outcome.clustering.recomputedCost(problem)
        result.objective = objective
        result.lowerBound = outcome.lowerBound
        result.gapToBoundPct = objective > 0 ? 100 * (objective - outcome.lowerBound) / objective : 0
        if let best { result.gapToBestKnownPct = 100 * (objective - best.value) / best.value }
        result.medianOf = outcome.clustering.clusterOf.map { outcome.clustering.centres[$0] }
        return result
    }
}

extension Duration {
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}
