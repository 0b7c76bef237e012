import Testing
@testable import GridPlanner

// MARK: - Sections read

@Test func levelsPostsAndCoverageAreReadFromTheTopDown() throws {
    let settings = try StructureSettings.parse(yaml: """
        name: test
        levels:
          - {id: top, name: 总网格}
          - id: zone
            name: 片区
            count: 6
            code_pattern: "{parent}-Z{n}"
          - id: group
            children: 3-5
        posts:
          - id: chief
            name: 总网格长
            level: top
            eligible: {party_member: true, posts: [党支部书记]}
          - id: member
            level: grid
            per_unit: 2
            eligible:
              - {party_member: true}
              - {posts: 村民代表、村民小组长}
            max_distance: 500
            exclusive: false
        staffing:
          candidates_per_seat: 12
          coverage:
            - {level: zone, who: {skills: [医生]}, posts: [member]}
        """, file: "scenario.yaml")
    let structure = try #require(settings.structure)
    #expect(structure.topName == "总网格")
    #expect(structure.levels.map(\.id) == ["zone", "group"])
    #expect(structure.levels[0].count == 6 && structure.levels[0].codePattern == "{parent}-Z{n}")
    #expect(structure.levels[1].children == 3...5)
    let staffing = try #require(settings.staffing)
    #expect(staffing.posts.map(\.id) == ["chief", "member"])
    #expect(staffing.posts[1].eligible.alternatives[1].anyPost == ["村民代表", "村民小组长"])
    #expect(staffing.posts[1].perUnit == 2 && staffing.posts[1].maxDistance == 500 && !staffing.posts[1].exclusive)
    #expect(staffing.candidatesPerSeat == 12)
    #expect(staffing.coverage == [CoverageRule(level: "zone", who: Eligibility([.init(anySkill: ["医生"])]), posts: ["member"])])
}

@Test func aScenarioWithoutTheSectionsHasNoStructure() throws {
    let settings = try StructureSettings.parse(yaml: "name: x\nrules:\n  grid_size: 12-18\n", file: "s.yaml")
    #expect(settings.structure == nil && settings.staffing == nil)
}

// MARK: - Errors name the line and key

@Test func aPostAtAnUnknownLevelIsNamedWithItsLine() {
    #expect(throws: InputError(file: "s.yaml", line: 4, field: "posts[1].level", "no level 'zone'; levels are top, grid")) {
        try StructureSettings.parse(yaml: "posts:\n  - id: head\n    level: \n      zone\n", file: "s.yaml")
    }
}

@Test func aLevelWithoutChildrenOrCountIsExplained() {
    #expect(throws: InputError(file: "s.yaml", line: 2, field: "levels[1]", "level 'zone' needs children (e.g. 3-5), count, or follows: area")) {
        try StructureSettings.parse(yaml: "levels:\n  - id: zone\n", file: "s.yaml")
    }
}

@Test func anUnknownEligibilityKeyIsNamed() {
    #expect(throws: InputError(file: "s.yaml", line: 4, field: "posts[1].eligible.party", "unknown key; known keys: party_member, posts, skills")) {
        try StructureSettings.parse(yaml: "posts:\n  - id: head\n    level: top\n    eligible: {party: true}\n", file: "s.yaml")
    }
}
