import Testing
@testable import GridPlanner

/// A village of 20 grids in 6 leader groups under a chief, with the Dahuashan emergency posts.
private func staffedVillage(seed: UInt64 = 3, medicShare: Double = 0.01, configure: (inout StaffingRules) -> Void = { _ in }) throws -> (Plan, StaffingRules) {
    let households = TestVillage.households(count: 300, seed: seed)
    var plan = TestStaffing.plan(households: households, perGrid: 15, code: "DHS")
    try LevelBuilder(rules: StructureRules(levels: [Level(id: "leader_group", children: 3...4, count: 6)]))
        .build(&plan, deadline: .never)
    var rules = StaffingRules(posts: [
        PostRule(id: "chief", name: "总网格长", level: "top", eligible: Eligibility([.init(partyMember: true, anyPost: ["党支部委员"])])),
        PostRule(id: "grid_leader", name: "分网格长", level: "leader_group", eligible: Eligibility([.init(partyMember: true)])),
        PostRule(id: "grid_member", name: "网格员", level: "grid",
                 prefer: Eligibility([.init(anySkill: ["保洁员", "护林员", "管水员"])]), maxDistance: 600),
    ])
    configure(&rules)
    let people = TestStaffing.roster(households: households, seed: seed, medicShare: medicShare)
    plan.staffing = try StaffAssigner(rules: rules, people: people, peopleFile: "people.csv").staff(plan, deadline: .never)
    return (plan, rules)
}

// MARK: - Eligibility, one post per person, coverage

@Test func everyPostIsFilledByAnEligibleAvailablePersonHoldingNoOtherPost() throws {
    let (plan, _) = try staffedVillage()
    let staffing = try #require(plan.staffing)
    #expect(StaffingChecker.staffingViolations(plan) == [])
    #expect(staffing.isComplete)
    #expect(staffing.assignments.count == 1 + 6 + 20)
    #expect(Set(staffing.assignments.map(\.person)).count == staffing.assignments.count)
    #expect(staffing.status == .optimal)
}

@Test func aCoverageRulePutsAMedicAmongTheStaffOfEveryLeaderGroup() throws {
    let (plan, _) = try staffedVillage(seed: 4, medicShare: 0.06) {
        $0.coverage = [CoverageRule(level: "leader_group", who: Eligibility([.init(anySkill: ["医生"])]), posts: ["grid_member"])]
    }
    #expect(StaffingChecker.staffingViolations(plan) == [])
    #expect(plan.staffing?.shortfalls.map(\.message) == [])
}

@Test func aSharedPostLetsOnePersonHoldTwoPosts() throws {
    let households = TestVillage.households(count: 60, seed: 2)
    var plan = TestStaffing.plan(households: households, perGrid: 30)
    try LevelBuilder(rules: StructureRules()).build(&plan, deadline: .never)
    let people = (0..<2).map { i in
        Person(id: "M\(i)", name: "医生\(i)", home: households[i * 30].location, skills: ["医生"])
    }
    let medic = Eligibility([.init(anySkill: ["医生"])])
    var rules = StaffingRules(posts: [
        PostRule(id: "medic", level: "grid", eligible: medic, exclusive: false),
        PostRule(id: "adviser", level: "top", eligible: medic, exclusive: false),
    ])
    rules.maxPostsPerPerson = 2
    plan.staffing = try StaffAssigner(rules: rules, people: people, peopleFile: "p.csv").staff(plan, deadline: .never)
    #expect(StaffingChecker.staffingViolations(plan) == [])
    #expect(plan.staffing?.isComplete == true)
}

// MARK: - Shortfalls and the reserve pool

@Test func postsNobodyCanFillAreExplainedAndTheReservePoolOffersTheNearestEligibleFirst() throws {
    let (plan, _) = try staffedVillage(seed: 6) {
        $0.posts[1].maxDistance = 1
        $0.posts.append(PostRule(id: "secretary", level: "top", eligible: Eligibility([.init(anyPost: ["党总支书记"])])))
    }
    let staffing = try #require(plan.staffing)
    #expect(StaffingChecker.staffingViolations(plan) == [])
    #expect(!staffing.isComplete)
    let secretary = try #require(staffing.shortfalls.first { staffing.rules.posts[$0.rule].id == "secretary" })
    #expect(secretary.message == "总网格 DHS needs 1 secretary (secretary) who is holding 党总支书记: nobody in people.csv is holding 党总支书记")
    let leader = try #require(staffing.shortfalls.first { staffing.rules.posts[$0.rule].id == "grid_leader" })
    #expect(leader.message.contains("needs 1 分网格长 (grid_leader) who is a party member: nobody eligible is available within 1 m (the nearest, "))
    let serving = Set(staffing.assignments.map(\.person))
    let centre = plan.scenario.households[plan.structure!.units[leader.level][leader.unit].centre].location
    #expect(!leader.proposals.isEmpty)
    for proposal in leader.proposals {
        let person = staffing.people[proposal.person]
        #expect(person.isAvailable && !serving.contains(proposal.person))
        #expect(proposal.isEligible == person.isPartyMember)
        #expect(abs(person.home.distance(to: centre) - proposal.distance) < 1e-6)
    }
    #expect(leader.proposals.map(\.distance) == leader.proposals.map(\.distance).sorted())
    let nearestEligible = staffing.people.indices
        .filter { staffing.people[$0].isAvailable && staffing.people[$0].isPartyMember && !serving.contains($0) }
        .min { staffing.people[$0].home.distance(to: centre) < staffing.people[$1].home.distance(to: centre) }
    #expect(leader.proposals.first?.person == nearestEligible)
    #expect(staffing.reservePool.allSatisfy { staffing.people[$0].isAvailable && !serving.contains($0) })
}

// MARK: - Re-staffing

@Test func reStaffingWhenThreePeopleDropOutMovesOnlyThemAndTheirReplacements() throws {
    let (plan, rules) = try staffedVillage(seed: 7)
    let before = try #require(plan.staffing)
    let structure = try #require(plan.structure)
    let current = before.assignments.map {
        CurrentPost(personID: before.people[$0.person].id, post: rules.posts[$0.post].id, unit: structure.units[$0.level][$0.unit].code)
    }
    let leaving = [before.assignments[1], before.assignments[5], before.assignments[12]].map { before.people[$0.person].id }
    var assigner = StaffAssigner(rules: rules, people: before.people, peopleFile: "people.csv")
    assigner.current = current
    assigner.unavailable = leaving
    assigner.mode = .restaff
    var again = plan
    again.staffing = try assigner.staff(plan, deadline: .never)
    let after = try #require(again.staffing)
    #expect(StaffingChecker.staffingViolations(again) == [])
    #expect(after.isComplete)
    #expect(after.changedPeople == 6)
    let kept = Set(current.filter { !leaving.contains($0.personID) })
    let now = Set(after.assignments.map {
        CurrentPost(personID: after.people[$0.person].id, post: rules.posts[$0.post].id, unit: structure.units[$0.level][$0.unit].code)
    })
    #expect(kept.isSubset(of: now))
    #expect(now.allSatisfy { !leaving.contains($0.personID) })
}

@Test func anUnknownIDAmongTheUnavailableIsBadInput() throws {
    let (plan, rules) = try staffedVillage(seed: 8)
    var assigner = StaffAssigner(rules: rules, people: plan.staffing!.people, peopleFile: "people.csv")
    assigner.unavailable = ["P99999"]
    #expect(throws: InputError(file: "people.csv", field: "--unavailable", "no person with id 'P99999'")) {
        try assigner.staff(plan, deadline: .never)
    }
}
