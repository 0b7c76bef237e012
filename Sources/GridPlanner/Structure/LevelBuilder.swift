import Foundation

/// Builds the nested partition above a plan's grids: grids into leader groups, groups into
/// zones, and so on up to the single top unit. Each level's units are compact (the capacitated
/// clustering engine, with grids as items of demand 1 and distances between grid centres as
/// costs), inside one area where the rules ask, or are the areas themselves.
public struct LevelBuilder: Sendable {
    public let rules: StructureRules
    /// Largest number of units clustered as one dense problem; larger sets are cut in two.
    var regionLimit = 600
    /// Codes the grids keep as they are, and that no unit of a level above may take (a
    /// re-densified plan keeps its grid codes derived from today's; nil: grids are re-coded).
    public var keptGridCodes: Set<String>?

    public init(rules: StructureRules) {
        self.rules = rules
    }

    /// Sets `plan.structure` and gives every unit, grids included, a code extending its parent's.
    public func build(_ plan: inout Plan, deadline: Deadline) throws {
        let scenario = plan.scenario
        let levelCount = rules.levels.count + 2
        var units = [[StructureUnit]](repeating: [], count: levelCount)
        let gridLevel = levelCount - 1
        units[gridLevel] = plan.grids.map {
            StructureUnit(code: $0.code, level: gridLevel, parent: nil, children: [], centre: $0.centre,
                          area: $0.area, isSpecial: $0.isSpecial)
        }
        var items = units[gridLevel].indices.filter { !units[gridLevel][$0].isSpecial }
        for k in stride(from: rules.levels.count - 1, through: 0, by: -1) {
            let level = rules.levels[k]
            let below = k + 2
            let childNoun = below == gridLevel ? "grids" : rules.levels[k + 1].name
            let groups = try group(items.map { units[below][$0] }, level: level, childNoun: childNoun,
                                   scenario: scenario, deadline: deadline)
            units[k + 1] = groups.map { members in
                let children = members.map { items[$0] }
                return StructureUnit(code: "", level: k + 1, parent: nil, children: children,
                                     centre: Self.medoid(children.map { units[below][$0].centre }, scenario.households),
                                     area: Self.commonArea(children.map { units[below][$0].area }))
            }
            for (u, unit) in units[k + 1].enumerated() { for c in unit.children { units[below][c].parent = u } }
            items = Array(units[k + 1].indices)
        }
        let topChildren = items
        let below = rules.levels.isEmpty ? gridLevel : 1
        units[0] = [StructureUnit(code: scenario.code, level: 0, parent: nil, children: topChildren,
                                  centre: Self.medoid(topChildren.map { units[below][$0].centre }, scenario.households),
                                  area: Self.commonArea(topChildren.map { units[below][$0].area }))]
        for c in topChildren { units[below][c].parent = 0 }
        attachSpecialGrids(&units, households: scenario.households)

        var structure = Structure(levelIDs: [Level.topID] + rules.levels.map(\.id) + [Level.gridID],
                                  levelNames: [rules.topName] + rules.levels.map(\.name) + ["网格"], units: units)
        try UnitCoder(rules: rules, scenario: scenario, keptGridCodes: keptGridCodes).assignCodes(&structure, grids: &plan.grids)
        plan.structure = structure
    }

    // MARK: - Grouping one level

    /// Groups `items` (units of the level below) into the units of `level`; each group lists
    /// indices into `items`.
    private func group(_ items: [StructureUnit], level: Level, childNoun: String, scenario: Scenario,
                       deadline: Deadline) throws -> [[Int]] {
        let noun = level.name == level.id ? level.id : "\(level.name) (\(level.id))"
        if level.followsArea {
            if let missing = items.firstIndex(where: { $0.area == nil }) {
                let hasAreas = scenario.households.contains { $0.area != nil }
                throw RulesError(hasAreas
                    ? "level '\(level.id)' follows area, but unit \(items[missing].code) crosses areas; set respect_areas: true and make the levels below within_area"
                    : "level '\(level.id)' follows area, but the households file has no area column")
            }
            return byArea(items).map(\.members)
        }
        let buckets = level.withinArea ? byArea(items) : [(name: nil, members: Array(items.indices))]
        let total = items.count
        guard total > 0 else { return [] }
        let bounds: ClosedRange<Int>
        if let children = level.children {
            bounds = children
        } else {
            let count = level.count!  // the reader requires children or count
            bounds = max(1, total / count - 1)...(Int((Double(total) / Double(count)).rounded(.up)) + 1)
        }
        let counts = try clusterCounts(buckets.map(\.members.count), names: buckets.map(\.name), bounds: bounds,
                                       wanted: level.count, noun: noun, childNoun: childNoun)
        var groups: [[Int]] = []
        for (b, bucket) in buckets.enumerated() {
            groups += try cluster(bucket.members, into: counts[b], bounds: bounds, items: items,
                                  households: scenario.households, seed: scenario.rules.seed &+ UInt64(b), deadline: deadline)
        }
        return groups
    }

    private func byArea(_ items: [StructureUnit]) -> [(name: String?, members: [Int])] {
        var members: [String: [Int]] = [:]
        for (i, item) in items.enumerated() { members[item.area ?? "", default: []].append(i) }
        return members.keys.sorted().map { (name: $0.isEmpty ? nil : $0, members: members[$0]!) }
    }

    /// How many units each bucket (area) gets: the exact count shared in proportion to the
    /// buckets' sizes, or each bucket's size over the middle of the bounds.
    private func clusterCounts(_ sizes: [Int], names: [String?], bounds: ClosedRange<Int>, wanted: Int?,
                               noun: String, childNoun: String) throws(RulesError) -> [Int] {
        let range = "\(bounds.lowerBound)-\(bounds.upperBound)"
        var limits: [ClosedRange<Int>] = []
        for (b, size) in sizes.enumerated() {
            let fewest = (size + bounds.upperBound - 1) / bounds.upperBound
            let most = size / bounds.lowerBound
            guard fewest <= most, most >= 1 else {
                let place = names[b].map { "area '\($0)'" } ?? "the scenario"
                throw RulesError("\(place) has \(size) \(childNoun): no \(noun) of \(range) \(childNoun) fits")
            }
            limits.append(fewest...most)
        }
        let fewest = limits.reduce(0) { $0 + $1.lowerBound }, most = limits.reduce(0) { $0 + $1.upperBound }
        let total = sizes.reduce(0, +)
        guard let wanted else {
            let middle = Double(bounds.lowerBound + bounds.upperBound) / 2
            return sizes.indices.map { min(max(Int((Double(sizes[$0]) / middle).rounded()), limits[$0].lowerBound), limits[$0].upperBound) }
        }
        if wanted < fewest || wanted > most {
            let areas = sizes.count > 1 ? " in \(sizes.count) areas" : ""
            throw RulesError("\(total) \(childNoun)\(areas) cannot form \(wanted) of \(noun) with \(range) \(childNoun) each: between \(fewest) and \(most) fit")
        }
        var counts = sizes.indices.map { min(max(Int((Double(wanted) * Double(sizes[$0]) / Double(total)).rounded()), limits[$0].lowerBound), limits[$0].upperBound) }
        while counts.reduce(0, +) > wanted {
            let b = counts.indices.filter { counts[$0] > limits[$0].lowerBound }
                .min { Double(sizes[$0]) / Double(counts[$0]) < Double(sizes[$1]) / Double(counts[$1]) }!
            counts[b] -= 1
        }
        while counts.reduce(0, +) < wanted {
            let b = counts.indices.filter { counts[$0] < limits[$0].upperBound }
                .max { Double(sizes[$0]) / Double(counts[$0]) < Double(sizes[$1]) / Double(counts[$1]) }!
            counts[b] += 1
        }
        return counts
    }

    /// Clusters `members` (indices into `items`) into `count` compact groups of `bounds` each,
    /// cutting large sets in two along their longer side first.
    private func cluster(_ members: [Int], into count: Int, bounds: ClosedRange<Int>, items: [StructureUnit],
                         households: [Household], seed: UInt64, deadline: Deadline) throws -> [[Int]] {
        let points = members.map { households[items[$0].centre].location }
        if count == 1 { return [members] }
        if count == members.count { return members.map { [$0] } }
        if members.count > regionLimit {
            let xs = points.map(\.x), ys = points.map(\.y)
            let alongX = xs.max()! - xs.min()! >= ys.max()! - ys.min()!
            let order = members.indices.sorted {
                let a = alongX ? xs[$0] : ys[$0], b = alongX ? xs[$1] : ys[$1]
                return a < b || (a == b && members[$0] < members[$1])
            }
            let left = count / 2, right = count - left
            let share = Int((Double(members.count) * Double(left) / Double(count)).rounded())
            let lowest = max(left * bounds.lowerBound, members.count - right * bounds.upperBound)
            let highest = min(left * bounds.upperBound, members.count - right * bounds.lowerBound)
            let cut = min(max(share, lowest), highest)
            return try cluster(order[..<cut].map { members[$0] }, into: left, bounds: bounds, items: items,
                               households: households, seed: seed, deadline: deadline)
                + cluster(order[cut...].map { members[$0] }, into: right, bounds: bounds, items: items,
                          households: households, seed: seed &+ 7, deadline: deadline)
        }
        let n = members.count
        var cost = [Double](repeating: 0, count: n * n)
        for i in 0..<n { for j in 0..<n { cost[i * n + j] = points[i].distance(to: points[j]) } }
        let problem = ClusteringProblem(
            demand: Array(repeating: 1, count: n), capacity: Array(repeating: Double(bounds.upperBound), count: n),
            minimumLoad: Double(bounds.lowerBound), clusterCount: count, cost: cost)
        var effort = ClusteringSolver.Effort()
        if n > 200 { effort.lagrangianIterations = 300; effort.improvementPasses = 2 }
        guard let outcome = try ClusteringSolver(problem: problem, seed: seed, effort: effort).solve(deadline: deadline) else {
            throw NoPlanFound(interrupted: deadline.wasInterrupted)
        }
        // The centre first, so that the group's centre is the medoid the engine chose.
        return outcome.clustering.members().enumerated().map { c, group in
            let centre = outcome.clustering.centres[c]
            return [members[centre]] + group.filter { $0 != centre }.map { members[$0] }
        }
    }

    // MARK: - Helpers

    /// Special grids join the lowest group nearest to them, outside its children bounds.
    private func attachSpecialGrids(_ units: inout [[StructureUnit]], households: [Household]) {
        let gridLevel = units.count - 1, parentLevel = gridLevel - 1
        for g in units[gridLevel].indices where units[gridLevel][g].isSpecial {
            let place = households[units[gridLevel][g].centre].location
            let area = units[gridLevel][g].area
            let candidates = units[parentLevel].indices.filter { area == nil || units[parentLevel][$0].area == nil || units[parentLevel][$0].area == area }
            let pool = candidates.isEmpty ? Array(units[parentLevel].indices) : candidates
            let parent = pool.min {
                let a = households[units[parentLevel][$0].centre].location.distance(to: place)
                let b = households[units[parentLevel][$1].centre].location.distance(to: place)
                return a < b || (a == b && $0 < $1)
            }!
            units[gridLevel][g].parent = parent
            units[parentLevel][parent].children.append(g)
        }
    }

    /// The household among `centres` with the least total distance to the others.
    static func medoid(_ centres: [Int], _ households: [Household]) -> Int {
        guard centres.count > 2 else { return centres.first ?? 0 }
        var best = centres[0], bestTotal = Double.infinity
        for a in centres {
            let p = households[a].location
            var total = 0.0
            for b in centres { total += p.distance(to: households[b].location) }
            if total < bestTotal - 1e-9 || (abs(total - bestTotal) <= 1e-9 && a < best) { best = a; bestTotal = total }
        }
        return best
    }

    static func commonArea(_ areas: [String?]) -> String? {
        guard let first = areas.first, let area = first, areas.allSatisfy({ $0 == area }) else { return nil }
        return area
    }
}
