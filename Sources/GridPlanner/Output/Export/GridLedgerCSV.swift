/// The grid ledger (网格台账): one row per grid in code order with its area, kind, households,
/// residents, size, centre household, staff and walking distances.
enum GridLedgerCSV {
    static let fileName = "grid-ledger.csv"

    static func text(_ staffed: StaffedPlan, labels: ExportLabels) -> String {
        let households = staffed.plan.scenario.households
        var rows = [[labels.grid, labels.area, labels.kind, labels.households, labels.residents, labels.size,
                     labels.centreHousehold, labels.centreAddress, labels.gridMember, labels.gridMemberPhone,
                     labels.gridLeader, labels.gridLeaderPhone, labels.totalDistance, labels.maxDistance]]
        for grid in staffed.gridsInCodeOrder {
            let contacts = staffed.contacts(of: grid)
            let residents = grid.households.compactMap { households[$0].residents }
            let centre = households[grid.centre]
            rows.append([grid.code, grid.area ?? "", grid.isSpecial ? labels.special : labels.regular,
                         String(grid.households.count),
                         residents.count == grid.households.count ? String(residents.reduce(0, +)) : "",
                         ValueRange.format(grid.size), centre.id, centre.address ?? "",
                         contacts.memberName ?? "", contacts.memberPhone ?? "",
                         contacts.leaderName ?? "", contacts.leaderPhone ?? "",
                         metres(grid.totalDistance), metres(grid.maxDistance)])
        }
        return csvText(rows)
    }
}

/// Metres with one decimal, as every export writes them.
func metres(_ value: Double) -> String {
    String(format: "%.1f", value)
}

import Foundation
