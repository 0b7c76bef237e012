import Foundation
import Testing
@testable import GridPlanner

/// scenarios/minhou-town planned and staffed as `planner plan` does it, then checked from the
/// files written (staffing.csv, plan.json, assignments.csv) against the scenario's own
/// households.csv and people.csv, and against Minhou's published practice rather than the posts
/// of scenario.yaml: nothing here reads the staffing programme's data structures.

private let minhouFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("scenarios/minhou-town")

/// Who may lead what, as Minhou's team structure table has it, and how far from the unit's centre
/// the scenario lets them live.
private struct Practice {
    var level: String
    var offices: Set<String>
    var partyMembersToo: Bool
    var maxDistance: Double

    func admits(_ person: [String: String]) -> Bool {
        (partyMembersToo && person["party_member"] == "是")
            || !offices.isDisjoint(with: (person["posts"] ?? "").split(separator: ";").map(String.init))
    }
}

private let practice: [String: Practice] = [
    "district_leader": Practice(level: "district", offices: ["党支部书记"], partyMembersToo: false, maxDistance: 1_000),
    "section_leader": Practice(
        level: "section", offices: ["村委会主任", "村委会委员", "居委会主任", "居委会委员", "党支部委员", "乡镇干部"],
        partyMembersToo: false, maxDistance: 1_500),
    "team_leader": Practice(
        level: "grid", offices: ["村民小组长", "居民小组长", "村民代表", "居民代表", "公职人员"], partyMembersToo: true,
        maxDistance: 300),
]

/// The rows of a CSV the planner or the generator wrote (no quoted fields), keyed by header.
private func rows(_ url: URL) throws -> [[String: String]] {
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
        $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    let header = lines[0]
    return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
}

@Test func everyMinhouTownPostIsFilledByAnEligibleAvailablePersonLivingInTheUnitLed() throws {
    let scenario = try ScenarioLoader.load(folder: minhouFolder)
    var plan = try GridPartitioner(scenario: scenario).plan(deadline: .after(seconds: 300))
    let structure = try ScenarioStructure.load(folder: minhouFolder, scenario: scenario)
    try structure.apply(to: &plan, deadline: .after(seconds: 60))
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("gridplanner-minhou-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: out) }
    try PlanFolder.write(plan, to: out)

    // The scenario's own files.
    let people = Dictionary(uniqueKeysWithValues: try rows(minhouFolder.appendingPathComponent("people.csv")).map { ($0["id"]!, $0) })
    let households = Dictionary(
        uniqueKeysWithValues: try rows(minhouFolder.appendingPathComponent("households.csv")).map { ($0["id"]!, $0) })
    func place(_ household: String) -> PlanePoint {
        PlanePoint(x: Double(households[household]!["x"]!)!, y: Double(households[household]!["y"]!)!)
    }

    // Units from what the run wrote: districts and sections from plan.json, teams from assignments.csv.
    struct Unit { var centre: String; var area: String }
    var units: [String: [String: Unit]] = ["district": [:], "section": [:], "grid": [:]]
    let json = try #require(
        try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("plan.json"))) as? [String: Any])
    let written = try #require((json["structure"] as? [String: Any])?["units"] as? [[String: Any]])
    for unit in written {
        guard let level = unit["level"] as? String, level != "top" else { continue }
        units[level]?[unit["code"] as! String] = Unit(centre: unit["centre_household"] as! String, area: unit["area"] as! String)
    }
    for row in try rows(out.appendingPathComponent("assignments.csv")) {
        units["grid"]![row["grid"]!] = Unit(centre: row["centre_household"]!, area: households[row["household_id"]!]!["area"]!)
    }
    #expect(units["district"]!.count == 8)
    #expect((20...50).contains(units["section"]!.count))
    #expect(units["grid"]!.count == 200)

    // Every post exclusive: one post per person.
    let rules = try #require(structure.settings.staffing)
    #expect(rules.posts.map(\.id).sorted() == practice.keys.sorted())
    #expect(rules.posts.allSatisfy { $0.exclusive })

    let staffing = try rows(out.appendingPathComponent("staffing.csv"))
    var led = Set<String>()
    var serving = Set<String>()
    for row in staffing {
        let post = row["post"]!, code = row["unit"]!
        #expect(row["status"] == "filled", "\(post) at \(code) is \(row["status"]!)")
        let rule = try #require(practice[post], "unknown post \(post)")
        let unit = try #require(units[rule.level]![code], "\(post) serves \(code), which is no \(rule.level) of the plan")
        #expect(led.insert(post + "/" + code).inserted, "\(code) has two \(post)s")
        let id = row["person_id"]!
        let person = try #require(people[id], "\(id) is not in people.csv")
        #expect(serving.insert(id).inserted, "\(id) holds two posts")
        #expect(person["available"] == "是", "\(id) cannot serve but leads \(code)")
        #expect(rule.admits(person), "\(id) (\(person["posts"]!)) may not be \(post)")
        let home = households[person["household"]!]!
        let distance = place(person["household"]!).distance(to: place(unit.centre))
        #expect(abs(distance - Double(row["distance_m"]!)!) < 0.06, "\(id): \(row["distance_m"]!) m, not \(distance)")
        #expect(distance <= rule.maxDistance, "\(id) lives \(distance) m from \(code)")
        #expect(home["area"] == unit.area, "\(id) of \(home["area"]!) leads \(code) in \(unit.area)")
    }
    for (post, rule) in practice {
        #expect(staffing.filter { $0["post"] == post }.count == units[rule.level]!.count, "\(post)")
    }

    // Some cannot serve; everyone else who serves nowhere is the reserve pool.
    let available = people.values.filter { $0["available"] == "是" }.count
    #expect(people.count - available > 100)
    let summary = try #require(json["staffing"] as? [String: Any])
    #expect(summary["complete"] as? Bool == true)
    #expect(summary["reserve_pool_size"] as? Int == available - serving.count)
}
