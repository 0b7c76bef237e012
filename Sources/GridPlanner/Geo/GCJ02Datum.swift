import Foundation

/// GCJ-02, from the published forward transform (Krasovsky ellipsoid, polynomial and sine terms).
enum GCJ02Datum {
    static let semiMajorAxis = 6_378_245.0
    static let eccentricitySquared = 0.006_693_421_622_965_943_23

    /// The rectangle in which the offset applies; outside it GCJ-02 equals WGS84.
    static func isInChina(_ point: GeoPoint) -> Bool {
        (72.004...137.8347).contains(point.longitude) && (0.8293...55.8271).contains(point.latitude)
    }

    static func gcj02(fromWGS84 point: GeoPoint) -> GeoPoint {
        guard isInChina(point) else { return point }
        let offset = offsetDegrees(at: point)
        return GeoPoint(longitude: point.longitude + offset.longitude, latitude: point.latitude + offset.latitude)
    }

    /// Inverts the forward transform by fixed-point iteration: the offset varies so slowly that
    /// each step gains several digits; stops once the forward image is within 1e-10 degrees.
    static func wgs84(fromGCJ02 point: GeoPoint) -> GeoPoint {
        guard isInChina(point) else { return point }
        var guess = point
        for _ in 0..<30 {
            let image = gcj02(fromWGS84: guess)
            let errorLongitude = image.longitude - point.longitude
            let errorLatitude = image.latitude - point.latitude
            guess.longitude -= errorLongitude
            guess.latitude -= errorLatitude
            if abs(errorLongitude) < 1e-10, abs(errorLatitude) < 1e-10 { break }
        }
        return guess
    }

    static func offsetDegrees(at point: GeoPoint) -> GeoPoint {
        let x = point.longitude - 105, y = point.latitude - 35
        let latitude = point.latitude * .pi / 180
        let sine = sin(latitude)
        let magic = 1 - eccentricitySquared * sine * sine
        let root = magic.squareRoot()
        let northMetres = northShift(x, y), eastMetres = eastShift(x, y)
        let latitudeDegrees = northMetres * 180 / (semiMajorAxis * (1 - eccentricitySquared) / (magic * root) * .pi)
        let longitudeDegrees = eastMetres * 180 / (semiMajorAxis / root * cos(latitude) * .pi)
        return GeoPoint(longitude: longitudeDegrees, latitude: latitudeDegrees)
    }

    private static func northShift(_ x: Double, _ y: Double) -> Double {
        var shift = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * abs(x).squareRoot()
        shift += (20 * sin(6 * x * .pi) + 20 * sin(2 * x * .pi)) * 2 / 3
        shift += (20 * sin(y * .pi) + 40 * sin(y / 3 * .pi)) * 2 / 3
        shift += (160 * sin(y / 12 * .pi) + 320 * sin(y * .pi / 30)) * 2 / 3
        return shift
    }

    private static func eastShift(_ x: Double, _ y: Double) -> Double {
        var shift = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * abs(x).squareRoot()
        shift += (20 * sin(6 * x * .pi) + 20 * sin(2 * x * .pi)) * 2 / 3
        shift += (20 * sin(x * .pi) + 40 * sin(x / 3 * .pi)) * 2 / 3
        shift += (150 * sin(x / 12 * .pi) + 300 * sin(x / 30 * .pi)) * 2 / 3
        return shift
    }
}
