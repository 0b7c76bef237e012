import Foundation
import Testing
@testable import GridPlanner

/// A small scenario folder with levels, posts and a people file that carries ID-card numbers.
private func writeScenario(in folder: InputTestFolder) throws -> URL {
    let households = TestVillage.households(count: 120, seed: 12)
    var csv = "id,x,y\n"
    for h in households { csv += "\(h.id),\(h.location.x),\(h.location.y)\n" }
    _ = try folder.write(csv, named: "households.csv")
    var people = "编号,姓名,户号,党员,职务,技能,在岗,身份证号\n"
    for person in TestStaffing.roster(households: households, seed: 12, partyShare: 0.2, unavailableShare: 0.05) {
        people += "\(person.id),\(person.name),\(person.household!),\(person.isPartyMember ? "是" : "否"),"
            + "\(person.posts.joined(separator: "、")),\(person.skills.joined(separator: "|")),\(person.isAvailable ? "是" : "否"),"
            + "11010119900101\(person.id.suffix(4))\n"
    }
    _ = try folder.write(people, named: "people.csv")
    _ = try folder.write("""
        name: 测试村
        code: TC
        rules:
          grid_size: 10-15
          grids: 10
        levels:
          - id: zone
            name: 片区
            count: 3
        posts:
          - {id: chief, name: 总网格长, level: top, eligible: {party_member: true}}
          - {id: zone_head, name: 片长, level: zone, eligible: {party_member: true}}
          - {id: grid_member, name: 网格员, level: grid, max_distance: 800}
        """, named: "scenario.yaml")
    return folder.url
}

@Test func aScenarioWithPeopleIsPlannedStaffedWrittenReadBackAndReStaffed() throws {
    let folder = try InputTestFolder()
    defer { folder.remove() }
    let scenarioURL = try writeScenario(in: folder)
    let scenario = try ScenarioLoader.load(folder: scenarioURL)
    var plan = try GridPartitioner(scenario: scenario).plan(deadline: .after(seconds: 60))
    try ScenarioStructure.load(folder: scenarioURL, scenario: scenario).apply(to: &plan, deadline: .never)
    #expect(StaffingChecker.staffingViolations(plan) == [])
    #expect(plan.staffing?.isComplete == true)
    let out = folder.url.appendingPathComponent("out")
    try PlanFolder.write(plan, to: out)

    let staffingCSV = try String(contentsOf: out.appendingPathComponent("staffing.csv"), encoding: .utf8)
    #expect(staffingCSV.hasPrefix("person_id,name,post,unit,distance_m,"))
    #expect(staffingCSV.split(separator: "\n").count == 1 + 1 + 3 + 10)
    for file in ["plan.json", "staffing.csv", "assignments.csv"] {
        let text = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
        #expect(!text.contains("1101011990"), "\(file) leaks ID-card numbers")
    }
    let gridCodes = Set(plan.grids.map(\.code))
    let units = staffingCSV.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[3]) }
    #expect(units.filter { $0.count > 5 }.allSatisfy(gridCodes.contains))

    let stored = try RestaffingInput.read(folder: out, scenarioFolder: scenarioURL)
    #expect(stored.plan.structure == plan.structure)
    #expect(stored.current.count == plan.staffing!.assignments.count)
    var again = stored.plan
    let rules = try #require(ScenarioStructure.load(folder: scenarioURL, scenario: again.scenario).settings.staffing)
    var assigner = StaffAssigner(rules: rules, people: plan.staffing!.people, peopleFile: "people.csv")
    assigner.current = stored.current
    assigner.unavailable = [stored.current[2].personID]
    assigner.mode = .restaff
    again.staffing = try assigner.staff(again, deadline: .never)
    #expect(StaffingChecker.staffingViolations(again) == [])
    #expect(again.staffing?.changedPeople == 2)
    try PlanFolder.write(again, to: out)
    #expect(PlanFolder.assignmentsCSV(again) == PlanFolder.assignmentsCSV(plan))
}
