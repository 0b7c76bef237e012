import Foundation
import Testing
@testable import GridPlanner

/// Minhou's county shape: household → team of 8-12 → section of 4-10 teams → district (the
/// village) → county, every team, section and district led by someone eligible.
@Test func aGeneratedCountyPlansIntoTeamsSectionsAndDistrictsAndStaffsThemAll() throws {
    let spec = CountySpec(households: 1_500, seed: 3)
    let county = generateCounty(spec)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("county-\(UUID())")
    defer { try? FileManager.default.removeItem(at: folder) }
    try writeScenarioFiles(households: county.households, people: county.people,
                           manifest: spec.manifest(code: "CTY"), to: folder)

    let scenario = try ScenarioLoader.load(folder: folder)
    var plan = try GridPartitioner(scenario: scenario).plan(deadline: .after(seconds: 120))
    #expect(RuleChecker.violations(plan) == [])
    #expect(plan.grids.count == 150)
    let structure = try ScenarioStructure.load(folder: folder, scenario: scenario)
    let levels = try #require(structure.settings.structure)
    try structure.apply(to: &plan, deadline: .after(seconds: 60))
    #expect(StaffingChecker.structureViolations(plan, rules: levels) == [])
    #expect(StaffingChecker.staffingViolations(plan) == [])
    #expect(plan.staffing?.isComplete == true)

    let built = try #require(plan.structure)
    let district = try #require(built.level(named: "district"))
    #expect(built.units[district].count == county.areas.count)
}
