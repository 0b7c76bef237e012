import Foundation

/// Reads the households file: CSV (UTF-8, UTF-16 or GB18030/GBK) or an Excel .xlsx sheet,
/// with headers in Chinese or English (see ``ColumnAliases``).
///
/// Positions come from `x`/`y` in metres when the file has them, otherwise from longitude and
/// latitude in `crs`, converted to WGS84 and projected with a ``LocalProjection`` centred on the
/// households' centroid (`LocalProjection(centredOn: households.compactMap(\.geo))` rebuilds it).
public enum HouseholdTable {
    /// - Parameters:
    ///   - url: the file; `.xlsx` is read as a workbook, anything else as delimited text.
    ///   - displayName: how messages name the file (its last path component by default).
    ///   - sheet: the workbook sheet to read (the first by default); ignored for text files.
    ///   - crs: the datum of longitude/latitude columns.
    public static func read(
        url: URL, displayName: String? = nil, sheet: String? = nil, crs: CoordinateSystem = .wgs84
    ) throws(InputError) -> [Household] {
        let file = displayName ?? url.lastPathComponent
        let table = try loadTable(url: url, file: file, sheet: sheet)
        return try households(from: table, crs: crs)
    }

    static func loadTable(url: URL, file: String, sheet: String?) throws(InputError) -> CSVTable {
        switch url.pathExtension.lowercased() {
        case "xlsx", "xlsm":
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw InputError(file: file, "the file does not exist")
            }
            return try XLSXReader.read(url: url, file: file, sheet: sheet)
        case "xls":
            throw InputError(file: file, "old Excel .xls workbooks cannot be read; save the sheet as .xlsx or CSV")
        default:
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                let exists = FileManager.default.fileExists(atPath: url.path)
                throw InputError(file: file, exists ? "cannot read the file" : "the file does not exist")
            }
            // The extension decides, but a workbook saved under a text name deserves a clear word.
            if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                throw InputError(file: file, "this is an Excel workbook, not a text file; name it .xlsx")
            }
            if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
                throw InputError(file: file, "this is an old Excel .xls workbook; save the sheet as .xlsx or CSV")
            }
            let decoded = try TextDecoding.decode(data, file: file)
            Log.planner.debug("\(file): read as \(decoded.encoding)")
            return try CSVTable(parsingCSV: decoded.text, file: file)
        }
    }

    /// Turns the rows of a table into households, checking every value.
    static func households(from written: CSVTable, crs: CoordinateSystem) throws(InputError) -> [Household] {
        let table = skippingTitleRows(written)
        let file = table.file
        let layout = try HouseholdColumnLayout(header: table.header, file: file, headerLine: table.headerLine)
        let source = try coordinateSource(of: table, layout: layout)
        guard !table.records.isEmpty else {
            throw InputError(file: file, line: table.headerLine, "the file has a header but no households")
        }

        var households: [Household] = []
        households.reserveCapacity(table.records.count)
        var firstLineOfID: [String: Int] = [:]
        for record in table.records {
            let row = HouseholdRow(record: record, layout: layout, file: file)
            guard let id = row.text(.id) else {
                throw InputError(file: file, line: record.line, field: layout.name(of: .id), "empty id")
            }
            if let first = firstLineOfID[id] {
                throw InputError(
                    file: file, line: record.line, field: layout.name(of: .id),
                    "duplicate id \(HouseholdRow.shown(id)) (first on line \(first))")
            }
            firstLineOfID[id] = record.line

            var location = PlanePoint(x: 0, y: 0)
            if source == .plane {
                location = PlanePoint(x: try row.requiredNumber(.x), y: try row.requiredNumber(.y))
            }
            let geo = try row.geoPoint(required: source == .geographic).map(crs.convertToWGS84)
            let residents = try row.count(.residents)
            let weight = try row.nonNegativeNumber(.weight) ?? 1
            households.append(Household(
                id: id, location: location, geo: geo, name: row.text(.name), address: row.text(.address),
                residents: residents, weight: weight, kinGroup: row.text(.kinGroup), area: row.text(.area),
                kind: row.text(.kind).map(KindAliases.canonical) ?? Household.defaultKind,
                fixedGrid: row.text(.fixedGrid), line: record.line))
        }

        if source == .geographic, let projection = LocalProjection(centredOn: households.compactMap(\.geo)) {
            for index in households.indices {
                if let geo = households[index].geo { households[index].location = projection.project(geo) }
            }
        }
        return households
    }

    /// Village sheets often open with a title row or two (`大花山村户籍信息表`) above the header.
    /// When the first row names no id column but one of the next few does, that row is the header.
    static func skippingTitleRows(_ table: CSVTable) -> CSVTable {
        func namesID(_ cells: [String]) -> Bool {
            cells.contains { ColumnAliases.match($0)?.column == .id }
        }
        guard !namesID(table.header),
              let index = table.records.prefix(5).firstIndex(where: { namesID($0.fields) })
        else { return table }
        let header = table.withHeader(atRecord: index)
        Log.planner.notice("\(table.file): taking line \(header.headerLine) as the header, below a title")
        return header
    }

    enum CoordinateSource { case plane, geographic }

    /// x/y in metres when the file has both columns with any value in them; else longitude/latitude.
    static func coordinateSource(
        of table: CSVTable, layout: HouseholdColumnLayout
    ) throws(InputError) -> CoordinateSource {
        func missing(_ column: HouseholdColumn, _ alternatives: String) -> InputError {
            InputError(
                file: table.file, line: table.headerLine, field: column.rawValue,
                "no \(column.rawValue) column (\(alternatives)); found \(layout.foundColumns)")
        }
        guard layout.has(.id) else { throw missing(.id, "户号, 编号 or id") }
        let hasGeographic = layout.has(.longitude) && layout.has(.latitude)
        if let xColumn = layout.index(of: .x), let yColumn = layout.index(of: .y) {
            let planeUsed = table.records.contains {
                !$0[xColumn].trimmingWhitespace().isEmpty || !$0[yColumn].trimmingWhitespace().isEmpty
            }
            return planeUsed || !hasGeographic ? .plane : .geographic
        }
        if hasGeographic { return .geographic }
        if layout.has(.x) { throw missing(.y, "y") }
        if layout.has(.y) { throw missing(.x, "x") }
        if layout.has(.longitude) { throw missing(.latitude, "纬度, lat or latitude") }
        if layout.has(.latitude) { throw missing(.longitude, "经度, lon or longitude") }
        throw InputError(
            file: table.file, line: table.headerLine, field: "x, y / longitude, latitude",
            "no coordinate columns: need x and y (metres) or 经度 and 纬度 (degrees); found \(layout.foundColumns)")
    }
}
