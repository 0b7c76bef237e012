import Foundation

/// The datum a file's longitudes and latitudes are written in.
///
/// Maps in mainland China use offset datums: GCJ-02 (AMap/Gaode, Tencent, Google in China)
/// and BD-09 (Baidu, GCJ-02 shifted once more). GPS receivers and OpenStreetMap use WGS84.
/// Outside China GCJ-02 is WGS84 unchanged.
public enum CoordinateSystem: String, Sendable, Codable, CaseIterable {
    case wgs84, gcj02, bd09

    /// The WGS84 position of a point written in this system.
    public func convertToWGS84(_ point: GeoPoint) -> GeoPoint {
        switch self {
        case .wgs84: point
        case .gcj02: GCJ02Datum.wgs84(fromGCJ02: point)
        case .bd09: GCJ02Datum.wgs84(fromGCJ02: BD09Datum.gcj02(fromBD09: point))
        }
    }

    /// A WGS84 point written in this system (for exports to maps that expect it).
    public func convertFromWGS84(_ point: GeoPoint) -> GeoPoint {
        switch self {
        case .wgs84: point
        case .gcj02: GCJ02Datum.gcj02(fromWGS84: point)
        case .bd09: BD09Datum.bd09(fromGCJ02: GCJ02Datum.gcj02(fromWGS84: point))
        }
    }
}
