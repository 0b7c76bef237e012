/// The per-household list for Excel: each household with its grid code, grid member and
/// phone, and grid leader. Households in file order. Residents' own phones and ID numbers are
/// never part of it (the planner does not read them).
enum HouseholdListCSV {
    static let fileName = "households-by-grid.csv"

    static func text(_ staffed: StaffedPlan, labels: ExportLabels) -> String {
        let plan = staffed.plan
        let gridOf = plan.gridOfHousehold()
        var rows = [[labels.householdID, labels.householdName, labels.address, labels.area, labels.grid,
                     labels.gridMember, labels.gridMemberPhone, labels.gridLeader, labels.gridLeaderPhone]]
        for (h, household) in plan.scenario.households.enumerated() {
            let grid = plan.grids[gridOf[h]]
            let contacts = staffed.contacts(of: grid)
            rows.append([household.id, household.name ?? "", household.address ?? "", household.area ?? "", grid.code,
                         contacts.memberName ?? "", contacts.memberPhone ?? "",
                         contacts.leaderName ?? "", contacts.leaderPhone ?? ""])
        }
        return csvText(rows)
    }
}

/// Rows as CSV text, fields quoted where needed, one line each.
func csvText(_ rows: [[String]]) -> String {
    rows.map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
}
