import Foundation
import Testing

@testable import GridPlanner

private func temporaryFolder() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("gridplanner-gen-\(UUID().uuidString)")
}

@Test func scenarioFolderHoldsEveryFileAndNoTemporaryOnes() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var village = generateVillage(
        VillageSpec(households: 300, seed: 1, code: "T", centre: GeoPoint(longitude: 117.25, latitude: 40.28)))
    village.draftCurrentPlan(grids: 10, sizes: 25...35, leaders: 3, absentMembers: 1, seed: 1)
    try writeScenarioFiles(village, manifest: ScenarioManifest(name: "测试", code: "T"), to: folder)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(names == ["current-plan.csv", "households.csv", "people.csv", "scenario.yaml"])
    let yaml = try String(contentsOf: folder.appendingPathComponent("scenario.yaml"), encoding: .utf8)
    #expect(yaml.contains("people: people.csv\ncurrent_plan: current-plan.csv\ncrs: wgs84\n"))
    let plan = try String(contentsOf: folder.appendingPathComponent("current-plan.csv"), encoding: .utf8)
    #expect(plan.hasPrefix("household_id,grid,member\nH0001,T-"))
}

@Test func rewritingAScenarioReplacesItsFiles() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let small = generateVillage(VillageSpec(households: 50, seed: 1))
    try writeScenarioFiles(
        generateVillage(VillageSpec(households: 500, seed: 1)), manifest: ScenarioManifest(name: "a", code: "A"),
        to: folder)
    try writeScenarioFiles(small, manifest: ScenarioManifest(name: "a", code: "A"), to: folder)
    let written = try Data(contentsOf: folder.appendingPathComponent("households.csv"))
    #expect(Array(written) == HouseholdsCSV.bytes(small.households))
}

@Test func scenarioYAMLFollowsTheAgreedFormat() {
    var rules = Rules()
    rules.gridSize = ValueRange(12, 18)
    rules.gridCount = .exact(74)
    rules.respectAreas = false
    rules.specialKinds = ["unit"]
    let manifest = ScenarioManifest(
        name: "大华山村（疫情应急加密）", code: "DHS", peopleFile: "people.csv", crs: "wgs84", rules: rules,
        comments: ["made by a test"])
    #expect(
        manifest.yamlText() == """
            # made by a test
            name: 大华山村（疫情应急加密）
            code: DHS
            households: households.csv
            people: people.csv
            crs: wgs84
            rules:
              grid_size: 12-18
              size_measure: households
              grids: 74
              keep_kin_groups: true
              respect_areas: false
              special_kinds: [unit]
              seed: 1
              time_limit: 60

            """)
}

@Test func gridRangesAndDerivedCountsAreWrittenAsTheFormatSays() {
    var rules = Rules()
    rules.gridCount = .range(70...80)
    #expect(ScenarioManifest(name: "x", code: "X", rules: rules).yamlText().contains("  grids: 70-80\n"))
    rules.gridCount = .derived
    #expect(!ScenarioManifest(name: "x", code: "X", rules: rules).yamlText().contains("grids:"))
}
