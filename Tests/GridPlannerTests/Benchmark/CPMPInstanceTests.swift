import Foundation
import Testing
@testable import GridPlanner

private func instanceFile(_ name: String, _ text: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cpmp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
}

@Test func instancesWithCRLFTabsAndTrailingBlanksAreRead() throws {
    let url = try instanceFile("cpmp99.txt", " 4   2 \r\n 0 0 10 3 \r\n3\t4\t10\t2\t\t\r\n10 0 10 4   \r\n10 4 10 1\r\n")
    let instance = try CPMPInstance.read(url)
    #expect(instance.name == "cpmp99" && instance.medians == 2 && instance.points.count == 4)
    #expect(instance.demand == [3, 2, 4, 1])
    #expect(instance.convention == .floor)
    #expect(instance.distance(0, 1) == 5)
    #expect(instance.distance(1, 2) == 8)  // 8.06 floored
}

@Test func otherSetsUseRealDistances() throws {
    let url = try instanceFile("SJC9.txt", "2 1\n0 0 5 1\n1 1 5 1\n")
    let instance = try CPMPInstance.read(url)
    #expect(instance.convention == .real)
    #expect(abs(instance.distance(0, 1) - 2.0.squareRoot()) < 1e-12)
}

@Test func aShortOrMalformedInstanceNamesItsLine() throws {
    let short = try instanceFile("a.txt", "3 1\n0 0 5 1\n1 1 5 1\n")
    #expect(throws: InputError.self) { try CPMPInstance.read(short) }
    let bad = try instanceFile("b.txt", "2 1\n0 0 5 1\n1 x 5 1\n")
    #expect(throws: InputError(file: "b.txt", line: 3, field: "y", "'x' is not a number")) { try CPMPInstance.read(bad) }
}

@Test func aSmallInstanceIsSolvedToItsEnumeratedOptimum() throws {
    // Two tight pairs far apart: the optimum puts one median in each pair.
    let url = try instanceFile("SJC8.txt", "4 2\n0 0 2 1\n1 0 2 1\n100 0 2 1\n101 0 2 1\n")
    let instance = try CPMPInstance.read(url)
    let result = try CPMPBenchmark.solve(instance, best: nil, seed: 1, deadline: .never)
    #expect(abs(result.objective! - 2) < 1e-9)
    #expect(result.lowerBound! <= 2 + 1e-9)
    #expect(Set(result.medianOf).count == 2)
}
