/// One record of a households file, read value by value; every bad value becomes an
/// ``InputError`` naming the line and the column as the user wrote it.
struct HouseholdRow {
    let record: CSVTable.Record
    let layout: HouseholdColumnLayout
    let file: String

    /// The trimmed text of a column, nil when the column is absent or the cell is empty.
    func text(_ column: HouseholdColumn) -> String? {
        guard let index = layout.index(of: column) else { return nil }
        let value = record[index].trimmingWhitespace()
        return value.isEmpty ? nil : value
    }

    func error(_ column: HouseholdColumn, _ message: String) -> InputError {
        InputError(file: file, line: record.line, field: layout.name(of: column), message)
    }

    /// A finite number, nil for an empty cell.
    func number(_ column: HouseholdColumn) throws(InputError) -> Double? {
        guard let text = text(column) else { return nil }
        guard let value = Double(Self.halfWidth(text)) else {
            throw error(column, "\(Self.shown(text)) is not a number")
        }
        guard value.isFinite else { throw error(column, "\(Self.shown(text)) is not a finite number") }
        return value
    }

    func requiredNumber(_ column: HouseholdColumn) throws(InputError) -> Double {
        guard let value = try number(column) else { throw error(column, "missing value") }
        return value
    }

    func nonNegativeNumber(_ column: HouseholdColumn) throws(InputError) -> Double? {
        guard let value = try number(column) else { return nil }
        guard value >= 0 else { throw error(column, "must not be negative, but is \(text(column) ?? "")") }
        return value
    }

    /// A whole number of zero or more (`3` or `3.0`).
    func count(_ column: HouseholdColumn) throws(InputError) -> Int? {
        guard let value = try nonNegativeNumber(column) else { return nil }
        guard value == value.rounded(), value < Double(Int32.max) else {
            throw error(column, "\(Self.shown(text(column) ?? "")) is not a whole number")
        }
        return Int(value)
    }

    /// Longitude and latitude as written (not yet converted to WGS84). With `required`, both must
    /// be there; otherwise both or neither.
    func geoPoint(required: Bool) throws(InputError) -> GeoPoint? {
        guard layout.has(.longitude), layout.has(.latitude) else { return nil }
        let longitude = try number(.longitude), latitude = try number(.latitude)
        if let longitude, let latitude {
            guard (-180...180).contains(longitude) else {
                throw error(.longitude, "longitude \(text(.longitude) ?? "") is outside -180 to 180")
            }
            guard (-90...90).contains(latitude) else {
                throw error(.latitude, "latitude \(text(.latitude) ?? "") is outside -90 to 90")
            }
            return GeoPoint(longitude: longitude, latitude: latitude)
        }
        if longitude == nil, required || latitude != nil { throw error(.longitude, "missing value") }
        if latitude == nil, required || longitude != nil { throw error(.latitude, "missing value") }
        return nil
    }

    /// A value quoted for a message, cut short and kept on one line.
    static func shown(_ value: String) -> String {
        let flat = String(value.map { $0.isNewline ? " " : $0 })
        return "'" + (flat.count > 40 ? flat.prefix(40) + "…" : flat) + "'"
    }

    /// Full-width digits, point and minus (typed with a Chinese input method) as ASCII.
    static func halfWidth(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19, 0xFF0E, 0xFF0D, 0xFF0B:
                scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            default:
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
