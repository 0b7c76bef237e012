/// How much a new plan disturbs an old one, household by household (matched by id).
///
/// Each new grid's *parent* is the old grid that holds most of its households (ties: the code
/// that sorts first). A new grid is *nested* when all its households come from its parent; a
/// household has *moved* when its new grid's parent is not its old grid, that is, when it
/// leaves its old neighbours for a grid mostly made of another old grid's households.
public struct PlanDisruption: Sendable {
    /// New grid code → its parent's old code (absent for grids with no household in the old plan).
    public var parentOfGrid: [String: String]
    public var nestedGrids: Int
    public var gridCount: Int
    /// Household ids that moved, in the new plan's household order.
    public var movedHouseholds: [String]
    /// Households present in both plans.
    public var matchedHouseholds: Int

    public var nestedShare: Double { gridCount > 0 ? Double(nestedGrids) / Double(gridCount) : 1 }

    /// - Parameters:
    ///   - oldGridOf: household id → old grid code.
    ///   - plan: the new plan.
    public init(oldGridOf: [String: String], plan: Plan) {
        let households = plan.scenario.households
        var parents: [String: String] = [:]
        var nested = 0
        for grid in plan.grids {
            var counts: [String: Int] = [:]
            for h in grid.households { if let old = oldGridOf[households[h].id] { counts[old, default: 0] += 1 } }
            let parent = counts.max { a, b in a.value < b.value || (a.value == b.value && GridCodeOrder.precedes(b.key, a.key)) }
            if let parent {
                parents[grid.code] = parent.key
                if parent.value == grid.households.count { nested += 1 }
            }
        }
        let gridOf = plan.gridOfHousehold()
        var moved: [String] = []
        var matched = 0
        for (h, household) in households.enumerated() {
            guard let old = oldGridOf[household.id] else { continue }
            matched += 1
            if parents[plan.grids[gridOf[h]].code] != old { moved.append(household.id) }
        }
        parentOfGrid = parents
        nestedGrids = nested
        gridCount = plan.grids.count
        movedHouseholds = moved
        matchedHouseholds = matched
    }

    /// Household id → grid code of a plan.
    public static func gridCodes(of plan: Plan) -> [String: String] {
        var result: [String: String] = [:]
        for grid in plan.grids { for h in grid.households { result[plan.scenario.households[h].id] = grid.code } }
        return result
    }
}
