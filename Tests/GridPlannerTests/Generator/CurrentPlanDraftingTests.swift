import Testing

@testable import GridPlanner

private func draftedVillage() -> GeneratedVillage {
    var village = generateVillage(VillageSpec(households: 1_304, seed: 20_211_101, name: "大华山村", code: "DHS"))
    village.draftCurrentPlan(grids: 40, sizes: 28...38, leaders: 10, absentMembers: 6, seed: 1)
    return village
}

@Test func currentPlanCoversEveryResidentialHouseholdOnceInFortyGrids() {
    let village = draftedVillage()
    let residential = village.households.filter { $0.kind == "household" }.map(\.id)
    #expect(village.currentPlan.map(\.household) == residential)
    var sizes: [String: Int] = [:]
    for row in village.currentPlan { sizes[row.grid, default: 0] += 1 }
    #expect(sizes.keys.sorted() == (1...40).map { "DHS-" + HouseholdPopulation.padded($0, width: 2) })
    #expect(sizes.values.allSatisfy { (28...38).contains($0) })
}

@Test func currentPlanHasOneMemberPerGridAndSomeOfThemCannotServe() {
    let village = draftedVillage()
    var memberOfGrid: [String: Set<String>] = [:]
    for row in village.currentPlan { memberOfGrid[row.grid, default: []].insert(row.member!) }
    #expect(memberOfGrid.values.allSatisfy { $0.count == 1 })
    let members = village.people.filter { $0.currentPost == "网格员" }
    #expect(members.count == 40)
    #expect(Set(members.map(\.currentUnit!)).count == 40)
    #expect(members.filter { !$0.isAvailable }.count == 6)
    let leaders = village.people.filter { $0.currentPost == "网格长" }
    #expect(leaders.count == 10 && leaders.allSatisfy { $0.isPartyMember })
    #expect(leaders.flatMap { $0.currentUnit!.split(separator: ";") }.count == 40)
}

@Test func currentPlanGridsAreSpatiallyCompact() {
    let village = draftedVillage()
    let location = Dictionary(uniqueKeysWithValues: village.households.map { ($0.id, $0.location) })
    var points: [String: [PlanePoint]] = [:]
    for row in village.currentPlan { points[row.grid, default: []].append(location[row.household]!) }
    for grid in points.keys.sorted() {
        let members = points[grid]!
        let cx = members.map(\.x).reduce(0, +) / Double(members.count)
        let cy = members.map(\.y).reduce(0, +) / Double(members.count)
        let reach = members.map { $0.distance(to: PlanePoint(x: cx, y: cy)) }.max()!
        #expect(reach < 600, "\(grid) reaches \(reach) m")
    }
}
