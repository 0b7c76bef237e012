/// One line of `changes.csv`: a household whose grid code or grid member changed, for the notice.
public struct HouseholdChange: Sendable, Hashable {
    public static let fileName = "changes.csv"

    public var householdID: String
    public var oldGrid: String
    public var newGrid: String
    public var oldMember: String
    public var newMember: String
    /// Whether the household left its old neighbours (see ``PlanDisruption``).
    public var moved: Bool

    static func list(current: CurrentPlan, plan: Plan, memberOf: [String: String]) -> [HouseholdChange] {
        let disruption = PlanDisruption(oldGridOf: current.gridOf, plan: plan)
        let moved = Set(disruption.movedHouseholds)
        let gridOf = plan.gridOfHousehold()
        var changes: [HouseholdChange] = []
        for (h, household) in plan.scenario.households.enumerated() {
            let newGrid = plan.grids[gridOf[h]].code
            let oldGrid = current.gridOf[household.id] ?? ""
            let oldMember = current.memberOf[oldGrid] ?? ""
            let newMember = memberOf[newGrid] ?? ""
            guard newGrid != oldGrid || newMember != oldMember else { continue }
            changes.append(HouseholdChange(householdID: household.id, oldGrid: oldGrid, newGrid: newGrid,
                                           oldMember: oldMember, newMember: newMember, moved: moved.contains(household.id)))
        }
        return changes
    }

    static func csv(_ changes: [HouseholdChange]) -> String {
        csvText([["household_id", "old_grid", "new_grid", "old_member", "new_member", "moved"]]
            + changes.map { [$0.householdID, $0.oldGrid, $0.newGrid, $0.oldMember, $0.newMember, $0.moved ? "yes" : "no"] })
    }
}
