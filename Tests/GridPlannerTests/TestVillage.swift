@testable import GridPlanner

/// Seeded synthetic households for tests: clusters of houses, some kin groups and areas.
enum TestVillage {
    static func households(count: Int, seed: UInt64, areas: [String] = [], kinShare: Double = 0,
                           kinds: [String: Int] = [:]) -> [Household] {
        var rng = SeededGenerator(seed: seed)
        let hamlets = max(1, count / 60)
        let centres = (0..<hamlets).map { _ in PlanePoint(x: rng.unit() * 3000, y: rng.unit() * 3000) }
        var result: [Household] = []
        var kin = 0
        for i in 0..<count {
            let hamlet = i % hamlets
            let c = centres[hamlet]
            let point = PlanePoint(x: c.x + (rng.unit() - 0.5) * 400, y: c.y + (rng.unit() - 0.5) * 400)
            var h = Household(id: String(format: "%04d", i + 1), location: point, line: i + 2)
            if !areas.isEmpty { h.area = areas[hamlet % areas.count] }
            if kinShare > 0, rng.unit() < kinShare, i + 1 < count {
                kin += 1
                h.kinGroup = "K\(kin)"
            }
            result.append(h)
        }
        // Kin groups of two or three neighbours: copy the group to the next households.
        let founders = result.indices.filter { result[$0].kinGroup != nil }
        for i in founders {
            for k in 1...2 where i + k < result.count && result[i + k].kinGroup == nil && k <= 1 + i % 2 {
                result[i + k].kinGroup = result[i].kinGroup
                result[i + k].location = PlanePoint(x: result[i].location.x + Double(k) * 8, y: result[i].location.y)
                result[i + k].area = result[i].area
            }
        }
        var next = 0
        for kind in kinds.keys.sorted() {
            for _ in 0..<kinds[kind]! where next < result.count {
                result[next].kind = kind
                result[next].kinGroup = nil
                next += 7
            }
        }
        return result
    }

    static func scenario(_ households: [Household], gridSize: ValueRange, grids: GridCount, seed: UInt64 = 1,
                         configure: (inout Rules) -> Void = { _ in }) -> Scenario {
        var rules = Rules()
        rules.gridSize = gridSize
        rules.gridCount = grids
        rules.seed = seed
        configure(&rules)
        return Scenario(name: "test", code: "T", households: households, rules: rules, householdsFile: "test.csv")
    }
}

/// Checks a plan against the rules using nothing but the plan's grids and the households:
/// independent of the engine's own bookkeeping.
enum RuleChecker {
    static func violations(_ plan: Plan) -> [String] {
        let households = plan.scenario.households
        let rules = plan.scenario.rules
        var problems: [String] = []
        var seen = [Int](repeating: 0, count: households.count)
        for grid in plan.grids { for h in grid.households { seen[h] += 1 } }
        for (h, count) in seen.enumerated() where count != 1 { problems.append("household \(households[h].id) in \(count) grids") }
        let special = Set(rules.specialKinds)
        let regular = plan.grids.filter { !$0.isSpecial }
        for grid in regular {
            let size = grid.households.reduce(0.0) { total, h in
                switch rules.sizeMeasure {
                case .households: total + 1
                case .residents: total + Double(households[h].residents ?? 0)
                case .weight: total + households[h].weight
                }
            }
            if !rules.gridSize.contains(size) { problems.append("grid \(grid.code) has size \(size)") }
            if grid.households.contains(where: { special.contains(households[$0].kind) }) {
                problems.append("grid \(grid.code) mixes a special kind into a residential grid")
            }
            if !grid.households.contains(grid.centre) { problems.append("grid \(grid.code) centre outside the grid") }
            if rules.respectAreas, Set(grid.households.map { households[$0].area ?? "" }).count > 1 {
                problems.append("grid \(grid.code) crosses an area border")
            }
        }
        for grid in plan.grids where grid.isSpecial {
            if Set(grid.households.map { households[$0].kind }).count != 1 { problems.append("special grid \(grid.code) mixes kinds") }
        }
        switch rules.gridCount {
        case .exact(let n): if regular.count != n { problems.append("\(regular.count) grids, not \(n)") }
        case .range(let r): if !r.contains(regular.count) { problems.append("\(regular.count) grids outside \(r)") }
        case .derived: break
        }
        if rules.keepKinGroups {
            var gridOfKin: [String: Set<String>] = [:]
            for grid in plan.grids {
                for h in grid.households {
                    if let kin = households[h].kinGroup {
                        gridOfKin["\(kin)|\(rules.respectAreas ? households[h].area ?? "" : "")", default: []].insert(grid.code)
                    }
                }
            }
            for (kin, grids) in gridOfKin where grids.count > 1 { problems.append("kin group \(kin) in \(grids.count) grids") }
        }
        if Set(plan.grids.map(\.code)).count != plan.grids.count { problems.append("grid codes repeat") }
        if plan.lowerBound > plan.totalDistance + 1e-6 { problems.append("bound above the plan's cost") }
        return problems
    }
}
