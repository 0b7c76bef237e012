import Foundation
import Testing
@testable import GridPlanner

@Test func villageSpecificationsNameTheirInstanceAndRejectBadNumbers() throws {
    let village = try #require(VillageBenchmark.Specification("village:/tmp/a:b/v300.csv:20:12:18"))
    #expect(village.path == "/tmp/a:b/v300.csv")
    #expect((village.grids, village.lower, village.upper) == (20, 12, 18))
    #expect(village.name == "v300-p20-12-18")
    #expect(VillageBenchmark.Specification("v300.csv:20:12:18") == nil)
    #expect(VillageBenchmark.Specification("village:v.csv:20:18:12") == nil)
    #expect(VillageBenchmark.Specification("village:v.csv:0:12:18") == nil)
    #expect(VillageBenchmark.Specification("village:v.csv:x:12:18") == nil)
}

@Test func aVillageBenchmarkPlansEveryHouseholdIntoGridsWithinBounds() throws {
    var rng = SeededGenerator(seed: 7)
    let points = (0..<40).map { _ in (x: Double(Int(rng.unit() * 500)), y: Double(Int(rng.unit() * 500))) }
    var text = "id,x,y\n"
    for (k, point) in points.enumerated() { text += "H\(k),\(Int(point.x)),\(Int(point.y))\n" }
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("bench-village-\(UUID()).csv")
    try Data(text.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }

    let village = try #require(VillageBenchmark.Specification("village:\(url.path):4:8:12"))
    let result = try VillageBenchmark.solve(village, seed: 1, deadline: .never)

    #expect(result.n == 40 && result.p == 4)
    let objective = try #require(result.objective), bound = try #require(result.lowerBound)
    #expect(bound <= objective + 1e-6)
    let walked = points.indices.reduce(0.0) { total, i in
        let m = points[result.medianOf[i]]
        return total + ((points[i].x - m.x) * (points[i].x - m.x) + (points[i].y - m.y) * (points[i].y - m.y)).squareRoot()
    }
    #expect(abs(walked - objective) < 1e-6 * objective)
    let medians = Set(result.medianOf)
    #expect(medians.count == 4)
    for m in medians {
        #expect(result.medianOf[m] == m)
        #expect((8...12).contains(result.medianOf.filter { $0 == m }.count))
    }
}
