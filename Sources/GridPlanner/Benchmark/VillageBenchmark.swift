import Foundation

/// Plans synthetic or real villages given as `village:PATH:p:lo:hi` (a households file, the
/// number of grids and the grid size bounds) and reports each plan like a CPMP instance, so
/// that the same comparison scripts read both. The instance is named `STEM-pP-LO-HI`.
public enum VillageBenchmark {
    public struct Specification: Sendable {
        public var path: String
        public var grids: Int
        public var lower: Int
        public var upper: Int

        public var name: String {
            let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            return "\(stem)-p\(grids)-\(lower)-\(upper)"
        }

        /// Reads `village:PATH:p:lo:hi`; nil when the text is not of that form.
        public init?(_ text: String) {
            guard text.hasPrefix("village:") else { return nil }
            let parts = text.dropFirst("village:".count).split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count >= 4, let p = Int(parts[parts.count - 3]), let lo = Int(parts[parts.count - 2]),
                  let hi = Int(parts[parts.count - 1]), p > 0, 0 <= lo, lo <= hi else { return nil }
            path = parts.dropLast(3).joined(separator: ":")
            grids = p
            lower = lo
            upper = hi
        }
    }

    public static func solve(
        _ village: Specification, seed: UInt64, deadline: Deadline
    ) throws -> CPMPBenchmark.Result {
        var settings = RuleSettings()
        settings.gridSize = "\(village.lower)-\(village.upper)"
        settings.grids = "\(village.grids)"
        settings.seed = seed
        let scenario = try ScenarioLoader.quick(households: URL(fileURLWithPath: village.path), overrides: settings)
        let clock = ContinuousClock(), started = clock.now
        let plan = try GridPartitioner(scenario: scenario).plan(deadline: deadline)
        let objective = plan.totalDistance
        var medianOf = [Int](repeating: 0, count: scenario.households.count)
        for grid in plan.grids { for h in grid.households { medianOf[h] = grid.centre } }
        return CPMPBenchmark.Result(
            instance: village.name, n: scenario.households.count, p: village.grids, objective: objective,
            lowerBound: plan.lowerBound,
            gapToBoundPct: objective > 0 ? 100 * (objective - plan.lowerBound) / objective : 0,
            bestKnown: nil, gapToBestKnownPct: nil, seconds: (clock.now - started).seconds, medianOf: medianOf)
    }
}
