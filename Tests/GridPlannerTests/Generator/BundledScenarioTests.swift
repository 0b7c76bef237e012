import Foundation
import Testing

@testable import GridPlanner

/// The repository's `scenarios/` folder, found from this file's place in the tree.
private let scenariosFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("scenarios")

@Test(arguments: BundledScenario.allCases)
func committedScenarioFilesAreExactlyWhatTheGeneratorMakes(scenario: BundledScenario) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "gridplanner-bundled-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try scenario.write(to: folder)
    let committed = scenariosFolder.appendingPathComponent(scenario.folderName)
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
        let fresh = try Data(contentsOf: folder.appendingPathComponent(name))
        let kept = try Data(contentsOf: committed.appendingPathComponent(name))
        #expect(fresh == kept, "scenarios/\(scenario.folderName)/\(name) is stale: run `planner generate bundled`")
    }
    #expect(FileManager.default.fileExists(atPath: committed.appendingPathComponent("README.md").path))
}

@Test func dahuashanEmergencyScenarioCanHoldItsHouseholdsInSeventyFourGrids() {
    let village = generateVillage(BundledScenario.dahuashanVillage)
    #expect(village.households.count == 1_304)
    #expect(74 * 12 <= 1_304 && 1_304 <= 74 * 18)
    #expect(76 * 15 <= 1_304 && 1_304 <= 76 * 20)
    let residents = village.households.compactMap(\.residents).reduce(0, +)
    #expect(residents > 2_600 && residents < 2_800)  // "2,600-odd residents", 2,676 samples
}
