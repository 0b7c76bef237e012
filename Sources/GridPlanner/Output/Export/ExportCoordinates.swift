import Foundation

/// Where exported coordinates come from and how they are written.
///
/// Plans read in degrees are written as longitude/latitude (WGS84 as RFC 7946 requires, or
/// GCJ-02/BD-09 for Chinese web maps when asked): plane points are unprojected with the same
/// ``LocalProjection`` the households were read with. Plans read in metres stay in metres.
struct ExportCoordinates: Sendable {
    let projection: LocalProjection?
    let datum: CoordinateSystem

    init(plan: Plan, datum: CoordinateSystem = .wgs84) {
        projection = plan.scenario.hasGeographicCoordinates
            ? LocalProjection(centredOn: plan.scenario.households.compactMap(\.geo)) : nil
        self.datum = datum
    }

    var isGeographic: Bool { projection != nil }

    /// `[x, y]` or `[longitude, latitude]` as JSON text.
    func json(_ point: PlanePoint) -> String {
        guard let projection else { return String(format: "[%.2f,%.2f]", point.x, point.y) }
        let geo = datum.convertFromWGS84(projection.unproject(point))
        return String(format: "[%.7f,%.7f]", geo.longitude, geo.latitude)
    }
}

/// A JSON string literal.
func jsonString(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}
