import Foundation

/// Turns local metres (x east, y north) around a centre into WGS84 degrees; exact enough over
/// a village or a county (the error is far below the spacing of houses).
struct EquirectangularOffset {
    static let metresPerDegreeOfLatitude = 6_378_137.0 * Double.pi / 180

    let centre: GeoPoint
    private let metresPerDegreeOfLongitude: Double

    init(centre: GeoPoint) {
        self.centre = centre
        metresPerDegreeOfLongitude = Self.metresPerDegreeOfLatitude * cos(centre.latitude * Double.pi / 180)
    }

    func geo(_ point: PlanePoint) -> GeoPoint {
        GeoPoint(
            longitude: centre.longitude + point.x / metresPerDegreeOfLongitude,
            latitude: centre.latitude + point.y / Self.metresPerDegreeOfLatitude
        )
    }
}
