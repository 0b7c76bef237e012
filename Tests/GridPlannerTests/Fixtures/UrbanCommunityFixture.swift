import Foundation
import Testing
@testable import GridPlanner

/// The bundled urban community (scenarios/urban-community): about 3,000 households in blocks of
/// flats, grids of 300-500 households, and per grid one leader from the community's two
/// committees, one police officer, one full-time member and three part-timers from the residents
/// ("一格一长一警一专多兼"). Generated here from a seed; the test keeps the files in step, and
/// GRIDPLANNER_RECORD=1 writes them again.
enum UrbanCommunityFixture {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scenarios/urban-community")

    struct Block {
        var number: Int
        var x: Double
        var y: Double
        var units: Int
        var floors: Int
    }

    static func files(seed: UInt64 = 2024) -> [String: String] {
        var rng = SeededGenerator(seed: seed)
        func pick(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        // Blocks of flats on a street grid of 1.2 km by 0.9 km, with gaps for roads and a park.
        var blocks: [Block] = []
        for row in 0..<6 {
            for column in 0..<8 where !(row == 2 && column == 3) {
                blocks.append(Block(number: blocks.count + 1, x: Double(column) * 150 + 40 + rng.unit() * 30,
                                    y: Double(row) * 150 + 40 + rng.unit() * 30, units: 2 + pick(2), floors: 6 + pick(6)))
            }
        }
        var households = "id,x,y,address,residents\n"
        var homes: [(id: String, x: Double, y: Double)] = []
        for block in blocks {
            for unit in 1...block.units {
                for floor in 1...block.floors where homes.count < 3000 {
                    for door in 1...3 {
                        let id = String(format: "%02d%d%02d%d", block.number, unit, floor, door)
                        let x = block.x + Double(unit - 1) * 18 + Double(door) * 4
                        let y = block.y + rng.unit() * 2
                        homes.append((id, x, y))
                        households += "\(id),\(String(format: "%.1f", x)),\(String(format: "%.1f", y)),"
                            + "\(block.number)栋\(unit)单元\(floor)0\(door),\(1 + pick(4))\n"
                    }
                }
            }
        }
        let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈")
        let given = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌辉")
        func name() -> String { String(surnames[pick(surnames.count)]) + String(given[pick(given.count)]) + (pick(2) == 0 ? String(given[pick(given.count)]) : "") }
        var people = "id,name,phone,household,party_member,posts,skills,available,x,y\n"
        var count = 0
        func add(household: String, party: Bool, posts: [String], skills: [String], available: Bool = true, at place: (Double, Double)? = nil) {
            count += 1
            let phone = "139" + String(format: "%08d", (count * 7919 + pick(1000)) % 100_000_000)
            let position = place.map { (String(format: "%.1f", $0.0), String(format: "%.1f", $0.1)) } ?? ("", "")
            people += "R\(String(format: "%04d", count)),\(name()),\(phone),\(household),\(party ? "是" : "否"),"
                + "\(posts.joined(separator: "、")),\(skills.joined(separator: "、")),\(available ? "是" : "否"),\(position.0),\(position.1)\n"
        }
        func someHome() -> String { homes[pick(homes.count)].id }
        // The two committees: the secretary and eight members.
        add(household: someHome(), party: true, posts: ["党委书记", "居委会主任"], skills: [])
        for k in 0..<8 { add(household: someHome(), party: k < 5, posts: [k < 5 ? "党委委员" : "居委会委员"], skills: []) }
        // Police officers of the community police office, who live outside: their office's position.
        for _ in 0..<5 { add(household: "", party: true, posts: [], skills: ["民警"], at: (560, 420)) }
        // Full-time grid members bought in by the district, one of them on leave.
        for k in 0..<10 { add(household: someHome(), party: pick(3) == 0, posts: [], skills: ["专职网格员"], available: k != 4) }
        // Residents: building and unit heads, owners' committee, property staff, cleaners, in-service party members.
        for _ in 0..<1100 {
            var posts: [String] = [], skills: [String] = []
            let roll = pick(100)
            if roll < 6 { posts.append("楼栋长") } else if roll < 14 { posts.append("单元长") } else if roll < 17 { posts.append("业委会成员") }
            let job = pick(100)
            if job < 4 { skills.append("物业管理") } else if job < 7 { skills.append("环卫") } else if job < 9 { skills.append("医生") }
            add(household: someHome(), party: pick(100) < 12, posts: posts, skills: skills, available: pick(100) >= 10)
        }
        return ["households.csv": households, "people.csv": people, "scenario.yaml": scenarioYAML]
    }

    static let scenarioYAML = """
        # An urban community of about 3,000 households (city standard: grids of 300-500 households,
        # one leader, one police officer, one full-time member and several part-timers per grid).
        # Generated by Tests/GridPlannerTests/Fixtures/UrbanCommunityFixture.swift.
        name: 城区示范社区
        code: CQ
        households: households.csv
        people: people.csv
        rules:
          grid_size: 300-500
          seed: 1
          time_limit: 60
        levels:
          - {id: top, name: 社区}
        posts:
          - id: chief
            name: 社区总网格长
            level: top
            eligible: {party_member: true, posts: [党委书记]}
          - id: grid_leader
            name: 网格长
            level: grid
            eligible: {posts: [党委委员, 居委会委员, 居委会主任]}
          - id: police
            name: 网格民警
            level: grid
            eligible: {skills: [民警]}
            exclusive: false
          - id: full_time
            name: 专职网格员
            level: grid
            eligible: {skills: [专职网格员]}
          - id: part_timer
            name: 兼职网格员
            level: grid
            per_unit: 3
            eligible:
              - {party_member: true}
              - {posts: [楼栋长, 单元长, 业委会成员]}
              - {skills: [物业管理, 环卫]}
            prefer: {posts: [楼栋长, 单元长]}
            max_distance: 400
        staffing:
          max_posts_per_person: 2
          coverage:
            - {level: grid, at_least: 1, who: {party_member: true}, posts: [grid_leader, full_time, part_timer]}

        """
}

@Test func theBundledUrbanCommunityMatchesItsGenerator() throws {
    let files = UrbanCommunityFixture.files()
    if ProcessInfo.processInfo.environment["GRIDPLANNER_RECORD"] == "1" {
        try FileManager.default.createDirectory(at: UrbanCommunityFixture.folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: UrbanCommunityFixture.folder.appendingPathComponent(name)) }
    }
    for name in files.keys.sorted() {
        let stored = try String(contentsOf: UrbanCommunityFixture.folder.appendingPathComponent(name), encoding: .utf8)
        #expect(stored == files[name], "\(name) differs from its generator; re-record with GRIDPLANNER_RECORD=1")
    }
    let households = files["households.csv"]!.split(separator: "\n").count - 1
    #expect((2800...3200).contains(households))
    // The README, written by hand, says what is modelled on the published practice and what invented.
    #expect(FileManager.default.fileExists(atPath: UrbanCommunityFixture.folder.appendingPathComponent("README.md").path))
}
