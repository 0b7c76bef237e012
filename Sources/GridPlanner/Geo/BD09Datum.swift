import Foundation

/// BD-09 from GCJ-02 and back, by Baidu's published rotation-and-scale formula.
enum BD09Datum {
    static let factor = Double.pi * 3000 / 180

    static func gcj02(fromBD09 point: GeoPoint) -> GeoPoint {
        let x = point.longitude - 0.0065, y = point.latitude - 0.006
        let radius = (x * x + y * y).squareRoot() - 0.000_02 * sin(y * factor)
        let angle = atan2(y, x) - 0.000_003 * cos(x * factor)
        return GeoPoint(longitude: radius * cos(angle), latitude: radius * sin(angle))
    }

    static func bd09(fromGCJ02 point: GeoPoint) -> GeoPoint {
        let x = point.longitude, y = point.latitude
        let radius = (x * x + y * y).squareRoot() + 0.000_02 * sin(y * factor)
        let angle = atan2(y, x) + 0.000_003 * cos(x * factor)
        return GeoPoint(longitude: radius * cos(angle) + 0.0065, latitude: radius * sin(angle) + 0.006)
    }
}
