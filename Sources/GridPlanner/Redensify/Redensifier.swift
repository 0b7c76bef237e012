import Foundation

/// Builds a denser (or sparser) plan from today's with as little change as the new rules
/// allow: the engine's cost of serving a household from a centre gets a disruption cost μ
/// (metres) when the centre lies in another of today's grids, so new grids prefer to lie
/// inside one old grid, and give up nesting only where it buys more than μ per household in
/// walking distance. The plan is compared with one made from scratch for the same rules.
///
/// `keep` grids stay as they are (their households are not re-planned and count towards the
/// grid count); a household with `fixed_grid` is pinned to a new grid centred in that old grid.
public struct Redensifier: Sendable {
    public var scenario: Scenario
    public var current: CurrentPlan
    public var keep: [String] = []
    /// Disruption cost in metres per household; default the median walk of the from-scratch plan.
    public var disruptionCost: Double?
    /// Grid leaders the new plan needs (for the count of leaders newly needed).
    public var leaders: Int?
    public var codes = DerivedGridCodes()
    /// A plan made from scratch for the same households and rules (by `planner plan`), to
    /// compare with and take the default disruption cost from; planned here when nil.
    public var fromScratch: Plan?
    /// The scenario's levels, posts and people: the new plan is grouped and staffed like a
    /// plan from scratch, with today's members kept in post where the IP finds that cheap.
    public var structure: ScenarioStructure?

    public init(scenario: Scenario, current: CurrentPlan) {
        self.scenario = scenario
        self.current = current
    }

    public struct Result: Sendable {
        public var plan: Plan
        public var scratch: Plan
        public var report: RedensifyReport
        /// New grid code → its member: kept in post, or newly staffed when the plan is staffed.
        public var memberOf: [String: String]
        public var changes: [HouseholdChange]
    }

    public func run(deadline: @escaping @Sendable () -> Deadline,
                    progress: @escaping @Sendable (String) -> Void = { _ in }) throws -> Result {
        let households = scenario.households
        let oldGrid = households.map { current.gridOf[$0.id] }
        try checkInputs(oldGrid: oldGrid)
        let total: Int
        switch scenario.rules.gridCount {
        case .exact(let n): total = n
        default: throw InputError(field: "--grids", "re-densifying needs an exact grid count, e.g. --grids 74")
        }
        let kept = Set(keep)
        let keptIndices = households.indices.filter { oldGrid[$0].map(kept.contains) ?? false }
        let replanned = households.indices.filter { !(oldGrid[$0].map(kept.contains) ?? false) }
        guard total > keep.count else {
            throw RulesError("--grids \(total) leaves no grid to re-plan beside the \(keep.count) kept")
        }

        let scratch: Plan
        if let fromScratch {
            try checkFromScratch(fromScratch, gridCount: total)
            scratch = fromScratch
        } else {
            progress("planning from scratch for comparison")
            scratch = try GridPartitioner(scenario: scenario).plan(deadline: deadline())
        }
        let mu = disruptionCost ?? Self.medianWalk(scratch)

        var sub = scenario
        sub.households = replanned.map { households[$0] }
        sub.rules.gridCount = .exact(total - keep.count)
        let subOld = replanned.map { oldGrid[$0] }
        let subHouseholds = sub.households
        var partitioner = GridPartitioner(scenario: sub)
        partitioner.needsBound = !keep.isEmpty
        partitioner.extraCost = { h, c in
            var cost = 0.0
            if subOld[h] != subOld[c] { cost += mu }
            if let pin = subHouseholds[h].fixedGrid, subOld[c] != pin { cost += 50 * mu + 10_000 }
            return cost
        }
        progress("re-densifying with a disruption cost of \(Int(mu)) m per household")
        let planned = try partitioner.plan(deadline: deadline())

        var grids: [Grid] = planned.grids.map { grid in
            var g = grid
            g.households = grid.households.map { replanned[$0] }.sorted()
            g.centre = replanned[grid.centre]
            return g
        }
        let replannedCount = grids.count
        for code in keep { grids.append(Self.keptGrid(code: code, members: keptIndices.filter { oldGrid[$0] == code }, scenario: scenario)) }
        var plan = Plan(scenario: scenario, grids: grids, totalDistance: grids.filter { !$0.isSpecial }.reduce(0) { $0 + $1.totalDistance },
                        lowerBound: min(scratch.lowerBound, planned.lowerBound + grids[replannedCount...].reduce(0) { $0 + $1.totalDistance }),
                        status: planned.status, seconds: scratch.seconds + planned.seconds,
                        kinGroupSplits: planned.kinGroupSplits, gridCount: grids.filter { !$0.isSpecial }.count)
        if keep.isEmpty { plan.lowerBound = scratch.lowerBound }

        let parents = PlanDisruption(oldGridOf: current.gridOf, plan: plan).parentOfGrid
        var parentOf: [Int: String] = [:]
        for g in 0..<replannedCount { parentOf[g] = parents[plan.grids[g].code] }
        codes.assign(&plan, indices: Array(0..<replannedCount), parentOf: parentOf, taken: kept)
        plan.grids.sort { GridCodeOrder.precedes($0.code, $1.code) }

        var memberOf = inheritMembers(plan)
        if let structure {
            var unitNow: [String: String] = [:]
            for code in memberOf.keys.sorted(by: GridCodeOrder.precedes) where unitNow[memberOf[code]!] == nil {
                unitNow[memberOf[code]!] = code
            }
            // Grids keep their derived codes; groups above take codes no grid has today or now.
            let codes = Set(plan.grids.map(\.code)).union(current.gridOf.values)
            try structure.apply(to: &plan, deadline: deadline(), keptGridCodes: codes, unitNow: unitNow)
            memberOf = Self.gridMembers(plan) ?? memberOf
        }
        let changes = HouseholdChange.list(current: current, plan: plan, memberOf: memberOf)
        let report = RedensifyReport(plan: plan, scratch: scratch, current: current, memberOf: memberOf, changes: changes,
                                     disruptionCost: mu, leadersNeeded: leaders.map { max(0, $0 - current.leaders) })
        return Result(plan: plan, scratch: scratch, report: report, memberOf: memberOf, changes: changes)
    }

    /// Each grid's member in a staffed plan (grid code → person id), nil when not staffed.
    static func gridMembers(_ plan: Plan) -> [String: String]? {
        guard let staffing = plan.staffing, let structure = plan.structure else { return nil }
        var members: [String: String] = [:]
        for a in staffing.assignments where a.level == structure.gridLevel
            && staffing.rules.posts[a.post].id == StaffMember.Post.gridMember.rawValue {
            let code = structure.units[a.level][a.unit].code
            if members[code] == nil { members[code] = staffing.people[a.person].id }
        }
        return members
    }

    /// A given from-scratch plan must cover the same households with the grid count and sizes
    /// of the new rules, or the comparison would mislead.
    private func checkFromScratch(_ plan: Plan, gridCount: Int) throws(InputError) {
        let ids = Set(scenario.households.map(\.id))
        if Set(plan.scenario.households.map(\.id)) != ids {
            throw InputError(field: "--scratch", "the from-scratch plan covers other households than today's plan")
        }
        let grids = plan.grids.filter { !$0.isSpecial }
        if grids.count != gridCount {
            throw InputError(field: "--scratch", "the from-scratch plan has \(grids.count) grids; the new rules ask for \(gridCount)")
        }
        let bounds = scenario.rules.gridSize
        if let grid = grids.first(where: { $0.size < bounds.lower - 1e-9 || $0.size > bounds.upper + 1e-9 }) {
            throw InputError(field: "--scratch", "the from-scratch plan's grid \(grid.code) has size \(Int(grid.size)); the new rules say \(Int(bounds.lower))-\(Int(bounds.upper))")
        }
    }

    /// Each old grid's member stays in post in the new grid that took most of the old grid's
    /// households (ties: the code that sorts first). Kept grids keep their member.
    func inheritMembers(_ plan: Plan) -> [String: String] {
        var best: [String: (grid: String, count: Int)] = [:]
        for grid in plan.grids {
            var counts: [String: Int] = [:]
            for h in grid.households { if let old = current.gridOf[plan.scenario.households[h].id] { counts[old, default: 0] += 1 } }
            for (old, count) in counts {
                if let now = best[old], now.count > count || (now.count == count && GridCodeOrder.precedes(now.grid, grid.code)) { continue }
                best[old] = (grid.code, count)
            }
        }
        var memberOf: [String: String] = [:]
        for old in best.keys.sorted(by: GridCodeOrder.precedes) {
            guard let member = current.memberOf[old], memberOf[best[old]!.grid] == nil else { continue }
            memberOf[best[old]!.grid] = member
        }
        return memberOf
    }

    private func checkInputs(oldGrid: [String?]) throws {
        let known = Set(current.gridOf.values)
        for code in keep where !known.contains(code) {
            throw InputError(field: "--keep", "grid \(code) is not in today's plan")
        }
        for household in scenario.households {
            if let pin = household.fixedGrid, !known.contains(pin) {
                throw InputError(file: scenario.householdsFile, line: household.line, field: "fixed_grid",
                                 "household \(household.id) is pinned to grid \(pin), which today's plan does not have")
            }
        }
        if oldGrid.allSatisfy({ $0 == nil }) {
            throw InputError(field: "--plan", "no household of \(scenario.householdsFile) is in today's plan; are the ids the same?")
        }
    }

    static func medianWalk(_ plan: Plan) -> Double {
        var walks: [Double] = []
        for grid in plan.grids where !grid.isSpecial {
            let centre = plan.scenario.households[grid.centre].location
            for h in grid.households { walks.append(plan.scenario.households[h].location.distance(to: centre)) }
        }
        walks.sort()
        return walks.isEmpty ? 0 : max(1, walks[walks.count / 2])
    }

    static func keptGrid(code: String, members: [Int], scenario: Scenario) -> Grid {
        let locations = members.map { scenario.households[$0].location }
        let centre = members.indices.min { a, b in
            let da = locations.reduce(0) { $0 + locations[a].distance(to: $1) }
            let db = locations.reduce(0) { $0 + locations[b].distance(to: $1) }
            return da < db || (da == db && a < b)
        }!
        let distances = locations.map { $0.distance(to: locations[centre]) }
        let size = members.reduce(0.0) { total, h in
            switch scenario.rules.sizeMeasure {
            case .households: total + 1
            case .residents: total + Double(scenario.households[h].residents ?? 0)
            case .weight: total + scenario.households[h].weight
            }
        }
        return Grid(code: code, centre: members[centre], households: members, area: scenario.households[members[centre]].area,
                    isSpecial: false, size: size, totalDistance: distances.reduce(0, +), maxDistance: distances.max() ?? 0)
    }
}
