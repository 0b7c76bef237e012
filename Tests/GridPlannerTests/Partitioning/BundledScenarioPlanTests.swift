import Foundation
import Testing
@testable import GridPlanner

/// The repository's `scenarios/` folder, found from this file's place in the tree.
private let scenariosFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("scenarios")

@Test(arguments: ["dahuashan", "dahuashan-routine", "xilujiao", "minhou-town"])
func everyBundledScenarioPlansWithinEveryHardRuleAndStaffsEveryPost(name: String) throws {
    let folder = scenariosFolder.appendingPathComponent(name)
    let scenario = try ScenarioLoader.load(folder: folder)
    var plan = try GridPartitioner(scenario: scenario).plan(deadline: .after(seconds: 300))
    #expect(RuleChecker.violations(plan) == [])
    if case .exact(let n) = scenario.rules.gridCount {
        #expect(plan.grids.filter { !$0.isSpecial }.count == n)
    }
    #expect(plan.lowerBound > 0 && plan.lowerBound <= plan.totalDistance)

    // Every bundled scenario has levels, posts and people: each is grouped and fully staffed.
    let structure = try ScenarioStructure.load(folder: folder, scenario: scenario)
    let levels = try #require(structure.settings.structure)
    #expect(structure.people != nil)
    try structure.apply(to: &plan, deadline: .after(seconds: 60))
    #expect(StaffingChecker.structureViolations(plan, rules: levels) == [])
    #expect(StaffingChecker.staffingViolations(plan) == [])
    #expect(plan.staffing?.isComplete == true)
    #expect(plan.staffing?.shortfalls.map(\.message) == [])
}
