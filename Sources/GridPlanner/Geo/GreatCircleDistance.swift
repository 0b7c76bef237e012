import Foundation

extension GeoPoint {
    /// The mean Earth radius of WGS84, (2a + b) / 3, in metres.
    static let meanEarthRadius = 6_371_008.8

    /// Distance in metres along a great circle of the mean-radius sphere (haversine formula).
    func greatCircleDistance(to other: GeoPoint) -> Double {
        let toRadians = Double.pi / 180
        let deltaLatitude = (other.latitude - latitude) * toRadians
        let deltaLongitude = (other.longitude - longitude) * toRadians
        let sinHalfLatitude = sin(deltaLatitude / 2), sinHalfLongitude = sin(deltaLongitude / 2)
        let a = sinHalfLatitude * sinHalfLatitude
            + cos(latitude * toRadians) * cos(other.latitude * toRadians) * sinHalfLongitude * sinHalfLongitude
        return 2 * Self.meanEarthRadius * asin(min(1, a.squareRoot()))
    }
}
