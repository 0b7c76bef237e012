import Testing

@testable import GridPlanner

private let spec = VillageSpec(households: 600, seed: 17, name: "测试村", code: "TST")

@Test func sameSeedGivesByteIdenticalVillageFiles() {
    let a = generateVillage(spec)
    let b = generateVillage(spec)
    #expect(HouseholdsCSV.bytes(a.households) == HouseholdsCSV.bytes(b.households))
    #expect(PeopleCSV.bytes(a.people) == PeopleCSV.bytes(b.people))
}

@Test func differentSeedGivesADifferentVillage() {
    var other = spec
    other.seed = 18
    #expect(
        HouseholdsCSV.bytes(generateVillage(spec).households) != HouseholdsCSV.bytes(generateVillage(other).households))
}

@Test(arguments: [1, 7, 19, 20, 37, 250, 1_304])
func villageHasExactlyTheRequestedRows(households: Int) {
    let village = generateVillage(VillageSpec(households: households, seed: 2))
    #expect(village.households.count == households)
    #expect(Set(village.households.map(\.id)).count == households)
}

@Test func villageHasShopsUnitsAndMostlyHouseholds() {
    let village = generateVillage(spec)
    let kinds = village.households.map(\.kind)
    #expect(kinds.filter { $0 == "unit" }.count == 3)  // committee office, clinic, school
    #expect(kinds.filter { $0 == "shop" }.count == 600 / 80)
    #expect(kinds.allSatisfy { ["household", "shop", "unit"].contains($0) })
    #expect(village.households.contains { $0.name == "测试村村民委员会" })
}

@Test func residentsAverageAboutTwoAndElderlyLivingAloneWeighTwo() {
    let rows = generateVillage(VillageSpec(households: 3_000, seed: 4)).households.filter { $0.kind == "household" }
    let residents = rows.map { $0.residents! }
    #expect(residents.allSatisfy { (1...6).contains($0) })
    let mean = Double(residents.reduce(0, +)) / Double(rows.count)
    #expect(mean > 1.95 && mean < 2.25)
    #expect(rows.allSatisfy { $0.weight == 1 || ($0.weight == 2 && $0.residents == 1) })
    #expect(rows.contains { $0.weight == 2 })
}

@Test func hamletsDifferInSizeAndAreTheAreas() {
    let village = generateVillage(VillageSpec(households: 1_304, seed: 20_211_101))
    var sizes: [String: Int] = [:]
    for row in village.households { sizes[row.area!, default: 0] += 1 }
    #expect(sizes.keys.sorted() == village.areas.sorted())
    #expect(village.areas.count == 5)
    #expect(sizes.values.max()! > sizes.values.min()! + 30)
}

@Test func housesStandAlongLanesTenToTwentyFiveMetresApart() {
    let rows = generateVillage(spec).households
    // Nearest neighbour of each house: never on top of another, rarely far from one.
    let nearest = rows.map { row in
        rows.lazy.filter { $0.id != row.id }.map { $0.location.distance(to: row.location) }.min()!
    }
    #expect(nearest.allSatisfy { $0 > 3 })
    #expect(nearest.filter { $0 <= 30 }.count > rows.count * 95 / 100)
}

@Test func kinGroupsCoverAboutAThirdAndStayWithinThreeHundredMetres() {
    let village = generateVillage(VillageSpec(households: 1_304, seed: 20_211_101))
    let residential = village.households.filter { $0.kind == "household" }
    var groups: [String: [Household]] = [:]
    for row in village.households { if let kin = row.kinGroup { groups[kin, default: []].append(row) } }
    let covered = Double(groups.values.map(\.count).reduce(0, +)) / Double(residential.count)
    #expect(covered > 0.2 && covered < 0.4)
    for key in groups.keys.sorted() {
        let members = groups[key]!
        #expect((2...6).contains(members.count), "\(key)")
        #expect(members.allSatisfy { $0.kind == "household" })
        #expect(Set(members.map { $0.name!.prefix(1) }).count == 1, "\(key) mixes surnames")
        let spread = members.flatMap { a in members.map { a.location.distance(to: $0.location) } }.max()!
        #expect(spread <= 300, "\(key) spreads \(spread) m")
    }
}

@Test func aFewKinGroupsSpanTwoHamletsOnlyWhenAllowed() {
    var spanning = VillageSpec(households: 1_304, seed: 20_211_101)
    func spans(_ spec: VillageSpec) -> Int {
        var areas: [String: Set<String>] = [:]
        for row in generateVillage(spec).households {
            if let kin = row.kinGroup { areas[kin, default: []].insert(row.area!) }
        }
        return areas.values.filter { $0.count > 1 }.count
    }
    #expect((1...3).contains(spans(spanning)))
    spanning.kinGroupsMayCrossHamlets = false
    #expect(spans(spanning) == 0)
}

@Test func zonesLayoutNamesSixAdjoiningZones() {
    let village = generateVillage(VillageSpec(households: 1_334, seed: 5, layout: .zones(6)))
    #expect(village.areas == ["第一片区", "第二片区", "第三片区", "第四片区", "第五片区", "第六片区"])
}

@Test func lonLatOptionPlacesRowsAroundTheCentre() {
    var geoSpec = spec
    geoSpec.centre = GeoPoint(longitude: 117.25, latitude: 40.28)
    let rows = generateVillage(geoSpec).households
    #expect(rows.allSatisfy { abs($0.geo!.longitude - 117.25) < 0.05 && abs($0.geo!.latitude - 40.28) < 0.05 })
    #expect(
        String(decoding: HouseholdsCSV.bytes(rows), as: UTF8.self).hasPrefix(
            "id,lon,lat,name,address,residents,weight,kin_group,area,kind\n"))
    #expect(String(decoding: HouseholdsCSV.bytes(generateVillage(spec).households), as: UTF8.self).hasPrefix("id,x,y,"))
}

@Test func addressesNameTheVillageTheGroupAndTheDoor() {
    let rows = generateVillage(spec).households
    #expect(rows[0].address == "测试村一组1号")
    #expect(rows.allSatisfy { $0.address!.hasPrefix("测试村") && $0.address!.hasSuffix("号") && $0.address!.contains("组") })
    #expect(Set(rows.map(\.address!)).count == rows.count)
}
