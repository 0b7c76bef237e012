import Foundation

/// What a re-densify changed and what the disruption bought, against a from-scratch plan.
public struct RedensifyReport: Sendable, Encodable {
    public var grids: Int
    public var disruption_cost_m: Double
    /// Share of new grids whose households all come from one old grid.
    public var nested_share: Double
    public var nested_share_from_scratch: Double
    public var households_moved: Int
    public var households_moved_from_scratch: Int
    public var households_member_changed: Int
    public var households_notified: Int
    public var members_kept: Int
    public var members_needed: Int
    public var leaders_needed: Int?
    public var total_distance_m: Double
    public var total_distance_from_scratch_m: Double
    /// `total_distance_m / total_distance_from_scratch_m − 1`.
    public var distance_cost: Double
    public var pinned_households_off_their_grid: [String]

    init(plan: Plan, scratch: Plan, current: CurrentPlan, memberOf: [String: String], changes: [HouseholdChange],
         disruptionCost: Double, leadersNeeded: Int?) {
        let disruption = PlanDisruption(oldGridOf: current.gridOf, plan: plan)
        let fromScratch = PlanDisruption(oldGridOf: current.gridOf, plan: scratch)
        grids = plan.grids.count
        disruption_cost_m = disruptionCost
        nested_share = disruption.nestedShare
        nested_share_from_scratch = fromScratch.nestedShare
        households_moved = disruption.movedHouseholds.count
        households_moved_from_scratch = fromScratch.movedHouseholds.count
        households_member_changed = changes.filter { $0.oldMember != $0.newMember }.count
        households_notified = changes.count
        let today = Set(current.memberOf.values)
        members_kept = memberOf.values.filter(today.contains).count
        members_needed = plan.grids.count - members_kept
        leaders_needed = leadersNeeded
        total_distance_m = plan.totalDistance
        total_distance_from_scratch_m = scratch.totalDistance
        distance_cost = scratch.totalDistance > 0 ? plan.totalDistance / scratch.totalDistance - 1 : 0
        let gridOf = plan.gridOfHousehold()
        pinned_households_off_their_grid = plan.scenario.households.indices.compactMap { h in
            let household = plan.scenario.households[h]
            guard let pin = household.fixedGrid else { return nil }
            return disruption.parentOfGrid[plan.grids[gridOf[h]].code] == pin ? nil : household.id
        }
    }

    public static let fileName = "redensify.json"

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    public var text: String {
        var rows = [
            ("grids", "\(grids)"),
            ("disruption cost", String(format: "%.0f m per household", disruption_cost_m)),
            ("new grids inside one old grid", String(format: "%.1f%% (from scratch %.1f%%)", nested_share * 100, nested_share_from_scratch * 100)),
            ("households moved", "\(households_moved) (from scratch \(households_moved_from_scratch))"),
            ("households whose member changed", "\(households_member_changed)"),
            ("households to notify", "\(households_notified)"),
            ("members kept / newly needed", "\(members_kept) / \(members_needed)"),
            ("total distance", String(format: "%.0f m (from scratch %.0f m, %+.1f%%)", total_distance_m,
                                      total_distance_from_scratch_m, distance_cost * 100)),
        ]
        if let leaders_needed { rows.append(("leaders newly needed", "\(leaders_needed)")) }
        if !pinned_households_off_their_grid.isEmpty {
            rows.append(("pinned households off their grid", pinned_households_off_their_grid.joined(separator: ", ")))
        }
        let width = rows.map { $0.0.terminalWidth }.max() ?? 0
        return rows.map { $0.0.padded(toWidth: width) + "  " + $0.1 }.joined(separator: "\n")
    }
}
