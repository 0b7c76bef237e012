import Foundation

/// Plans one scenario at each grid count of a range, so that a cadre sees how walking
/// distance, posts needed and disruption trade off against the number of grids.
public struct GridCountSweep: Sendable {
    public var scenario: Scenario
    public var counts: [Int]

    public init(scenario: Scenario, counts: ClosedRange<Int>, step: Int) {
        self.scenario = scenario
        self.counts = Array(stride(from: counts.lowerBound, through: counts.upperBound, by: max(step, 1)))
    }

    public struct Outcome: Sendable {
        public var count: Int
        public var plan: Plan?
        /// Why there is no plan at this count (rules no plan can meet, or time out).
        public var failure: String?
    }

    /// Plans each count in turn with the scenario's rules and time limit per count.
    public func run(deadline: @escaping @Sendable () -> Deadline,
                    progress: @escaping @Sendable (String) -> Void = { _ in }) -> [Outcome] {
        counts.map { count in
            var scenario = scenario
            scenario.rules.gridCount = .exact(count)
            progress("sweep: \(count) grids")
            do {
                return Outcome(count: count, plan: try GridPartitioner(scenario: scenario).plan(deadline: deadline()), failure: nil)
            } catch {
                return Outcome(count: count, plan: nil, failure: "\(error)")
            }
        }
    }

    /// Folder name of the plan with `count` grids inside a sweep's output folder.
    public static func folderName(count: Int) -> String {
        "grids-" + String(format: "%03d", count)
    }
}
