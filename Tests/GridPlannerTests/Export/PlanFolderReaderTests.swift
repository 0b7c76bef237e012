import Foundation
import Testing
@testable import GridPlanner

// MARK: - Reading plan folders back

@Test func aWrittenPlanFolderReadsBackWithTheSameGridsAndHouseholds() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("gp-read-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    var csv = "id,name,x,y\n"
    for (i, h) in TestVillage.households(count: 90, seed: 4).enumerated() {
        csv += "\(h.id),户\(i),\(h.location.x),\(h.location.y)\n"
    }
    let householdsURL = root.appendingPathComponent("households.csv")
    try Data(csv.utf8).write(to: householdsURL)
    var settings = RuleSettings()
    settings.gridSize = "12-18"
    settings.grids = "6"
    let scenario = try ScenarioLoader.quick(households: householdsURL, overrides: settings)
    let plan = try GridPartitioner(scenario: scenario).plan(deadline: .after(seconds: 60))
    let folder = root.appendingPathComponent("plan")
    try PlanFolder.write(plan, to: folder)

    let read = try PlanFolderReader.read(folder: folder)
    #expect(read.grids.map(\.code) == plan.grids.map(\.code))
    #expect(read.grids.map(\.households) == plan.grids.map(\.households))
    #expect(read.grids.map(\.centre) == plan.grids.map(\.centre))
    #expect(abs(read.totalDistance - plan.totalDistance) < 1e-6)
    #expect(read.scenario.rules.gridSize == ValueRange(12, 18))
    #expect(read.scenario.households.map(\.name) == plan.scenario.households.map(\.name))
}

@Test func aPlanNamingAnUnknownHouseholdIsRejectedWithItsField() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("gp-bad-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try Data("id,x,y\nA,0,0\nB,1,1\n".utf8).write(to: root.appendingPathComponent("households.csv"))
    let json = """
        {"scenario":{"name":"t","code":"T","households_file":"households.csv","households":2},
         "rules":{"grid_size":"1-2","size_measure":"households","grids":"1","keep_kin_groups":true,
                  "respect_areas":true,"special_kinds":[],"code_pattern":"{code}-{n:02}"},
         "status":"finished","seconds":0,"lower_bound":0,"kin_group_splits":[],
         "grids":[{"code":"T-01","centre_household":"A","area":null,"special":false,"size":2,
                   "total_distance_m":1.4,"max_distance_m":1.4,"households":["A","C"]}]}
        """
    try Data(json.utf8).write(to: root.appendingPathComponent("plan.json"))
    #expect {
        try PlanFolderReader.read(folder: root)
    } throws: { error in
        (error as? InputError)?.field == "grids[0].households" && (error as? InputError)?.message.contains("C") == true
    }
}
