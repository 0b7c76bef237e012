import Testing
@testable import GridPlanner

// MARK: - Shapes from the published cases

@Test func dahuashanEmergencyShapePutsSeventyFourGridsInTwentyThreeLeaderGroupsOfThreeToFive() throws {
    let households = TestVillage.households(count: 74 * 17, seed: 21)
    var plan = TestStaffing.plan(households: households, perGrid: 17, code: "DHS")
    #expect(plan.grids.count == 74)
    let rules = StructureRules(levels: [Level(id: "leader_group", name: "分网格", children: 3...5, count: 23)])
    try LevelBuilder(rules: rules).build(&plan, deadline: .never)
    #expect(StaffingChecker.structureViolations(plan, rules: rules) == [])
    let structure = try #require(plan.structure)
    #expect(structure.units[1].count == 23)
    #expect(structure.units[0][0].code == "DHS")
    #expect(structure.units[1][0].code == "DHS-01")
    #expect(structure.units[2][0].code == "DHS-01-01")
    #expect(plan.grids.map(\.code) == structure.units[2].map(\.code))
}

@Test func minhouTownShapeNestsTeamsInSectionsInsideDistrictsThatFollowTheVillages() throws {
    let households = TestVillage.households(count: 900, seed: 5, areas: ["上街", "南屿", "青口"])
    var plan = TestStaffing.plan(households: households, perGrid: 10, code: "MH")
    let rules = StructureRules(levels: [
        Level(id: "district", name: "网格区", followsArea: true, withinArea: true, codePattern: "{parent}-{n}"),
        Level(id: "section", name: "网格片", children: 5...10, withinArea: true),
    ])
    try LevelBuilder(rules: rules).build(&plan, deadline: .never)
    #expect(StaffingChecker.structureViolations(plan, rules: rules) == [])
    let structure = try #require(plan.structure)
    #expect(structure.units[1].map(\.area) == ["上街", "南屿", "青口"])
    #expect(structure.units[1].map(\.code) == ["MH-1", "MH-2", "MH-3"])
    let sizes = structure.units[2].map(\.children.count)
    #expect(sizes.allSatisfy { (5...10).contains($0) })
}

@Test func theSameInputGivesTheSameCodes() throws {
    let households = TestVillage.households(count: 400, seed: 8)
    let rules = StructureRules(levels: [Level(id: "zone", count: 4), Level(id: "group", children: 2...4)])
    var first = TestStaffing.plan(households: households, perGrid: 16)
    var second = first
    try LevelBuilder(rules: rules).build(&first, deadline: .never)
    try LevelBuilder(rules: rules).build(&second, deadline: .never)
    #expect(first.structure == second.structure)
    #expect(StaffingChecker.structureViolations(first, rules: rules) == [])
}

// MARK: - Rules no structure can meet

@Test func tooManyGroupsForTheGridsAreExplained() {
    let households = TestVillage.households(count: 200, seed: 1)
    var plan = TestStaffing.plan(households: households, perGrid: 20)
    let rules = StructureRules(levels: [Level(id: "leader_group", name: "分网格", children: 3...5, count: 4)])
    #expect(throws: RulesError("10 grids cannot form 4 of 分网格 (leader_group) with 3-5 grids each: between 2 and 3 fit")) {
        try LevelBuilder(rules: rules).build(&plan, deadline: .never)
    }
}

@Test func aLevelThatFollowsAreaNeedsAnAreaColumn() {
    let households = TestVillage.households(count: 100, seed: 1)
    var plan = TestStaffing.plan(households: households, perGrid: 10)
    let rules = StructureRules(levels: [Level(id: "district", followsArea: true, withinArea: true)])
    #expect(throws: RulesError("level 'district' follows area, but the households file has no area column")) {
        try LevelBuilder(rules: rules).build(&plan, deadline: .never)
    }
}

@Test func keptGridCodesStayAndUnitsAboveSkipThemOrSayWhichPatternNeedsANumber() throws {
    let households = TestVillage.households(count: 8 * 17, seed: 4)
    var plan = TestStaffing.plan(households: households, perGrid: 17, code: "DHS")
    let codes = plan.grids.map(\.code)
    #expect(codes == (1...8).map { "DHS-0\($0)" })
    var builder = LevelBuilder(rules: StructureRules(levels: [Level(id: "leader_group", count: 2)]))
    builder.keptGridCodes = Set(codes + ["DHS-09"])  // grids now, and one of today's
    var kept = plan
    try builder.build(&kept, deadline: .never)
    #expect(Set(kept.grids.map(\.code)) == Set(codes))
    #expect(kept.structure?.units[1].map(\.code).sorted() == ["DHS-10", "DHS-11"])

    // One group per village coded without a number cannot step past a grid's code.
    builder = LevelBuilder(rules: StructureRules(levels: [Level(id: "leader_group", count: 1, codePattern: "{parent}-01")]))
    builder.keptGridCodes = ["DHS-01"]
    #expect(throws: RulesError.self) { try builder.build(&plan, deadline: .never) }
}
