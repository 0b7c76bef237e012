import Foundation

/// Staffs a plan's structure: chooses people for every post with one integer programme, then
/// explains what stays empty and proposes people from the reserve pool.
public struct StaffAssigner: Sendable {
    public enum Mode: Sendable {
        /// A new plan: short walks, today's holders kept where that costs little.
        case plan
        /// People dropped out of an existing staffing: fewest people moved first, then distance.
        case restaff
    }

    public var rules: StaffingRules
    public var people: [Person]
    public var peopleFile: String
    /// Ids that cannot serve in this run, besides those the file marks unavailable.
    public var unavailable: [String] = []
    /// Today's staffing; by default the people file's current_post and current_unit.
    public var current: [CurrentPost]
    public var mode: Mode = .plan

    public init(rules: StaffingRules, people: [Person], peopleFile: String) {
        self.rules = rules
        self.people = people
        self.peopleFile = peopleFile
        current = people.compactMap { person in
            guard let post = person.currentPost, let unit = person.currentUnit else { return nil }
            return CurrentPost(personID: person.id, post: post, unit: unit)
        }
    }

    /// Staffs `plan` (which must have a structure) and returns the staffing; throws only for bad
    /// input, never because posts cannot be filled (those become shortfalls).
    public func staff(_ plan: Plan, deadline: Deadline) throws -> Staffing {
        let started = ContinuousClock.now
        guard let structure = plan.structure else { throw RulesError("the plan has no structure to staff") }
        let known = Set(people.map(\.id))
        if let stranger = unavailable.first(where: { !known.contains($0) }) {
            throw InputError(file: peopleFile, field: "--unavailable", "no person with id '\(stranger)'")
        }
        let out = Set(unavailable)
        let available = people.map { $0.isAvailable && !out.contains($0.id) }
        let seats = StaffingSeats(rules: rules, people: people, available: available, structure: structure,
                                  households: plan.scenario.households, current: current)

        // Seats that stay empty with the nearest candidates get all of theirs, once.
        var widened = Set<Int>()
        var candidates: [SeatCandidate] = []
        var solution: StaffingModel.Solution
        var round = 0
        repeat {
            candidates = seats.candidates { widened.contains($0) ? Int.max : rules.candidatesPerSeat }
            solution = try StaffingModel(seats: seats, candidates: candidates, mode: mode == .plan ? .plan : .restaff)
                .solve(deadline: deadline)
            var filled = [Int](repeating: 0, count: seats.seats.count)
            for k in solution.chosen { filled[candidates[k].seat] += 1 }
            let grow = seats.seats.indices.filter {
                filled[$0] < seats.seats[$0].demand && !widened.contains($0)
                    && seats.admittedCount($0) > rules.candidatesPerSeat
            }
            // Neighbours compete for the same people: widen the whole post, not just the seat.
            let posts = Set(grow.map { seats.seats[$0].post })
            let more = seats.seats.indices.filter { posts.contains(seats.seats[$0].post) && !widened.contains($0) }
            if more.isEmpty || round >= 1 { break }
            widened.formUnion(more)
            round += 1
        } while true

        var assignments = solution.chosen.map { k -> StaffAssignment in
            let c = candidates[k], seat = seats.seats[c.seat]
            return StaffAssignment(person: c.person, post: seat.post, level: seat.level, unit: seat.unit, distance: c.distance)
        }
        assignments.sort {
            ($0.level, $0.unit, $0.post) < ($1.level, $1.unit, $1.post)
                || (($0.level, $0.unit, $0.post) == ($1.level, $1.unit, $1.post) && people[$0.person].id < people[$1.person].id)
        }
        let serving = Set(assignments.map(\.person))
        let pool = ReservePool(people: people, available: available, serving: serving)
        let shortfalls = Self.shortfalls(assignments, seats: seats, pool: pool,
                                         explainer: ShortfallExplainer(seats: seats, peopleFile: peopleFile))
        return Staffing(
            rules: rules, people: people, peopleFile: peopleFile, assignments: assignments, shortfalls: shortfalls,
            reservePool: pool.ranked(posts: rules.posts),
            unavailable: people.filter { !$0.isAvailable || out.contains($0.id) }.map(\.id),
            changedPeople: current.isEmpty ? nil : changedPeople(assignments, structure: structure),
            status: solution.status, seconds: (ContinuousClock.now - started).seconds)
    }

    /// Empty seats and coverage gaps of an assignment, counted from the assignment itself.
    static func shortfalls(_ assignments: [StaffAssignment], seats: StaffingSeats, pool: ReservePool,
                           explainer: ShortfallExplainer) -> [StaffingShortfall] {
        var result: [StaffingShortfall] = []
        var filled: [Int: Int] = [:]
        var seatIndex: [String: Int] = [:]
        for (s, seat) in seats.seats.enumerated() { seatIndex["\(seat.post)/\(seat.level)/\(seat.unit)"] = s }
        for a in assignments { filled[seatIndex["\(a.post)/\(a.level)/\(a.unit)"]!, default: 0] += 1 }
        for (s, seat) in seats.seats.enumerated() where (filled[s] ?? 0) < seat.demand {
            let missing = seat.demand - (filled[s] ?? 0)
            let post = seats.rules.posts[seat.post]
            result.append(StaffingShortfall(
                kind: .seat, rule: seat.post, level: seat.level, unit: seat.unit, missing: missing,
                message: explainer.explainSeat(s, missing: missing),
                proposals: pool.proposals(for: post.eligible, near: seat.centre)))
        }
        let structure = seats.structure
        for (r, rule) in seats.rules.coverage.enumerated() {
            guard let level = structure.level(named: rule.level) else { continue }
            for unit in structure.units[level].indices {
                var matching = Set<Int>()
                for a in assignments where a.level >= level && structure.ancestor(of: a.unit, at: a.level, upTo: level) == unit {
                    if !rule.posts.isEmpty, !rule.posts.contains(seats.rules.posts[a.post].id) { continue }
                    if rule.who.admits(seats.people[a.person]) { matching.insert(a.person) }
                }
                guard matching.count < rule.atLeast else { continue }
                let missing = rule.atLeast - matching.count
                let centre = seats.households[structure.units[level][unit].centre].location
                result.append(StaffingShortfall(
                    kind: .coverage, rule: r, level: level, unit: unit, missing: missing,
                    message: explainer.explainCoverage(r, level: level, unit: unit, missing: missing),
                    proposals: pool.proposals(for: rule.who, near: centre)))
            }
        }
        return result
    }

    /// People whose set of (post, unit) differs between `current` and the new assignments.
    func changedPeople(_ assignments: [StaffAssignment], structure: Structure) -> Int {
        var before: [String: Set<String>] = [:]
        var nameToID: [String: String] = [:]
        for post in rules.posts { nameToID[post.name] = post.id; nameToID[post.id] = post.id }
        for entry in current { before[entry.personID, default: []].insert("\(nameToID[entry.post] ?? entry.post)\u{1F}\(entry.unit)") }
        var after: [String: Set<String>] = [:]
        for a in assignments {
            after[people[a.person].id, default: []].insert("\(rules.posts[a.post].id)\u{1F}\(structure.units[a.level][a.unit].code)")
        }
        return Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.count
    }
}
