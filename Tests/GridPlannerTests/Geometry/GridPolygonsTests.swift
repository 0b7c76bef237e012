import Foundation
import Testing
@testable import GridPlanner

// MARK: - Grid polygons

@Test func gridPolygonsCoverTheVillageWithoutOverlapAndHoldTheirOwnHouseholds() throws {
    let households = TestVillage.households(count: 240, seed: 21)
    let scenario = TestVillage.scenario(households, gridSize: ValueRange(12, 18), grids: .exact(16))
    let plan = try GridPartitioner(scenario: scenario).plan(deadline: .after(seconds: 60))
    let polygons = GridPolygons(plan: plan)
    #expect(polygons.shapes.count == plan.grids.count)
    for shape in polygons.shapes {
        for h in plan.grids[shape.gridIndex].households {
            #expect(GridPolygons.contains(shape, households[h].location), "household \(households[h].id) outside its grid")
        }
    }
    let shapesArea = polygons.shapes.reduce(0.0) { total, shape in
        total + shape.parts.reduce(0.0) { $0 + GridPolygons.signedArea($1.outer) + $1.holes.reduce(0.0) { $0 + GridPolygons.signedArea($1) } }
    }
    let boundArea = GridPolygons.signedArea(polygons.bound)
    #expect(abs(shapesArea - boundArea) < 1e-6 * boundArea)
    // Sampled points of the bound lie in exactly one grid.
    var rng = SeededGenerator(seed: 5)
    let xs = polygons.bound.map(\.x), ys = polygons.bound.map(\.y)
    var sampled = 0
    while sampled < 400 {
        let p = PlanePoint(x: xs.min()! + rng.unit() * (xs.max()! - xs.min()!),
                           y: ys.min()! + rng.unit() * (ys.max()! - ys.min()!))
        guard GridPolygons.contains(polygons.bound, p) else { continue }
        sampled += 1
        let holders = polygons.shapes.filter { GridPolygons.contains($0, p) }.count
        #expect(holders == 1, "point \(p) lies in \(holders) grids")
    }
}

@Test func householdsSharingOnePositionStillGetCellsOfTheirOwn() {
    let points = [PlanePoint(x: 0, y: 0), PlanePoint(x: 0, y: 0), PlanePoint(x: 50, y: 0)]
    let separated = VoronoiCells.separated(points)
    #expect(Set(separated).count == 3)
    let cells = VoronoiCells(sites: separated, bound: ConvexPolygon.bufferedHull(of: separated, margin: 50)).cells
    #expect(cells.allSatisfy { $0.vertices.count >= 3 })
}

@Test func gridCodesSortAsPeopleReadThem() {
    let codes = ["DHS-07-10", "DHS-07-2", "DHS-10", "DHS-07", "DHS-07-1"]
    #expect(codes.sorted(by: GridCodeOrder.precedes) == ["DHS-07", "DHS-07-1", "DHS-07-2", "DHS-07-10", "DHS-10"])
}
