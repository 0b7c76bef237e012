import Foundation

extension StaffDirectory {
    /// The staffing list of a plan folder, when the plan has been staffed.
    public static let fileName = "staffing.csv"

    /// Reads `folder/staffing.csv` (columns `person_id,name,post,unit,...`; optional `phone` and
    /// `grids`), or returns ``empty`` when the file is not there.
    ///
    /// `post` is `grid_member`/网格员, `grid_leader`/网格长, `zone_leader`/分支长/片长 or
    /// `chief`/总网格长; other posts are skipped. An optional `party_member` column says who is a party member.
    /// `unit` (and `grids`, if present) name the
    /// grid codes a post covers, separated by `;`, `、` or `|`. A person whose `person_id` is a
    /// household id lives in that household.
    public static func read(folder: URL, households: [Household]) throws(InputError) -> StaffDirectory {
        let url = folder.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return .empty }
        let file = url.path
        let table = try CSVTable(parsingCSV: try TextDecoding.decode(data, file: file).text, file: file)
        let header = table.header.map { $0.trimmingWhitespace().lowercased() }
        func column(_ names: String...) -> Int? { header.firstIndex { names.contains($0) } }
        guard let postColumn = column("post", "岗位", "职务"), let nameColumn = column("name", "姓名") else {
            throw InputError(file: file, line: table.headerLine, field: "post, name",
                             "a staffing list needs post and name columns; found \(table.header.joined(separator: ", "))")
        }
        let idColumn = column("person_id", "id", "编号")
        let unitColumn = column("unit", "单位", "网格")
        let gridsColumn = column("grids")
        let phoneColumn = column("phone", "电话", "手机", "联系电话")
        let partyColumn = column("party_member", "party", "党员")
        let householdIDs = Set(households.map(\.id))
        var staff: [StaffMember] = []
        for record in table.records {
            let postText = record[postColumn].trimmingWhitespace()
            guard let post = Self.post(named: postText) else { continue }
            let name = record[nameColumn].trimmingWhitespace()
            guard !name.isEmpty else { continue }  // a post left unfilled
            let id = idColumn.map { record[$0].trimmingWhitespace() } ?? ""
            var units = unitColumn.map { Self.split(record[$0]) } ?? []
            if let gridsColumn { units += Self.split(record[gridsColumn]) }
            let phone = phoneColumn.map { record[$0].trimmingWhitespace() }
            staff.append(StaffMember(personID: id.isEmpty ? name : id, name: name,
                                     phone: phone?.isEmpty == false ? phone : nil, post: post, units: units,
                                     homeHousehold: householdIDs.contains(id) ? id : nil,
                                     isPartyMember: partyColumn.flatMap { ScenarioFile.yesNo(record[$0]) }))
        }
        return StaffDirectory(staff: staff)
    }

    static func post(named text: String) -> StaffMember.Post? {
        switch text.lowercased().replacingOccurrences(of: " ", with: "_") {
        case "grid_member", "member", "网格员", "網格員": .gridMember
        case "grid_leader", "leader", "网格长", "網格長", "分网格长", "分網格長", "网格队长": .gridLeader
        case "zone_leader", "zone", "分支长", "片长", "片長", "网格片长": .zoneLeader
        case "chief", "总网格长", "總網格長": .chief
        default: nil
        }
    }

    static func split(_ text: String) -> [String] {
        text.split(whereSeparator: { ";；、|".contains($0) }).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}
