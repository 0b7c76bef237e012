import Foundation

/// Plans side by side: one column per plan, one row per measure, with disruption measured
/// against the first plan.
public struct PlanComparison: Sendable {
    public struct Row: Sendable {
        public var measure: String
        public var values: [String]
    }

    public var names: [String]
    public var rows: [Row]

    public init(plans: [(name: String, plan: StaffedPlan)]) {
        names = plans.map(\.name)
        let columns = plans.map { Self.column($0.plan, reference: plans.first?.plan) }
        let measures = Self.measures
        rows = measures.indices.map { m in Row(measure: measures[m], values: columns.map { $0[m] }) }
    }

    static let measures = [
        "grids", "special grids", "size min", "size mean", "size max", "total distance m", "max distance m",
        "mean distance m", "lower bound m", "gap %", "members in post", "members needed", "leaders in post",
        "party members per grid", "nested in first plan %", "households moved", "member changed",
    ]

    static func column(_ staffed: StaffedPlan, reference: StaffedPlan?) -> [String] {
        let plan = staffed.plan
        let regular = plan.grids.filter { !$0.isSpecial }
        let sizes = regular.map(\.size)
        let households = regular.reduce(0) { $0 + $1.households.count }
        let staff = staffed.staff
        let filled = plan.grids.filter { staffed.contacts(of: $0).memberName != nil }.count
        let party = staff.staff.filter { $0.isPartyMember == true }.count
        let knowsParty = staff.staff.contains { $0.isPartyMember != nil }
        var column = [
            String(regular.count), String(plan.grids.count - regular.count),
            ValueRange.format(sizes.min() ?? 0), String(format: "%.1f", sizes.isEmpty ? 0 : sizes.reduce(0, +) / Double(sizes.count)),
            ValueRange.format(sizes.max() ?? 0), String(format: "%.0f", plan.totalDistance),
            String(format: "%.0f", regular.map(\.maxDistance).max() ?? 0),
            String(format: "%.1f", households > 0 ? plan.totalDistance / Double(households) : 0),
            String(format: "%.0f", plan.lowerBound), String(format: "%.2f", plan.gap * 100),
            staff.isEmpty ? "-" : String(filled), String(plan.grids.count - filled),
            staff.isEmpty ? "-" : String(staff.people(in: .gridLeader).count),
            knowsParty ? String(format: "%.2f", Double(party) / Double(max(plan.grids.count, 1))) : "-",
        ]
        if let reference {
            let disruption = PlanDisruption(oldGridOf: PlanDisruption.gridCodes(of: reference.plan), plan: plan)
            column.append(String(format: "%.1f", disruption.nestedShare * 100))
            column.append(String(disruption.movedHouseholds.count))
            column.append(memberChanges(from: reference, to: staffed).map(String.init) ?? "-")
        } else {
            column += ["-", "-", "-"]
        }
        return column
    }

    /// Households whose grid member's name differs, when both plans are staffed.
    static func memberChanges(from old: StaffedPlan, to new: StaffedPlan) -> Int? {
        guard !old.staff.isEmpty, !new.staff.isEmpty else { return nil }
        func members(_ staffed: StaffedPlan) -> [String: String] {
            var result: [String: String] = [:]
            for grid in staffed.plan.grids {
                let name = staffed.contacts(of: grid).memberName ?? ""
                for h in grid.households { result[staffed.plan.scenario.households[h].id] = name }
            }
            return result
        }
        let before = members(old), after = members(new)
        return after.keys.filter { before[$0] != nil && before[$0] != after[$0] }.count
    }
}
