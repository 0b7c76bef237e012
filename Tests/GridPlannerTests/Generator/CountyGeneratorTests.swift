import Testing

@testable import GridPlanner

private let county = generateCounty(CountySpec(households: 20_000, seed: 7))

@Test func countyHasExactlyTheRequestedHouseholdsWithUniqueIds() {
    #expect(county.households.count == 20_000)
    #expect(Set(county.households.map(\.id)).count == 20_000)
}

@Test func everyCountyVillageHasAtLeastFortyHouseholds() {
    var sizes: [String: Int] = [:]
    for row in county.households { sizes[row.area!, default: 0] += 1 }
    #expect(sizes.count == county.areas.count)
    #expect(Set(county.areas).count == county.areas.count)
    #expect(sizes.values.allSatisfy { $0 >= 40 })
    let villages = sizes.keys.filter { $0.hasSuffix("村") }.map { sizes[$0]! }
    #expect(villages.allSatisfy { $0 <= 1_500 })
    #expect(villages.count > 20 && villages.min()! < 200 && villages.max()! > 800)
}

@Test func countyHasTownsWithThousandsOfHouseholdsInCommunities() {
    var seats: [String: Int] = [:]
    for row in county.households where row.area!.hasSuffix("社区") {
        seats[String(row.area!.split(separator: "-")[0]), default: 0] += 1
    }
    #expect(!seats.isEmpty)
    #expect(seats.values.max()! >= 1_000)
}

@Test func countyAreasAreNamedTownshipDashPlace() {
    #expect(
        county.areas.allSatisfy { area in
            let parts = area.split(separator: "-")
            return parts.count == 2 && parts[0].hasSuffix("镇") && (parts[1].hasSuffix("村") || parts[1].hasSuffix("社区"))
        })
}

@Test func countyKinGroupsStayInOneAreaAndWithinThreeHundredMetres() {
    var groups: [String: [Household]] = [:]
    for row in county.households { if let kin = row.kinGroup { groups[kin, default: []].append(row) } }
    #expect(groups.count > 1_000)
    for key in groups.keys.sorted() {
        let members = groups[key]!
        #expect(Set(members.map(\.area!)).count == 1)
        let spread = members.flatMap { a in members.map { a.location.distance(to: $0.location) } }.max()!
        #expect(spread <= 300, "\(key) spreads \(spread) m")
    }
}

@Test func countySpansTensOfKilometresForAFullSizeCount() {
    let xs = county.households.map(\.location.x)
    let ys = county.households.map(\.location.y)
    // 20,000 households: about 10 km across; a full county of 121,650 about 50 km.
    #expect(xs.max()! - xs.min()! > 5_000 && ys.max()! - ys.min()! > 5_000)
}

@Test func sameSeedGivesByteIdenticalCountyFilesAndAnotherSeedDoesNot() {
    let a = generateCounty(CountySpec(households: 3_000, seed: 1))
    let b = generateCounty(CountySpec(households: 3_000, seed: 1))
    let c = generateCounty(CountySpec(households: 3_000, seed: 2))
    #expect(HouseholdsCSV.bytes(a.households) == HouseholdsCSV.bytes(b.households))
    #expect(HouseholdsCSV.bytes(a.households) != HouseholdsCSV.bytes(c.households))
}

@Test(arguments: [40, 41, 79, 80, 1_499, 1_501, 5_000])
func smallCountiesStillGiveEveryVillageFortyHouseholds(households: Int) {
    let small = generateCounty(CountySpec(households: households, seed: 3))
    #expect(small.households.count == households)
    var sizes: [String: Int] = [:]
    for row in small.households { sizes[row.area!, default: 0] += 1 }
    #expect(sizes.values.allSatisfy { $0 >= 40 })
}

// MARK: - The county's people

@Test func countyRosterListsOneOrTwoAdultsOfEveryHouseholdWithUniqueIdsAndPhones() {
    var perHousehold: [String: Int] = [:]
    for person in county.people { perHousehold[person.household ?? "", default: 0] += 1 }
    #expect(county.households.allSatisfy { (1...2).contains(perHousehold[$0.id] ?? 0) })
    #expect(perHousehold.count == county.households.count)
    #expect(Set(county.people.map(\.id)).count == county.people.count)
    #expect(Set(county.people.map(\.phone)).count == county.people.count)
    #expect(county.people.first?.id == "P00001")
}

@Test func everyVillageAndCommunityHasOneSecretaryAndCommitteeTitlesOfItsOwnKind() {
    let areaOf = Dictionary(uniqueKeysWithValues: county.households.map { ($0.id, $0.area!) })
    var postsByArea: [String: [String]] = [:]
    for person in county.people { postsByArea[areaOf[person.household!]!, default: []] += person.posts }
    #expect(postsByArea.count == county.areas.count)
    for (area, posts) in postsByArea {
        #expect(posts.filter { $0 == "党支部书记" }.count == 1, "\(area)")
        let members = posts.filter { $0.hasSuffix("委会委员") || $0.hasSuffix("委会主任") }
        #expect((5...8).contains(members.count), "\(area) has \(members.count) committee members")
        let own = area.hasSuffix("社区") ? "居" : "村"
        let titles = members + posts.filter { $0.hasSuffix("小组长") || $0.hasSuffix("代表") }
        #expect(titles.allSatisfy { $0.hasPrefix(own) }, "\(area): \(Set(titles).sorted())")
    }
}

@Test func eachTownshipHasACadreForEveryEightyHouseholdsAboutHalfOfThemInTheSeat() {
    let areaOf = Dictionary(uniqueKeysWithValues: county.households.map { ($0.id, $0.area!) })
    var households: [String: Int] = [:]
    for row in county.households { households[String(row.area!.split(separator: "-")[0]), default: 0] += 1 }
    var cadres: [String: [String]] = [:]
    for person in county.people where person.posts.contains("乡镇干部") {
        #expect(person.posts == ["乡镇干部"])
        let area = areaOf[person.household!]!
        cadres[String(area.split(separator: "-")[0]), default: []].append(area)
    }
    #expect(Set(cadres.keys) == Set(county.townships))
    for (town, areas) in cadres {
        #expect(areas.count == max(4, households[town]! / 80), "\(town)")
        let inSeat = areas.filter { $0.hasSuffix("社区") }.count
        #expect(inSeat == 0 || inSeat == areas.count / 2, "\(town): \(inSeat) of \(areas.count) in the seat")
    }
}

@Test func countyAdultsIncludeAboutThreeInAHundredPublicEmployeesAndOneInTwentyWhoCannotServe() {
    let adults = Double(county.people.count)
    let publicEmployees = Double(county.people.filter { $0.posts.contains("公职人员") }.count)
    #expect(publicEmployees / adults > 0.025 && publicEmployees / adults < 0.035)
    let unavailable = county.people.filter { !$0.isAvailable }
    #expect(Double(unavailable.count) / adults > 0.03 && Double(unavailable.count) / adults < 0.07)
    #expect(unavailable.allSatisfy { !$0.posts.contains("党支部书记") && !$0.posts.contains { $0.hasSuffix("委会委员") } })
    let party = Double(county.people.filter(\.isPartyMember).count)
    #expect(party / adults > 0.09 && party / adults < 0.13)
}

@Test func sameSeedGivesTheSameCountyRoster() {
    let a = generateCounty(CountySpec(households: 3_000, seed: 1))
    let b = generateCounty(CountySpec(households: 3_000, seed: 1))
    #expect(PeopleCSV.bytes(a.people) == PeopleCSV.bytes(b.people))
}
