@testable import GridPlanner

/// Small seeded plans and rosters for structure and staffing tests, built without the
/// partitioner so that they cost nothing.
enum TestStaffing {
    /// A plan whose grids are runs of `perGrid` households in hamlet order (the test village
    /// places hamlets round-robin, so households of one hamlet are `hamlets` apart).
    static func plan(households: [Household], perGrid: Int, code: String = "T", configure: (inout Rules) -> Void = { _ in }) -> Plan {
        var rules = Rules()
        rules.gridSize = ValueRange(Double(perGrid), Double(perGrid))
        configure(&rules)
        let scenario = Scenario(name: "test", code: code, households: households, rules: rules, householdsFile: "test.csv")
        let hamlets = max(1, households.count / 60)
        let order = households.indices.sorted {
            let a = ($0 % hamlets, households[$0].location.x), b = ($1 % hamlets, households[$1].location.x)
            return a < b || (a == b && $0 < $1)
        }
        var grids: [Grid] = []
        var start = 0
        while start < order.count {
            let members = Array(order[start..<min(start + perGrid, order.count)]).sorted()
            let centre = LevelBuilder.medoid(members, households)
            let c = households[centre].location
            let distances = members.map { households[$0].location.distance(to: c) }
            grids.append(Grid(code: "", centre: centre, households: members, area: households[members[0]].area,
                              isSpecial: false, size: Double(members.count), totalDistance: distances.reduce(0, +),
                              maxDistance: distances.max() ?? 0))
            start += perGrid
        }
        var plan = Plan(scenario: scenario, grids: grids, totalDistance: grids.reduce(0) { $0 + $1.totalDistance },
                        lowerBound: 0, status: .finished, seconds: 0, kinGroupSplits: [], gridCount: grids.count)
        GridCoder.assignCodes(&plan)
        return plan
    }

    /// About two adults per household: a few party members, committee members, representatives,
    /// people of the eight posts, some medics, and some who cannot serve.
    static func roster(households: [Household], seed: UInt64, perHousehold: Int = 2, partyShare: Double = 0.08,
                       unavailableShare: Double = 0.08, medicShare: Double = 0.01) -> [Person] {
        var rng = SeededGenerator(seed: seed)
        let eight = ["保洁员", "护林员", "管水员", "社保协管员", "巡视探访员", "公共设施维护员", "特勤人员"]
        var people: [Person] = []
        for (h, household) in households.enumerated() {
            for k in 0..<perHousehold {
                let i = people.count
                var posts: [String] = []
                var party = rng.unit() < partyShare
                if i % 97 == 0 { posts.append("村委会委员") }
                if i % 131 == 0 { posts.append("党支部委员"); party = true }
                if rng.unit() < 0.03 { posts.append("村民代表") }
                var skills: [String] = []
                if rng.unit() < 0.03 { skills.append(eight[Int(rng.next() % UInt64(eight.count))]) }
                if rng.unit() < medicShare { skills.append("医生") }
                people.append(Person(
                    id: String(format: "P%05d", i + 1), name: "村民\(h)-\(k)", household: household.id,
                    home: household.location, isPartyMember: party, posts: posts, skills: skills,
                    isAvailable: rng.unit() >= unavailableShare, line: i + 2))
            }
        }
        return people
    }
}

/// Checks a plan's structure and staffing from the plan alone, independently of the builder
/// and the solver.
enum StaffingChecker {
    /// `gridCodesKept`: the grids keep codes of their own (a re-densified plan's, derived from
    /// today's grids) instead of extending their parent's.
    static func structureViolations(_ plan: Plan, rules: StructureRules, gridCodesKept: Bool = false) -> [String] {
        guard let structure = plan.structure else { return ["no structure"] }
        var problems: [String] = []
        let gridLevel = structure.gridLevel
        if structure.units[0].count != 1 { problems.append("\(structure.units[0].count) top units") }
        if structure.units[gridLevel].count != plan.grids.count { problems.append("grid units do not match grids") }
        for level in 1...gridLevel {
            var seen = [Int](repeating: 0, count: structure.units[level].count)
            for parent in structure.units[level - 1] { for c in parent.children { seen[c] += 1 } }
            for (u, count) in seen.enumerated() where count != 1 {
                problems.append("\(structure.levelIDs[level]) unit \(u) has \(count) parents")
            }
            for unit in structure.units[level] {
                guard let p = unit.parent else { problems.append("\(unit.code) has no parent"); continue }
                let parent = structure.units[level - 1][p]
                if !parent.children.contains(where: { structure.units[level][$0].code == unit.code }) {
                    problems.append("\(unit.code) is not among its parent's children")
                }
                if !(gridCodesKept && level == gridLevel), !unit.code.hasPrefix(parent.code) {
                    problems.append("\(unit.code) does not extend \(parent.code)")
                }
            }
        }
        for (k, level) in rules.levels.enumerated() {
            let units = structure.units[k + 1]
            if let count = level.count, units.count != count { problems.append("\(units.count) \(level.id) units, not \(count)") }
            for unit in units {
                let regular = unit.children.filter { !structure.units[k + 2][$0].isSpecial }.count
                if let range = level.children, !range.contains(regular) {
                    problems.append("\(unit.code) holds \(regular) children, outside \(range)")
                }
                if level.withinArea {
                    let areas = Set(unit.children.map { structure.units[k + 2][$0].area ?? "" })
                    if areas.count > 1 { problems.append("\(unit.code) crosses areas \(areas.sorted())") }
                }
            }
        }
        if Set(plan.grids.map(\.code)) != Set(structure.units[gridLevel].map(\.code)) { problems.append("grid codes differ") }
        return problems
    }

    static func staffingViolations(_ plan: Plan) -> [String] {
        guard let structure = plan.structure, let staffing = plan.staffing else { return ["no staffing"] }
        let rules = staffing.rules, people = staffing.people
        let households = plan.scenario.households
        let out = Set(staffing.unavailable)
        var problems: [String] = []
        var postsOf: [Int: [Int]] = [:]
        var filled: [String: Int] = [:]
        for a in staffing.assignments {
            let person = people[a.person], post = rules.posts[a.post]
            let unit = structure.units[a.level][a.unit]
            if structure.levelIDs[a.level] != post.level { problems.append("\(post.id) at the wrong level") }
            if !person.isAvailable || out.contains(person.id) { problems.append("\(person.id) is unavailable but serves") }
            if !post.eligible.admits(person) { problems.append("\(person.id) is not eligible for \(post.id)") }
            let distance = person.home.distance(to: households[unit.centre].location)
            if abs(distance - a.distance) > 1e-6 { problems.append("\(person.id): distance \(a.distance), not \(distance)") }
            if let limit = post.maxDistance, distance > limit + 1e-6 { problems.append("\(person.id) lives \(distance) m from \(unit.code)") }
            postsOf[a.person, default: []].append(a.post)
            filled["\(a.post)/\(a.level)/\(a.unit)", default: 0] += 1
        }
        for (person, posts) in postsOf {
            if posts.count > 1, posts.contains(where: { rules.posts[$0].exclusive }) {
                problems.append("\(people[person].id) holds an exclusive post and \(posts.count - 1) more")
            }
            if posts.count > rules.maxPostsPerPerson { problems.append("\(people[person].id) holds \(posts.count) posts") }
        }
        var missing: [String: Int] = [:]
        for s in staffing.shortfalls where s.kind == .seat { missing["\(s.rule)/\(s.level)/\(s.unit)"] = s.missing }
        for (p, post) in rules.posts.enumerated() {
            guard let level = structure.level(named: post.level) else { problems.append("no level \(post.level)"); continue }
            for (u, unit) in structure.units[level].enumerated() where !unit.isSpecial || post.onSpecialGrids {
                let key = "\(p)/\(level)/\(u)"
                if (filled[key] ?? 0) + (missing[key] ?? 0) != post.perUnit {
                    problems.append("\(unit.code) \(post.id): \(filled[key] ?? 0) filled + \(missing[key] ?? 0) missing ≠ \(post.perUnit)")
                }
            }
        }
        for (r, rule) in rules.coverage.enumerated() {
            let level = structure.level(named: rule.level)!
            for u in structure.units[level].indices {
                var matching = Set<Int>()
                for a in staffing.assignments where a.level >= level {
                    var unit = a.unit
                    for l in stride(from: a.level, to: level, by: -1) { unit = structure.units[l][unit].parent! }
                    guard unit == u else { continue }
                    if !rule.posts.isEmpty, !rule.posts.contains(rules.posts[a.post].id) { continue }
                    if rule.who.admits(people[a.person]) { matching.insert(a.person) }
                }
                let reported = staffing.shortfalls.first { $0.kind == .coverage && $0.rule == r && $0.level == level && $0.unit == u }
                if matching.count + (reported?.missing ?? 0) < rule.atLeast {
                    problems.append("\(structure.units[level][u].code) misses coverage \(r) without saying so")
                }
            }
        }
        return problems
    }
}
