import Foundation
import Testing
@testable import GridPlanner

// MARK: - Hard rules

@Test func planOfAVillageMeetsEveryHardRule() throws {
    let households = TestVillage.households(count: 240, seed: 7, kinShare: 0.1)
    let scenario = TestVillage.scenario(households, gridSize: ValueRange(12, 18), grids: .exact(16))
    let plan = try GridPartitioner(scenario: scenario).plan(deadline: .after(seconds: 60))
    #expect(RuleChecker.violations(plan) == [])
    #expect(plan.grids.count == 16)
    #expect(plan.lowerBound > 0)
    #expect(plan.gap < 0.10)
}

@Test func gridsStayInsideTheirAreasAndKinGroupsSplitOnlyAtAreaBorders() throws {
    var households = TestVillage.households(count: 300, seed: 3, areas: ["东", "西", "南"], kinShare: 0.1)
    households[0].kinGroup = "跨区"
    households[1].kinGroup = "跨区"
    households[1].area = households[0].area == "东" ? "西" : "东"
    let scenario = TestVillage.scenario(households, gridSize: ValueRange(10, 20), grids: .derived)
    let plan = try GridPartitioner(scenario: scenario).plan(deadline: .after(seconds: 60))
    #expect(RuleChecker.violations(plan) == [])
    #expect(plan.kinGroupSplits.map(\.kinGroup) == ["跨区"])
}

@Test func specialKindsFormTheirOwnGridsOutsideTheCount() throws {
    let households = TestVillage.households(count: 200, seed: 5, kinds: ["market": 3, "unit": 2])
    let scenario = TestVillage.scenario(households, gridSize: ValueRange(12, 18), grids: .exact(12)) {
        $0.specialKinds = ["market", "unit"]
    }
    let plan = try GridPartitioner(scenario: scenario).plan(deadline: .after(seconds: 60))
    #expect(RuleChecker.violations(plan) == [])
    #expect(plan.grids.filter(\.isSpecial).count == 2)
    #expect(plan.grids.filter { !$0.isSpecial }.count == 12)
}

@Test func residentsAsSizeMeasureBoundsTheSumOfResidents() throws {
    var households = TestVillage.households(count: 150, seed: 11)
    var rng = SeededGenerator(seed: 2)
    for i in households.indices { households[i].residents = 1 + Int(rng.next() % 4) }
    let scenario = TestVillage.scenario(households, gridSize: ValueRange(30, 45), grids: .derived) {
        $0.sizeMeasure = .residents
    }
    let plan = try GridPartitioner(scenario: scenario).plan(deadline: .after(seconds: 60))
    #expect(RuleChecker.violations(plan) == [])
}

// MARK: - Determinism

@Test func sameInputRulesAndSeedGiveTheSameAssignmentsByteForByte() throws {
    let households = TestVillage.households(count: 180, seed: 9, kinShare: 0.05)
    let scenario = TestVillage.scenario(households, gridSize: ValueRange(12, 18), grids: .exact(12), seed: 4)
    let first = try GridPartitioner(scenario: scenario).plan(deadline: .after(seconds: 60))
    let second = try GridPartitioner(scenario: scenario).plan(deadline: .after(seconds: 60))
    #expect(PlanFolder.assignmentsCSV(first) == PlanFolder.assignmentsCSV(second))
}

// MARK: - Rules no plan can meet

@Test func tooFewGridsForTheHouseholdsAreExplainedInTheUsersTerms() {
    let households = TestVillage.households(count: 1304, seed: 1)
    let scenario = TestVillage.scenario(households, gridSize: ValueRange(12, 17), grids: .exact(74))
    #expect(throws: RulesError("1,304 households do not fit in 74 grids of at most 17 (they hold 1,258)")) {
        try GridPartitioner(scenario: scenario).plan(deadline: .never)
    }
}

@Test func anAreaTooSmallForAnyGridIsNamed() {
    var households = TestVillage.households(count: 67, seed: 1, areas: ["大"])
    for i in 60..<67 { households[i].area = "东沟" }
    let scenario = TestVillage.scenario(households, gridSize: ValueRange(12, 18), grids: .derived)
    #expect(throws: RulesError("area '东沟' has 7 households: no grid of 12-18 fits")) {
        try GridPartitioner(scenario: scenario).plan(deadline: .never)
    }
}

@Test func tooManyGridsToFillAreExplained() {
    let households = TestVillage.households(count: 100, seed: 1)
    let scenario = TestVillage.scenario(households, gridSize: ValueRange(12, 18), grids: .exact(10))
    #expect(throws: RulesError("100 households cannot fill 10 grids of at least 12 (that needs 120); at most 8 grids fit")) {
        try GridPartitioner(scenario: scenario).plan(deadline: .never)
    }
}

@Test func aKinGroupLargerThanAGridIsRejected() {
    var households = TestVillage.households(count: 60, seed: 1)
    for i in 0..<20 { households[i].kinGroup = "王" }
    let scenario = TestVillage.scenario(households, gridSize: ValueRange(12, 18), grids: .derived)
    #expect(throws: RulesError.self) { try GridPartitioner(scenario: scenario).plan(deadline: .never) }
}

// MARK: - Codes

@Test func gridCodesFollowThePatternWithZeroPadding() {
    #expect(GridCoder.format("{code}-{n:02}", code: "DHS", number: 7, area: nil) == "DHS-07")
    #expect(GridCoder.format("{code}-{area}-{n:03}", code: "XLJ", number: 12, area: "一片") == "XLJ-一片-012")
    #expect(GridCoder.format("{n}", code: "X", number: 5, area: nil) == "5")
}
