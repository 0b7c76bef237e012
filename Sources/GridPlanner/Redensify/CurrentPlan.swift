import Foundation

/// Today's grids, as the starting point of a re-densify: each household's grid code, each
/// grid's member, and how many grid leaders are in post.
public struct CurrentPlan: Sendable {
    /// Household id → grid code.
    public var gridOf: [String: String]
    /// Grid code → grid member's name, when known.
    public var memberOf: [String: String]
    public var leaders: Int

    public init(gridOf: [String: String], memberOf: [String: String] = [:], leaders: Int = 0) {
        self.gridOf = gridOf
        self.memberOf = memberOf
        self.leaders = leaders
    }

    /// From a plan folder and its `staffing.csv`, when staffed.
    public init(_ staffed: StaffedPlan) {
        gridOf = PlanDisruption.gridCodes(of: staffed.plan)
        var members: [String: String] = [:]
        for grid in staffed.plan.grids {
            if let name = staffed.contacts(of: grid).memberName { members[grid.code] = name }
        }
        memberOf = members
        leaders = staffed.staff.people(in: .gridLeader).count
    }

    /// Reads a CSV `household_id,grid[,member]` (Chinese headers 户号, 网格, 网格员 also work).
    public static func read(csv url: URL) throws(InputError) -> CurrentPlan {
        let file = url.path
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw InputError(file: file, "the file does not exist")
        }
        let table = try CSVTable(parsingCSV: try TextDecoding.decode(data, file: file).text, file: file)
        let header = table.header.map { $0.trimmingWhitespace().lowercased() }
        func column(_ names: String...) -> Int? { header.firstIndex { names.contains($0) } }
        guard let idColumn = column("household_id", "id", "户号", "戶號") else {
            throw InputError(file: file, line: table.headerLine, field: "household_id", "no household_id column")
        }
        guard let gridColumn = column("grid", "网格", "網格", "网格编码", "網格編碼") else {
            throw InputError(file: file, line: table.headerLine, field: "grid", "no grid column")
        }
        let memberColumn = column("member", "grid_member", "网格员", "網格員")
        var plan = CurrentPlan(gridOf: [:])
        for record in table.records {
            let id = record[idColumn].trimmingWhitespace(), grid = record[gridColumn].trimmingWhitespace()
            guard !id.isEmpty else { continue }
            guard !grid.isEmpty else {
                throw InputError(file: file, line: record.line, field: table.header[gridColumn], "household \(id) has no grid")
            }
            if let first = plan.gridOf[id], first != grid {
                throw InputError(file: file, line: record.line, field: table.header[idColumn],
                                 "household \(id) is listed in grids \(first) and \(grid)")
            }
            plan.gridOf[id] = grid
            if let memberColumn {
                let member = record[memberColumn].trimmingWhitespace()
                if !member.isEmpty {
                    if let known = plan.memberOf[grid], known != member {
                        throw InputError(file: file, line: record.line, field: table.header[memberColumn],
                                         "grid \(grid) has two members, \(known) and \(member)")
                    }
                    plan.memberOf[grid] = member
                }
            }
        }
        return plan
    }
}
