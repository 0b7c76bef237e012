/// The current-plan file: `household_id,grid,member`.
enum CurrentPlanCSV {
    static func bytes(_ rows: [CurrentPlanRow]) -> [UInt8] {
        var csv = CSVTextBuilder(reservingCapacity: rows.count * 24 + 40)
        csv.appendRow(["household_id", "grid", "member"])
        for row in rows { csv.appendRow([row.household, row.grid, row.member ?? ""]) }
        return csv.bytes
    }
}
