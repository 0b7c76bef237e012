import Foundation

/// The staffing table printed after planning or re-staffing: posts filled per level, then what
/// stays empty and whom the reserve pool offers.
public enum StaffingSummary {
    public static func text(_ plan: Plan) -> String {
        guard let structure = plan.structure else { return "" }
        guard let staffing = plan.staffing else {
            let counts = structure.levelIDs.indices.map { "\(structure.units[$0].count) \(structure.levelNames[$0])" }
            return "structure  " + counts.joined(separator: " / ")
        }
        let people = staffing.people
        var rows: [[String]] = [["level", "post", "filled"]]
        for row in StaffingTally.rows(staffing, structure: structure) {
            let level = structure.level(named: row.post.level).map { structure.levelNames[$0] } ?? ""
            rows.append(["\(level) (\(row.post.level))", "\(row.post.id) \(row.post.name)", "\(row.filled)/\(row.seats)"])
        }
        let widths = (0..<3).map { c in rows.map { $0[c].terminalWidth }.max() ?? 0 }
        var lines = rows.map { r in
            (0..<3).map { r[$0].padded(toWidth: widths[$0]) }.joined(separator: "  ")
        }
        let state = staffing.isComplete ? "complete" : "PARTIAL: \(staffing.shortfalls.count) shortfall(s)"
        lines.append(String(format: "staffing %@ (%@, %.2f s); reserve pool %d people", state, staffing.status.rawValue,
                            staffing.seconds, staffing.reservePool.count))
        if let changed = staffing.changedPeople {
            lines.append("people whose post or unit changes: \(changed)")
        }
        for shortfall in staffing.shortfalls {
            lines.append("  ✗ \(shortfall.message)")
            if !shortfall.proposals.isEmpty {
                let offers = shortfall.proposals.map { p in
                    "\(people[p.person].name) [\(people[p.person].id)] \(Int(p.distance.rounded())) m" + (p.isEligible ? "" : " (\(p.lacks ?? "not eligible"))")
                }
                lines.append("    reserve pool: " + offers.joined(separator: "; "))
            }
        }
        return lines.joined(separator: "\n")
    }
}
