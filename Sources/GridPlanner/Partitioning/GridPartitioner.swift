import Foundation

/// Splits a scenario's households into grids that meet every hard rule, with short walks from
/// each household to its grid's centre household.
///
/// Areas (when respected) are solved apart; areas larger than ``regionLimit`` blocks are cut
/// into regions by recursive bisection, and regions are solved in parallel. One Lagrangian
/// bound over the whole scenario, with the grid count free to move between regions, makes the
/// reported lower bound valid for the rules, not just for the decomposition.
public struct GridPartitioner: Sendable {
    public let scenario: Scenario
    /// Largest number of blocks solved as one dense problem.
    public var regionLimit = 1500
    /// Cost (in metres) added to serving household `household` from a grid centred on household
    /// `centre`, on top of the distance: how re-densifying keeps new grids inside old ones.
    /// The plan's distances and bound stay pure distances.
    public var extraCost: (@Sendable (_ household: Int, _ centre: Int) -> Double)?
    /// False when the caller takes the plan's lower bound from elsewhere (re-densifying with
    /// nothing kept compares with a plan from scratch): the Lagrangian then only seeds starting
    /// plans (400 iterations instead of 1,200), and the plan's bound is 0.
    public var needsBound = true

    public init(scenario: Scenario) {
        self.scenario = scenario
    }

    public func plan(
        deadline: Deadline, progress: @escaping @Sendable (String) -> Void = { _ in }
    ) throws -> Plan {
        let started = ContinuousClock.now
        let rules = scenario.rules
        let households = scenario.households
        let sizeOf = try sizeFunction()
        let specialKinds = Set(rules.specialKinds.map { $0.lowercased() })
        let regular = households.indices.filter { !specialKinds.contains(households[$0].kind) }
        let special = households.indices.filter { specialKinds.contains(households[$0].kind) }
        let blocks = GridBlocks(households: households, indices: regular, rules: rules, sizeOf: sizeOf)
        let layout = try GridCountCheck(blocks: blocks, rules: rules, unit: unitName).resolve()

        var regions: [Region] = []
        for (a, area) in blocks.areas.enumerated() where layout.perArea[a] > 0 {
            regions += bisect(Region(area: a, blocks: Array(area.blocks.indices), gridCount: layout.perArea[a], cuts: []),
                              blocks: blocks)
        }
        progress("planning \(regular.count) households into \(layout.total) grids in \(regions.count) region(s)")
        Log.planner.debug("prepared \(regions.count) region(s) in \((ContinuousClock.now - started).seconds) s")
        let solved = try solveRegions(regions, blocks: blocks, deadline: deadline, progress: progress)
        Log.planner.debug("solved regions in \((ContinuousClock.now - started).seconds) s")

        var grids: [Grid] = []
        var total = 0.0
        for (r, region) in regions.enumerated() {
            let outcome = solved[r]
            let area = blocks.areas[region.area]
            for (c, centreBlock) in outcome.clustering.centres.enumerated() {
                var members: [Int] = []
                for (i, cluster) in outcome.clustering.clusterOf.enumerated() where cluster == c {
                    members += area.blocks[region.blocks[i]].members
                }
                let centre = area.blocks[region.blocks[centreBlock]].representative
                grids.append(makeGrid(members: members, centre: centre, area: area.name, special: false, sizeOf: sizeOf))
                total += grids.last!.totalDistance
            }
        }
        let bound = needsBound
            ? try globalBound(regions: regions, solved: solved, blocks: blocks, upperBound: total,
                              gridCount: layout.total, deadline: deadline)
            : 0
        Log.planner.debug("bound \(bound) in \((ContinuousClock.now - started).seconds) s")
        grids += specialGrids(special, sizeOf: sizeOf)
        let stoppedEarly = solved.contains { $0.stoppedEarly }
        let status: PlanStatus = deadline.wasInterrupted ? .interrupted : (stoppedEarly ? .timeLimit : .finished)
        var plan = Plan(scenario: scenario, grids: grids, totalDistance: total, lowerBound: min(bound, total),
                        status: status, seconds: (ContinuousClock.now - started).seconds,
                        kinGroupSplits: blocks.kinGroupSplits, gridCount: layout.total)
        GridCoder.assignCodes(&plan)
        return plan
    }

    // MARK: - Sizes

    private var unitName: String {
        switch scenario.rules.sizeMeasure {
        case .households: "households"
        case .residents: "residents"
        case .weight: "weight"
        }
    }

    private func sizeFunction() throws -> @Sendable (Household) -> Double {
        switch scenario.rules.sizeMeasure {
        case .households: return { _ in 1 }
        case .weight: return { $0.weight }
        case .residents:
            if let missing = scenario.households.first(where: { $0.residents == nil }) {
                throw InputError(file: scenario.householdsFile, line: missing.line, field: "residents",
                                 "the rules measure grid size in residents, but household \(missing.id) has none")
            }
            return { Double($0.residents ?? 0) }
        }
    }

    // MARK: - Regions

    struct Region: Sendable {
        var area: Int
        /// Indices into the area's blocks.
        var blocks: [Int]
        var gridCount: Int
        /// Axis-aligned cuts bounding the region inside its area: (axis 0 = x / 1 = y, position).
        var cuts: [(axis: Int, position: Double)]
    }

    private func point(_ block: GridBlocks.Block) -> PlanePoint {
        scenario.households[block.representative].location
    }

    /// Cuts a region in two along its longer side, giving each half a share of the grids in
    /// proportion to its size, until every region has at most `regionLimit` blocks.
    private func bisect(_ region: Region, blocks: GridBlocks) -> [Region] {
        guard region.blocks.count > regionLimit, region.gridCount >= 2 else { return [region] }
        let area = blocks.areas[region.area]
        let points = region.blocks.map { point(area.blocks[$0]) }
        let xs = points.map(\.x), ys = points.map(\.y)
        let axis = (xs.max()! - xs.min()!) >= (ys.max()! - ys.min()!) ? 0 : 1
        let order = region.blocks.indices.sorted {
            let a = axis == 0 ? xs[$0] : ys[$0], b = axis == 0 ? xs[$1] : ys[$1]
            return a < b || (a == b && $0 < $1)
        }
        let total = region.blocks.reduce(0.0) { $0 + area.blocks[$1].size }
        let leftGrids = region.gridCount / 2
        let target = total * Double(leftGrids) / Double(region.gridCount)
        var cut = 0, running = 0.0
        while cut < order.count - 1 && running + area.blocks[region.blocks[order[cut]]].size / 2 < target {
            running += area.blocks[region.blocks[order[cut]]].size
            cut += 1
        }
        let left = order[..<cut].map { region.blocks[$0] }, right = order[cut...].map { region.blocks[$0] }
        let position = axis == 0 ? (xs[order[max(cut - 1, 0)]] + xs[order[cut]]) / 2
                                 : (ys[order[max(cut - 1, 0)]] + ys[order[cut]]) / 2
        let cuts = region.cuts + [(axis, position)]
        return bisect(Region(area: region.area, blocks: left, gridCount: leftGrids, cuts: cuts), blocks: blocks)
            + bisect(Region(area: region.area, blocks: right, gridCount: region.gridCount - leftGrids, cuts: cuts), blocks: blocks)
    }

    private func problem(for region: Region, blocks: GridBlocks) -> ClusteringProblem {
        let area = blocks.areas[region.area]
        let members = region.blocks.map { area.blocks[$0] }
        let n = members.count
        let locations = scenario.households.map(\.location)
        var cost = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0..<n {
                let centre = locations[members[j].representative]
                var c = 0.0
                for h in members[i].members { c += locations[h].distance(to: centre) }
                if let extraCost { for h in members[i].members { c += extraCost(h, members[j].representative) } }
                cost[i * n + j] = c
            }
        }
        return ClusteringProblem(
            demand: members.map(\.size), capacity: Array(repeating: scenario.rules.gridSize.upper, count: n),
            minimumLoad: scenario.rules.gridSize.lower, clusterCount: region.gridCount, cost: cost)
    }

    /// Work per region, fixed by the problem's size so that results never depend on the clock.
    /// Two improvement passes: from the restarts of disjoint relaxed clusters a third saved
    /// Dahuashan 8 m on average over seeds 1-5 (48,827 → 48,819 m), for about 0.2 s.
    private func effort(totalBlocks: Int) -> ClusteringSolver.Effort {
        var effort = ClusteringSolver.Effort()
        effort.improvementPasses = 2
        if totalBlocks > 20_000 {
            effort.lagrangianIterations = 150
            effort.restartEvery = 1_000  // only the best relaxed centres, at the end
            effort.improvementPasses = 1
            effort.nodeLimit = 50
            effort.clustersPerNeighbourhood = 3
            effort.relocationRounds = 1
        }
        if !needsBound {
            effort.lagrangianIterations = min(effort.lagrangianIterations, 400)
            effort.restartEvery = 200
        }
        return effort
    }

    private func solveRegions(
        _ regions: [Region], blocks: GridBlocks, deadline: Deadline, progress: @escaping @Sendable (String) -> Void
    ) throws -> [ClusteringSolver.Outcome] {
        let totalBlocks = regions.reduce(0) { $0 + $1.blocks.count }
        let seed = scenario.rules.seed
        let results = parallelMap(regions.count) { r in
            Result { () throws -> ClusteringSolver.Outcome in
                let solver = ClusteringSolver(problem: problem(for: regions[r], blocks: blocks), seed: seed &+ UInt64(r),
                                              effort: effort(totalBlocks: totalBlocks))
                let name = regions.count > 1 ? "region \(r + 1)/\(regions.count)" : "plan"
                let report: (String, Double, Double) -> Void = { phase, cost, bound in
                    progress("\(name) \(phase): \(Int(cost.rounded())) m, bound \(Int(bound.rounded())) m")
                }
                guard let outcome = try solver.solve(deadline: deadline, progress: report) else {
                    throw NoPlanFound(interrupted: deadline.wasInterrupted)
                }
                return outcome
            }
        }
        return try results.map { try $0.get() }
    }

    // MARK: - Bound

    /// A Lagrangian bound over all regions at once, warm-started from each region's multipliers.
    /// Candidate lists cross region cuts (nearest centres by a spatial grid, within an area when
    /// areas are respected), so the grid count may move freely between regions.
    private func globalBound(
        regions: [Region], solved: [ClusteringSolver.Outcome], blocks: GridBlocks, upperBound: Double,
        gridCount: Int, deadline: Deadline
    ) throws -> Double {
        if regions.count == 1 && extraCost == nil { return solved[0].lowerBound }
        let listed = ContinuousClock.now
        let locations = scenario.households.map(\.location)
        // Global numbering: regions in order, blocks in region order.
        var globalIndex: [[Int]] = blocks.areas.map { Array(repeating: -1, count: $0.blocks.count) }
        var order: [(area: Int, block: Int)] = []
        var multipliers: [Double] = []
        for (r, region) in regions.enumerated() {
            for (k, b) in region.blocks.enumerated() {
                globalIndex[region.area][b] = order.count
                order.append((region.area, b))
                multipliers.append(solved[r].multipliers[k])
            }
        }
        // Long enough that a typical multiplier is not capped: a few grids' worth of blocks.
        let meanBlocks = Double(order.count) / Double(max(1, gridCount))
        let listLength = min(max(60, Int(4 * meanBlocks)), 1500)
        var start = [0], centre: [Int32] = [], cost: [Double] = [], outside = [Double](repeating: 0, count: order.count)
        var rowsOf = [[(Int32, Double)]](repeating: [], count: order.count)
        var outsideOf = [Double](repeating: 0, count: order.count)
        for (a, area) in blocks.areas.enumerated() {
            let reps = area.blocks.map { locations[$0.representative] }
            let grid = SpatialGrid(points: reps)
            for (b, block) in area.blocks.enumerated() where globalIndex[a][b] >= 0 {
                let (neighbours, beyond) = grid.nearest(to: b, count: listLength)
                var row: [(Int32, Double)] = []
                for (j, _) in neighbours where globalIndex[a][j] >= 0 {
                    let target = reps[j]
                    let c = block.members.reduce(0.0) { $0 + locations[$1].distance(to: target) }
                    row.append((Int32(globalIndex[a][j]), c))
                }
                row.sort { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
                rowsOf[globalIndex[a][b]] = row
                outsideOf[globalIndex[a][b]] = beyond.isFinite
                    ? Double(block.members.count) * max(0, beyond - block.radius) : .infinity
            }
        }
        for i in 0..<order.count {
            for (j, c) in rowsOf[i] { centre.append(j); cost.append(c) }
            start.append(centre.count)
            outside[i] = outsideOf[i]
        }
        let demand = order.map { blocks.areas[$0.area].blocks[$0.block].size }
        let lists = CandidateLists(start: start, centre: centre, cost: cost, outsideCost: outside)
        Log.planner.debug("bound over all regions: lists of \(listLength) centres for \(order.count) blocks in \((ContinuousClock.now - listed).seconds) s")
        let lagrangian = LagrangianBound(
            lists: lists, demand: demand, capacity: Array(repeating: scenario.rules.gridSize.upper, count: demand.count),
            clusterCount: gridCount, unitDemand: demand.allSatisfy { $0 == 1 })
        // The regions' multipliers are usually near a maximum already: a small first step
        // refines them where a cold start's step of 2 throws them away (121,650 households:
        // 2,366,282 m with a step of 2, 2,552,883 m with 0.1, in the same 150 iterations).
        // When they are not (an urban community of 8 large grids) the large step does better;
        // below the size at which the relaxation needs two threads both are cheap, so both
        // run, and the better one goes on for as many iterations again from its best
        // multipliers (a county of 10,000 households: 200,570 → 200,996 m; the urban
        // community: 372,464 → 375,184 m).
        let steps: [Double] = order.count < lagrangian.splitCentres ? [0.1, 2] : [0.1]
        let starts = steps.map { step in
            (step: step, result: lagrangian.maximise(upperBound: upperBound, initial: multipliers, iterations: 150,
                                                     deadline: deadline, primal: nil, initialStep: step))
        }.filter { $0.result.bound.isFinite }
        guard let better = starts.max(by: { $0.result.bound < $1.result.bound }) else { return 0 }
        var bound = better.result.bound
        if starts.count > 1 {
            let more = lagrangian.maximise(upperBound: upperBound, initial: better.result.multipliers, iterations: 150,
                                           deadline: deadline, primal: nil, initialStep: better.step)
            if more.bound.isFinite { bound = max(bound, more.bound) }
        }
        return max(0, bound)
    }

    // MARK: - Grids

    private func makeGrid(members: [Int], centre: Int, area: String?, special: Bool,
                          sizeOf: (Household) -> Double) -> Grid {
        let sorted = members.sorted()
        let c = scenario.households[centre].location
        let distances = sorted.map { scenario.households[$0].location.distance(to: c) }
        return Grid(code: "", centre: centre, households: sorted, area: area, isSpecial: special,
                    size: sorted.reduce(0) { $0 + sizeOf(scenario.households[$1]) },
                    totalDistance: distances.reduce(0, +), maxDistance: distances.max() ?? 0)
    }

    /// One special grid per special kind and area, centred on its medoid.
    private func specialGrids(_ indices: [Int], sizeOf: (Household) -> Double) -> [Grid] {
        var groups: [String: [Int]] = [:]
        for h in indices {
            let hh = scenario.households[h]
            let area = scenario.rules.respectAreas ? (hh.area ?? "") : ""
            groups["\(hh.kind)\u{1F}\(area)", default: []].append(h)
        }
        return groups.keys.sorted().map { key in
            let members = groups[key]!
            let centre = members.min { a, b in
                let da = members.reduce(0) { $0 + scenario.households[a].location.distance(to: scenario.households[$1].location) }
                let db = members.reduce(0) { $0 + scenario.households[b].location.distance(to: scenario.households[$1].location) }
                return da < db || (da == db && a < b)
            }!
            let area = String(key.split(separator: "\u{1F}", omittingEmptySubsequences: false)[1])
            return makeGrid(members: members, centre: centre, area: area.isEmpty ? nil : area, special: true, sizeOf: sizeOf)
        }
    }
}
