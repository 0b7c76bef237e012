import Foundation
import Testing
@testable import GridPlanner

/// The repository's `scenarios/` folder, found from this file's place in the tree.
private let scenariosFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("scenarios")

@Test(arguments: ["dahuashan", "dahuashan-routine", "xilujiao", "minhou-town"])
func everyBundledScenarioPlansWithinEveryHardRule(name: String) throws {
    let scenario = try ScenarioLoader.load(folder: scenariosFolder.appendingPathComponent(name))
    let plan = try GridPartitioner(scenario: scenario).plan(deadline: .after(seconds: 300))
    #expect(RuleChecker.violations(plan) == [])
    if case .exact(let n) = scenario.rules.gridCount {
        #expect(plan.grids.filter { !$0.isSpecial }.count == n)
    }
    #expect(plan.lowerBound > 0 && plan.lowerBound <= plan.totalDistance)
}
