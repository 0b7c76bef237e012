import Foundation

/// A plan with whoever is in post: what every export is made from.
public struct StaffedPlan: Sendable {
    public var plan: Plan
    public var staff: StaffDirectory

    public init(plan: Plan, staff: StaffDirectory = .empty) {
        self.plan = plan
        self.staff = staff
    }

    /// Reads a plan folder and its `staffing.csv`, when there is one.
    public static func read(folder: URL, households: URL? = nil) throws(InputError) -> StaffedPlan {
        let plan = try PlanFolderReader.read(folder: folder, householdsOverride: households)
        var staff = try StaffDirectory.read(folder: folder, households: plan.scenario.households)
        if let structure = plan.structure { staff.addGridsBeneathUnits(of: structure) }
        return StaffedPlan(plan: plan, staff: staff)
    }

    func contacts(of grid: Grid) -> GridContacts {
        staff.contacts(forGrid: grid.code)
    }

    /// Grids in code order: the order of every table.
    var gridsInCodeOrder: [Grid] {
        plan.grids.sorted { GridCodeOrder.precedes($0.code, $1.code) }
    }

    /// Zone of a grid: the zone leader's unit naming it, else the grid's area.
    func zone(of grid: Grid) -> String? {
        if let leader = staff.staff.first(where: { $0.post == .zoneLeader && $0.units.contains(grid.code) }) {
            return leader.name
        }
        return grid.area
    }
}
