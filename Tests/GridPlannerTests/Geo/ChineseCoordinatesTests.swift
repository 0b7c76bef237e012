import Testing
@testable import GridPlanner

// MARK: - GCJ-02 and BD-09

private func degreesApart(_ a: GeoPoint, _ b: GeoPoint) -> Double {
    max(abs(a.longitude - b.longitude), abs(a.latitude - b.latitude))
}

@Test func gcj02RoundTripReturnsTheWGS84PointWithinAMicrodegree() {
    for point in [GeoPoint(longitude: 117.1, latitude: 40.2), GeoPoint(longitude: 113.3, latitude: 23.1),
                  GeoPoint(longitude: 87.6, latitude: 43.8), GeoPoint(longitude: 121.47, latitude: 31.23)] {
        let shifted = CoordinateSystem.gcj02.convertFromWGS84(point)
        #expect(degreesApart(shifted, point) > 1e-4)  // it really moved
        #expect(degreesApart(CoordinateSystem.gcj02.convertToWGS84(shifted), point) < 1e-7)
    }
}

@Test func bd09RoundTripReturnsTheWGS84PointWithinAMicrodegree() {
    let point = GeoPoint(longitude: 117.1, latitude: 40.2)
    let baidu = CoordinateSystem.bd09.convertFromWGS84(point)
    #expect(degreesApart(CoordinateSystem.bd09.convertToWGS84(baidu), point) < 1e-6)
}

@Test func gcj02ShiftsBeijingByAFewHundredMetres() {
    let tiananmen = GeoPoint(longitude: 116.3975, latitude: 39.9087)
    let shifted = CoordinateSystem.gcj02.convertFromWGS84(tiananmen)
    let metres = tiananmen.greatCircleDistance(to: shifted)
    #expect(metres > 200 && metres < 800, "shift \(metres) m")
    // The well-known direction of the offset around Beijing: east and north.
    #expect(shifted.longitude > tiananmen.longitude && shifted.latitude > tiananmen.latitude)
}

@Test func bd09AddsAnotherShiftOfAFewHundredMetresToGCJ02() {
    let gcj = GeoPoint(longitude: 116.404, latitude: 39.915)
    let baidu = BD09Datum.bd09(fromGCJ02: gcj)
    let metres = gcj.greatCircleDistance(to: baidu)
    #expect(metres > 500 && metres < 1500, "shift \(metres) m")
    #expect(degreesApart(BD09Datum.gcj02(fromBD09: baidu), gcj) < 1e-6)
}

@Test func outsideChinaGCJ02IsWGS84() {
    let paris = GeoPoint(longitude: 2.35, latitude: 48.85)
    #expect(CoordinateSystem.gcj02.convertFromWGS84(paris) == paris)
    #expect(CoordinateSystem.gcj02.convertToWGS84(paris) == paris)
    #expect(CoordinateSystem.wgs84.convertToWGS84(paris) == paris)
}

@Test func coordinateSystemsAreNamedAsOnTheCommandLine() {
    #expect(CoordinateSystem(rawValue: "gcj02") == .gcj02)
    #expect(CoordinateSystem.allCases.map(\.rawValue) == ["wgs84", "gcj02", "bd09"])
}
