import Foundation

/// The table printed after planning.
public enum PlanSummary {
    public static func text(_ plan: Plan) -> String {
        let m = PlanDocument.Metrics(plan)
        let unit = plan.scenario.rules.sizeMeasure.rawValue
        var rows: [(String, String)] = [
            ("scenario", "\(plan.scenario.name) (\(plan.scenario.code))"),
            ("households", GridCountCheck.count(Double(plan.scenario.households.count))),
            ("grids", "\(m.grids)" + (m.special_grids > 0 ? " + \(m.special_grids) special" : "")),
            ("size (\(unit)) min/mean/max", String(format: "%@ / %.1f / %@", fmt(m.size_min), m.size_mean, fmt(m.size_max))),
            ("total distance", String(format: "%.0f m", m.total_distance_m)),
            ("max distance", String(format: "%.0f m", m.max_distance_m)),
            ("lower bound", String(format: "%.0f m", plan.lowerBound)),
            ("gap", String(format: "%.2f%%", plan.gap * 100)),
            ("status", plan.status.rawValue),
            ("seconds", String(format: "%.2f", plan.seconds)),
        ]
        if !plan.kinGroupSplits.isEmpty {
            rows.append(("kin groups split by areas", plan.kinGroupSplits.map { "\($0.kinGroup) (\($0.areas.joined(separator: ", ")))" }.joined(separator: "; ")))
        }
        let width = rows.map { $0.0.terminalWidth }.max() ?? 0
        return rows.map { $0.0.padded(toWidth: width) + "  " + $0.1 }.joined(separator: "\n")
    }

    private static func fmt(_ v: Double) -> String { ValueRange.format(v) }
}
