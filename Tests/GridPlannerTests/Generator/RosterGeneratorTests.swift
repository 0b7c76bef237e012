import Testing

@testable import GridPlanner

private let village = generateVillage(VillageSpec(households: 1_304, seed: 20_211_101, name: "大华山村", code: "DHS"))

@Test func rosterListsOneOrTwoAdultsOfEveryResidentialHousehold() {
    var perHousehold: [String: Int] = [:]
    for person in village.people { perHousehold[person.household ?? "", default: 0] += 1 }
    let residential = village.households.filter { $0.kind == "household" }
    #expect(residential.allSatisfy { (1...2).contains(perHousehold[$0.id] ?? 0) })
    #expect(perHousehold.count == residential.count)
    #expect(Set(village.people.map(\.id)).count == village.people.count)
    #expect(Set(village.people.map(\.phone)).count == village.people.count)
}

@Test func partyMembersAreAboutOneInTenPeople() {
    let share = Double(village.people.filter(\.isPartyMember).count) / Double(village.people.count)
    #expect(share >= 0.05 && share <= 0.15)
}

@Test func phonesLookLikeMainlandMobileNumbers() {
    #expect(
        village.people.allSatisfy { p in
            let phone = p.phone ?? ""
            return phone.count == 11 && phone.allSatisfy { $0.isNumber }
                && ["13", "15", "18"].contains(String(phone.prefix(2)))
        })
}

@Test func postsFollowTheCasesProportions() {
    func holders(_ post: String) -> Int { village.people.filter { $0.posts.contains(post) }.count }
    #expect(holders("党支部书记") == 1)
    #expect(holders("村委会委员") + holders("村委会主任") >= 5)
    #expect(holders("后勤人员") == 8)
    let groups = Set(village.households.compactMap { $0.address?.split(separator: "组").first.map(String.init) }).count
    #expect(holders("村民小组长") == groups)
    let representatives = Double(holders("村民代表")) / Double(village.people.count)
    #expect(representatives > 0.04 && representatives < 0.06)
    #expect(village.people.filter { $0.posts.contains("党支部委员") }.allSatisfy { $0.isPartyMember })
}

@Test func everyWelfarePostAndMedicalSkillIsHeldBySomeone() {
    let skills = Set(village.people.flatMap(\.skills))
    for post in RosterGenerator.welfarePosts.map(\.name) + ["医生", "卫生员"] {
        #expect(skills.contains(post), "\(post)")
    }
}

@Test func aboutOneInTwentyCannotServeButNeverTheCommittees() {
    let unavailable = village.people.filter { !$0.isAvailable }
    let share = Double(unavailable.count) / Double(village.people.count)
    #expect(share > 0.03 && share < 0.07)
    #expect(unavailable.allSatisfy { !$0.posts.contains("党支部书记") && !$0.posts.contains("村委会委员") })
}

@Test func publishedCountsOverrideTheDefaultShares() {
    let xilujiao = generateVillage(
        VillageSpec(
            households: 1_334, seed: 20_220_905, layout: .zones(6), partyMembers: 122, villagerRepresentatives: 60))
    #expect(xilujiao.people.filter(\.isPartyMember).count == 122)
    #expect(xilujiao.people.filter { $0.posts.contains("村民代表") }.count == 60)
}
