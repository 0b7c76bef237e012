extension GeneratedVillage {
    /// Drafts the plan in force before a re-plan: the residential households (shops and units
    /// were not yet covered) cut into `grids` grids of sizes in `sizes` by coordinate bisection,
    /// hamlet by hamlet when the sizes allow, coded `CODE-01`, `CODE-02`, ...; one member per
    /// grid, chosen among the grid's own adults (party members and welfare-post holders first,
    /// never the two committees or the logistics staff), `absentMembers` of whom now cannot
    /// serve; and `leaders` grid leaders (网格长), party members, each over a run of neighbouring
    /// grids. Fills `currentPlan` and the people's `currentPost`/`currentUnit`.
    public mutating func draftCurrentPlan(
        grids: Int, sizes: ClosedRange<Int>, leaders: Int, absentMembers: Int, seed: UInt64
    ) {
        var rng = SeededGenerator(seed: seed, stream: 6)
        let residential = households.indices.filter { households[$0].kind == Household.defaultKind }
        precondition(
            grids >= 1 && grids * sizes.lowerBound <= residential.count
                && residential.count <= grids * sizes.upperBound, "grid sizes cannot cover the households")
        // Grids stay inside one hamlet when the sizes allow it, as drawn by hand.
        var areaOrder: [String] = []
        var membersOfArea: [String: [Int]] = [:]
        for i in residential {
            let area = households[i].area ?? ""
            if membersOfArea[area] == nil { areaOrder.append(area) }
            membersOfArea[area, default: []].append(i)
        }
        var blocks = areaOrder.map { membersOfArea[$0]! }
        var gridsOfBlock =
            grids >= blocks.count
            ? Apportionment.split(grids, weights: blocks.map { Double($0.count) }, minimum: 1) : []
        let fits = zip(blocks, gridsOfBlock).allSatisfy { block, g in
            g * sizes.lowerBound <= block.count && block.count <= g * sizes.upperBound
        }
        if gridsOfBlock.isEmpty || !fits {
            blocks = [residential]
            gridsOfBlock = [grids]
        }
        var parts: [[Int]] = []
        for (block, count) in zip(blocks, gridsOfBlock) {
            let blockSizes = Self.gridSizes(count: count, total: block.count, within: sizes, using: &rng)
            parts += CoordinateBisection.split(block.map { households[$0].location }, sizes: blockSizes)
                .map { part in part.map { block[$0] } }
        }
        let codeWidth = max(2, String(grids).count)
        let codes = (1...grids).map { spec.code + "-" + HouseholdPopulation.padded($0, width: codeWidth) }

        var gridOfHousehold: [String: Int] = [:]
        for (g, part) in parts.enumerated() { for i in part { gridOfHousehold[households[i].id] = g } }
        var adultsOfGrid = [[Int]](repeating: [], count: grids)
        for (p, person) in people.enumerated() {
            if let household = person.household, let g = gridOfHousehold[household] { adultsOfGrid[g].append(p) }
        }
        let barred: Set<String> = ["党支部书记", "村委会主任", "党支部委员", "村委会委员", "后勤人员"]
        func eligible(_ p: Int) -> Bool {
            people[p].currentPost == nil && people[p].posts.allSatisfy { !barred.contains($0) }
        }

        // Members: the best-suited adult of the grid, ties broken at random.
        var members: [Int] = []
        for g in 0..<grids {
            var candidates = adultsOfGrid[g].filter(eligible)
            if candidates.isEmpty { candidates = people.indices.filter(eligible) }
            let scored = candidates.map { p -> (Int, UInt64, Int) in
                let score =
                    (people[p].isPartyMember ? 2 : 0) + (people[p].skills.isEmpty ? 0 : 2)
                    + (people[p].posts.contains("村民代表") ? 1 : 0)
                return (score, rng.next(), p)
            }
            let chosen = scored.max { ($0.0, $0.1) < ($1.0, $1.1) }!.2
            people[chosen].currentPost = "网格员"
            people[chosen].currentUnit = codes[g]
            people[chosen].isAvailable = true
            members.append(chosen)
        }
        var order = Array(0..<grids)
        rng.shuffle(&order)
        for g in order.prefix(absentMembers) { people[members[g]].isAvailable = false }

        // Leaders: party members over consecutive runs of grids, living in the run if possible.
        let runs = Apportionment.split(grids, weights: [Double](repeating: 1, count: max(1, min(leaders, grids))))
        var first = 0
        for length in runs {
            let run = first..<first + length
            first += length
            let local = run.flatMap { adultsOfGrid[$0] }.filter { eligible($0) && people[$0].isPartyMember }
            let pool = local.isEmpty ? people.indices.filter { eligible($0) && people[$0].isPartyMember } : local
            guard !pool.isEmpty else { continue }
            let leader = pool[rng.index(below: pool.count)]
            people[leader].currentPost = "网格长"
            people[leader].currentUnit = run.map { codes[$0] }.joined(separator: ";")
            people[leader].isAvailable = true
        }

        currentPlan = []
        for (g, part) in parts.enumerated() {
            for i in part {
                currentPlan.append(
                    CurrentPlanRow(
                        household: households[i].id, grid: codes[g], member: people[members[g]].id))
            }
        }
        currentPlan.sort { $0.household < $1.household }
    }

    /// `count` random sizes within `range` adding up to `total`.
    private static func gridSizes(
        count: Int, total: Int, within range: ClosedRange<Int>, using rng: inout SeededGenerator
    ) -> [Int] {
        var sizes = (0..<count).map { _ in rng.integer(in: range) }
        while sizes.reduce(0, +) > total {
            let g = rng.index(below: count)
            if sizes[g] > range.lowerBound { sizes[g] -= 1 }
        }
        while sizes.reduce(0, +) < total {
            let g = rng.index(below: count)
            if sizes[g] < range.upperBound { sizes[g] += 1 }
        }
        return sizes
    }
}
