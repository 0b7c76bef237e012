import Foundation
import Testing
@testable import GridPlanner

// MARK: - Local projection

@Test func projectedDistancesOfTenKilometresMatchHaversineWithinHalfAPercent() {
    for reference in [GeoPoint(longitude: 117.1, latitude: 40.2), GeoPoint(longitude: 110.3, latitude: 20.0),
                      GeoPoint(longitude: 126.6, latitude: 45.8)] {
        let projection = LocalProjection(reference: reference)
        // Points about 10 km away in eight directions, and pairs between them.
        let points = (0..<8).map { step -> GeoPoint in
            let angle = Double(step) * .pi / 4
            return GeoPoint(longitude: reference.longitude + 0.09 * cos(angle) / cos(reference.latitude * .pi / 180),
                            latitude: reference.latitude + 0.09 * sin(angle))
        }
        for a in points {
            for b in [reference] + points where a != b {
                let expected = a.greatCircleDistance(to: b)
                let projected = projection.project(a).distance(to: projection.project(b))
                #expect(abs(projected - expected) / expected < 0.005, "\(a) to \(b): \(projected) vs \(expected)")
            }
        }
    }
}

@Test func projectionRoundTripsAndPutsTheReferenceAtTheOrigin() {
    let reference = GeoPoint(longitude: 117.1, latitude: 40.2)
    let projection = LocalProjection(reference: reference)
    #expect(projection.project(reference) == PlanePoint(x: 0, y: 0))
    let point = GeoPoint(longitude: 117.23, latitude: 40.11)
    let back = projection.unproject(projection.project(point))
    #expect(abs(back.longitude - point.longitude) < 1e-9 && abs(back.latitude - point.latitude) < 1e-9)
    // East is +x and north is +y.
    let east = projection.project(GeoPoint(longitude: 117.11, latitude: 40.2))
    let north = projection.project(GeoPoint(longitude: 117.1, latitude: 40.21))
    #expect(east.x > 800 && abs(east.y) < 1e-9)
    #expect(north.y > 1000 && abs(north.x) < 1e-9)
}

@Test func projectionCentredOnPointsUsesTheirCentroid() throws {
    let points = [GeoPoint(longitude: 117.0, latitude: 40.0), GeoPoint(longitude: 117.2, latitude: 40.4)]
    let projection = try #require(LocalProjection(centredOn: points))
    #expect(abs(projection.reference.longitude - 117.1) < 1e-12 && abs(projection.reference.latitude - 40.2) < 1e-12)
    #expect(LocalProjection(centredOn: []) == nil)
}

@Test func projectionAcrossTheAntimeridianStaysLocal() throws {
    let points = [GeoPoint(longitude: 179.99, latitude: -16.5), GeoPoint(longitude: -179.99, latitude: -16.5)]
    let projection = try #require(LocalProjection(centredOn: points))
    let metres = projection.project(points[0]).distance(to: projection.project(points[1]))
    let expected = points[0].greatCircleDistance(to: points[1])  // about 2.1 km, not 40,000
    #expect(abs(metres - expected) / expected < 0.005)
}
