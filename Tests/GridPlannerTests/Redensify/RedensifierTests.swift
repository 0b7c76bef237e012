import Foundation
import Testing
@testable import GridPlanner

// MARK: - Re-densify

private func todaysPlan(_ households: [Household]) throws -> Plan {
    let scenario = TestVillage.scenario(households, gridSize: ValueRange(24, 36), grids: .exact(8))
    return try GridPartitioner(scenario: scenario).plan(deadline: .after(seconds: 60))
}

@Test func splittingEightGridsOfThirtyIntoSixteenNestsEveryGridAndKeepsMembers() throws {
    let households = TestVillage.households(count: 240, seed: 31)
    let today = try todaysPlan(households)
    var members: [String: String] = [:]
    for grid in today.grids { members[grid.code] = "员" + grid.code }
    let current = CurrentPlan(gridOf: PlanDisruption.gridCodes(of: today), memberOf: members, leaders: 2)
    var redensifier = Redensifier(scenario: TestVillage.scenario(households, gridSize: ValueRange(12, 18), grids: .exact(16)),
                                  current: current)
    redensifier.disruptionCost = 500
    redensifier.leaders = 4
    let result = try redensifier.run(deadline: { .after(seconds: 60) })
    #expect(RuleChecker.violations(result.plan) == [])
    #expect(result.report.nested_share == 1)
    #expect(result.report.households_moved == 0)
    #expect(result.report.members_kept == 8 && result.report.members_needed == 8)
    #expect(result.report.leaders_needed == 2)
    #expect(result.report.total_distance_m >= result.report.total_distance_from_scratch_m * (1 - 1e-9)
            || result.report.distance_cost < 0.001)
    // Every new grid's code is derived from the old grid it came from.
    for grid in result.plan.grids {
        let parent = try #require(PlanDisruption(oldGridOf: current.gridOf, plan: result.plan).parentOfGrid[grid.code])
        #expect(grid.code.hasPrefix(parent + "-"))
    }
    // Households of the grid that kept its member see no member change.
    #expect(result.report.households_member_changed == result.changes.filter { $0.oldMember != $0.newMember }.count)
    #expect(result.changes.count == households.count)  // every code changed: all are notified
}

@Test func keptGridsStayExactlyAsTheyAreAndCountTowardsTheTotal() throws {
    let households = TestVillage.households(count: 240, seed: 32)
    let today = try todaysPlan(households)
    let keptCode = today.grids[2].code
    var redensifier = Redensifier(scenario: TestVillage.scenario(households, gridSize: ValueRange(12, 36), grids: .exact(14)),
                                  current: CurrentPlan(gridOf: PlanDisruption.gridCodes(of: today)))
    redensifier.keep = [keptCode]
    let result = try redensifier.run(deadline: { .after(seconds: 60) })
    let kept = try #require(result.plan.grids.first { $0.code == keptCode })
    #expect(kept.households == today.grids[2].households)
    #expect(result.plan.grids.count == 14)
    #expect(Set(result.plan.grids.map(\.code)).count == 14)
}

@Test func aPinnedHouseholdStaysWithAGridOfItsOldGrid() throws {
    var households = TestVillage.households(count: 240, seed: 33)
    let today = try todaysPlan(households)
    let gridOf = PlanDisruption.gridCodes(of: today)
    // Pin a household to a neighbouring old grid it is not in today.
    let h = today.grids[0].households[0]
    let other = today.grids.min { a, b in
        let pa = households[a.centre].location.distance(to: households[h].location)
        let pb = households[b.centre].location.distance(to: households[h].location)
        return (a.code == today.grids[0].code ? .infinity : pa) < (b.code == today.grids[0].code ? .infinity : pb)
    }!
    households[h].fixedGrid = other.code
    let redensifier = Redensifier(scenario: TestVillage.scenario(households, gridSize: ValueRange(12, 18), grids: .exact(16)),
                                  current: CurrentPlan(gridOf: gridOf))
    let result = try redensifier.run(deadline: { .after(seconds: 60) })
    #expect(result.report.pinned_households_off_their_grid.isEmpty)
}

@Test func aGivenFromScratchPlanIsComparedWithAndOneOfOtherRulesIsRefused() throws {
    let households = TestVillage.households(count: 240, seed: 35)
    let today = try todaysPlan(households)
    let rules = TestVillage.scenario(households, gridSize: ValueRange(12, 18), grids: .exact(16))
    let scratch = try GridPartitioner(scenario: rules).plan(deadline: .after(seconds: 60))
    var redensifier = Redensifier(scenario: rules, current: CurrentPlan(gridOf: PlanDisruption.gridCodes(of: today)))
    redensifier.fromScratch = scratch
    let result = try redensifier.run(deadline: { .after(seconds: 60) })
    #expect(result.report.total_distance_from_scratch_m == scratch.totalDistance)
    #expect(RuleChecker.violations(result.plan) == [])

    redensifier.fromScratch = today  // 8 grids of 24-36: not a plan for the new rules
    #expect { try redensifier.run(deadline: { .after(seconds: 60) }) } throws: {
        ($0 as? InputError)?.field == "--scratch" && "\($0)".contains("8 grids")
    }
}

@Test func keepingAGridTodaysPlanDoesNotHaveIsAnErrorNamingTheFlag() throws {
    let households = TestVillage.households(count: 120, seed: 34)
    let redensifier = { () -> Redensifier in
        var r = Redensifier(scenario: TestVillage.scenario(households, gridSize: ValueRange(12, 18), grids: .exact(8)),
                            current: CurrentPlan(gridOf: Dictionary(uniqueKeysWithValues: households.map { ($0.id, "A") })))
        r.keep = ["ZZ"]
        return r
    }()
    #expect { try redensifier.run(deadline: { .after(seconds: 60) }) } throws: { ($0 as? InputError)?.field == "--keep" }
}

@Test func todaysPlanReadsFromACSVWithMembersAndRejectsAHouseholdInTwoGrids() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gp-cur-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let good = folder.appendingPathComponent("good.csv")
    try Data("household_id,grid,member\n0001,07,王五\n0002,07,王五\n0003,08,\n".utf8).write(to: good)
    let plan = try CurrentPlan.read(csv: good)
    #expect(plan.gridOf == ["0001": "07", "0002": "07", "0003": "08"])
    #expect(plan.memberOf == ["07": "王五"])
    let bad = folder.appendingPathComponent("bad.csv")
    try Data("户号,网格\n0001,07\n0001,08\n".utf8).write(to: bad)
    #expect { try CurrentPlan.read(csv: bad) } throws: { ($0 as? InputError)?.line == 3 }
}

/// Dahuashan 40 → 74 with its levels, posts and people: the new plan is grouped and staffed in
/// full, the grids keep the codes derived from today's, the leader groups take codes no grid has,
/// and the notices name the members the staffing chose.
@Test func redensifyingDahuashanGroupsAndStaffsTheNewGridsAndKeepsTheirDerivedCodes() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scenarios/dahuashan")
    var scenario = try ScenarioLoader.load(folder: folder)
    scenario.rules.gridCount = .exact(74)
    scenario.rules.gridSize = ValueRange(12, 18)
    let current = try CurrentPlan.read(csv: folder.appendingPathComponent("current-plan.csv"))
    var redensifier = Redensifier(scenario: scenario, current: current)
    redensifier.structure = try ScenarioStructure.load(folder: folder, scenario: scenario)
    let levels = try #require(redensifier.structure?.settings.structure)

    let result = try redensifier.run(deadline: { .after(seconds: 120) })

    let plan = result.plan
    #expect(RuleChecker.violations(plan) == [])
    #expect(StaffingChecker.structureViolations(plan, rules: levels, gridCodesKept: true) == [])
    #expect(StaffingChecker.staffingViolations(plan) == [])
    #expect(plan.staffing?.isComplete == true)
    let parents = PlanDisruption(oldGridOf: current.gridOf, plan: plan).parentOfGrid
    for grid in plan.grids {
        let parent = try #require(parents[grid.code])
        #expect(grid.code == parent || grid.code.hasPrefix(parent + "-"))
    }
    let structure = try #require(plan.structure)
    let gridCodes = Set(plan.grids.map(\.code)).union(current.gridOf.values)
    for level in 1..<structure.gridLevel {
        for unit in structure.units[level] { #expect(!gridCodes.contains(unit.code)) }
    }
    #expect(Redensifier.gridMembers(plan) == result.memberOf)
    for change in result.changes { #expect(change.newMember == result.memberOf[change.newGrid] ?? "") }
    let today = Set(current.memberOf.values)
    #expect(result.report.members_kept == result.memberOf.values.filter(today.contains).count)
    #expect(result.report.members_kept + result.report.members_needed == 74)
}
