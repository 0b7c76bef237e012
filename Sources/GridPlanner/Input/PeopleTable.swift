import Foundation

/// Reads the people file (`people.csv` or `.xlsx`): the roster from which chiefs, zone heads,
/// grid leaders and members are chosen. Columns as in docs/staffing.md, with Chinese aliases.
public enum PeopleTable {
    /// - Parameters:
    ///   - households: the scenario's households, to place each person at home.
    public static func read(url: URL, displayName: String? = nil, sheet: String? = nil,
                            households: [Household]) throws(InputError) -> [Person] {
        let file = displayName ?? url.lastPathComponent
        let table = try HouseholdTable.loadTable(url: url, file: file, sheet: sheet)
        return try people(from: table, households: households)
    }

    static func people(from table: CSVTable, households: [Household]) throws(InputError) -> [Person] {
        let file = table.file
        let layout = try PeopleColumnLayout(header: table.header, file: file, headerLine: table.headerLine)
        for required in [PeopleColumn.id, .name] where layout.index(of: required) == nil {
            let found = table.header.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: ", ")
            throw InputError(file: file, line: table.headerLine, field: required.rawValue,
                             "no \(required.rawValue) column (\(PeopleColumn.aliases[required]!.prefix(3).joined(separator: ", "))); found \(found)")
        }
        let hasPlace = layout.index(of: .household) != nil || (layout.index(of: .x) != nil && layout.index(of: .y) != nil)
        guard hasPlace else {
            throw InputError(file: file, line: table.headerLine, field: "household",
                             "no household column (户号) and no x/y columns: cannot tell where people live")
        }
        guard !table.records.isEmpty else {
            throw InputError(file: file, line: table.headerLine, "the file has a header but no people")
        }
        var homeOf: [String: PlanePoint] = [:]
        for household in households { homeOf[household.id] = household.location }

        var people: [Person] = []
        var firstLine: [String: Int] = [:]
        for record in table.records {
            func text(_ column: PeopleColumn) -> String? {
                guard let index = layout.index(of: column) else { return nil }
                let value = record[index].trimmingWhitespace()
                return value.isEmpty ? nil : value
            }
            func error(_ column: PeopleColumn, _ message: String) -> InputError {
                InputError(file: file, line: record.line, field: layout.name(of: column), message)
            }
            func flag(_ column: PeopleColumn, default value: Bool) throws(InputError) -> Bool {
                guard let written = text(column) else { return value }
                guard let parsed = yesNo(written, column: column) else {
                    throw error(column, "\(HouseholdRow.shown(written)) is not yes or no (是/否, 1/0, true/false, y/n)")
                }
                return parsed
            }
            guard let id = text(.id) else { throw error(.id, "empty id") }
            if let first = firstLine[id] { throw error(.id, "duplicate id \(HouseholdRow.shown(id)) (first on line \(first))") }
            firstLine[id] = record.line

            let household = text(.household)
            let home: PlanePoint
            if let household {
                guard let place = homeOf[household] else {
                    throw error(.household, "household \(HouseholdRow.shown(household)) is not in the households file")
                }
                home = place
            } else if let xText = text(.x), let yText = text(.y) {
                guard let x = Double(HouseholdRow.halfWidth(xText)), let y = Double(HouseholdRow.halfWidth(yText)),
                      x.isFinite, y.isFinite else {
                    throw error(.x, "\(HouseholdRow.shown(xText + ", " + yText)) is not a pair of numbers")
                }
                home = PlanePoint(x: x, y: y)
            } else {
                throw error(.household, "missing value: give the person's household (or x and y)")
            }
            people.append(Person(
                id: id, name: text(.name) ?? "", phone: text(.phone), household: household, home: home,
                isPartyMember: try flag(.partyMember, default: false),
                posts: text(.posts).map(splitList) ?? [], skills: text(.skills).map(splitList) ?? [],
                isAvailable: try flag(.available, default: true),
                currentPost: text(.currentPost), currentUnit: text(.currentUnit), line: record.line))
        }
        return people
    }

    /// Values of a multi-valued cell: separated by `;`, `；`, `、`, `，`, `,` or `|`; trimmed, in
    /// order, without repeats.
    static func splitList(_ text: String) -> [String] {
        var values: [String] = []
        for part in text.split(whereSeparator: { ";；、，,|".contains($0) }) {
            let value = part.trimmingWhitespace()
            if !value.isEmpty, !values.contains(value) { values.append(value) }
        }
        return values
    }

    /// Yes/no in the ways village sheets write it, including 政治面貌 for party membership and
    /// duty states for availability.
    static func yesNo(_ text: String, column: PeopleColumn) -> Bool? {
        if let value = ScenarioFile.yesNo(text) { return value }
        let t = text.trimmingWhitespace()
        switch column {
        case .partyMember:
            if ["中共党员", "中共黨員", "党员", "黨員", "预备党员", "預備黨員", "中共预备党员", "中共預備黨員"].contains(t) { return true }
            if ["群众", "群眾", "团员", "團員", "共青团员", "共青團員", "非党员", "非黨員"].contains(t) { return false }
        case .available:
            if ["在岗", "在崗", "在村", "正常", "可以", "能"].contains(t) { return true }
            if ["不在岗", "不在崗", "离岗", "離崗", "外出", "在外", "村外", "封控在外", "因病", "生病", "不能"].contains(t) { return false }
        default: break
        }
        return nil
    }
}
