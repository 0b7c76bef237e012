import Foundation

/// Maps WGS84 longitude/latitude to metres in a local plane around a reference point and back:
/// an equirectangular projection scaled by the WGS84 ellipsoid's radii of curvature at the
/// reference latitude. Within tens of kilometres of the reference its distances are off by far
/// less than 1%, which is all a village needs.
public struct LocalProjection: Sendable, Hashable {
    /// WGS84 semi-major axis, in metres.
    static let semiMajorAxis = 6_378_137.0
    /// WGS84 flattening.
    static let flattening = 1 / 298.257_223_563

    /// The point that maps to (0, 0).
    public let reference: GeoPoint
    /// Metres per radian of latitude (meridional radius of curvature) at the reference.
    let metresPerRadianNorth: Double
    /// Metres per radian of longitude (prime-vertical radius times cos latitude) at the reference.
    let metresPerRadianEast: Double

    public init(reference: GeoPoint) {
        self.reference = reference
        let eccentricitySquared = Self.flattening * (2 - Self.flattening)
        let latitude = reference.latitude * .pi / 180
        let sine = sin(latitude)
        let denominator = 1 - eccentricitySquared * sine * sine
        let primeVertical = Self.semiMajorAxis / denominator.squareRoot()
        let meridional = Self.semiMajorAxis * (1 - eccentricitySquared) / (denominator * denominator.squareRoot())
        metresPerRadianNorth = meridional
        metresPerRadianEast = primeVertical * cos(latitude)
    }

    /// A projection around the centroid of `points` (nil for no points). Longitudes are averaged
    /// as offsets from the first point, so a set that straddles ±180° still centres correctly.
    public init?(centredOn points: [GeoPoint]) {
        guard let first = points.first else { return nil }
        var longitudeOffset = 0.0, latitude = 0.0
        for point in points {
            longitudeOffset += Self.wrappedDegrees(point.longitude - first.longitude)
            latitude += point.latitude
        }
        let count = Double(points.count)
        let longitude = Self.wrappedDegrees(first.longitude + longitudeOffset / count)
        self.init(reference: GeoPoint(longitude: longitude, latitude: latitude / count))
    }

    public func project(_ point: GeoPoint) -> PlanePoint {
        let east = Self.wrappedDegrees(point.longitude - reference.longitude) * .pi / 180
        let north = (point.latitude - reference.latitude) * .pi / 180
        return PlanePoint(x: east * metresPerRadianEast, y: north * metresPerRadianNorth)
    }

    public func unproject(_ point: PlanePoint) -> GeoPoint {
        let longitude = reference.longitude + point.x / metresPerRadianEast * 180 / .pi
        let latitude = reference.latitude + point.y / metresPerRadianNorth * 180 / .pi
        return GeoPoint(longitude: Self.wrappedDegrees(longitude), latitude: latitude)
    }

    /// An angle in degrees brought into (-180, 180].
    static func wrappedDegrees(_ degrees: Double) -> Double {
        var wrapped = degrees.truncatingRemainder(dividingBy: 360)
        if wrapped > 180 { wrapped -= 360 }
        if wrapped <= -180 { wrapped += 360 }
        return wrapped
    }
}
