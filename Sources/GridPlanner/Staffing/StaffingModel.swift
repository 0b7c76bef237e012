/// The integer programme that assigns people to seats: every seat filled by one of its
/// candidates (or left empty at a heavy price, so that the best partial staffing always exists),
/// coverage rules met, nobody over their number of posts, short walks, and as few people as
/// possible moved from today's post and unit.
///
/// Objective, in metres of walking: distances (plus the preference weight for people the post
/// does not prefer), plus a change weight for each person whose post or unit changes, plus an
/// empty-seat weight larger than everything else. When re-staffing, the change weight exceeds any
/// possible sum of distances, so the fewest changes come first and distance second.
struct StaffingModel {
    enum Mode: Sendable { case plan, restaff }

    struct Solution {
        /// Indices into the candidates.
        var chosen: [Int]
        var status: StaffingSolveStatus
        var nodes: Int
    }

    let seats: StaffingSeats
    let candidates: [SeatCandidate]
    let mode: Mode

    /// Variables whose values follow from the assignment, for building a complete start.
    private struct Derived {
        var coverageLinks: [(variable: Int, xs: [Int])] = []
        var coverageSlacks: [(variable: Int, atLeast: Int, terms: [Int])] = []
        var changes: [(variable: Int, fixed: Bool, others: [Int], kept: [Int])] = []
        var unfilled: [(variable: Int, demand: Int, xs: [Int])] = []
    }

    func solve(deadline: Deadline) throws -> Solution {
        let rules = seats.rules
        let seatList = seats.seats
        var lp = LinearProgram()
        var derived = Derived()

        var candidatesOfSeat = [[Int]](repeating: [], count: seatList.count)
        var candidatesOfPerson: [Int: [Int]] = [:]
        for (k, c) in candidates.enumerated() {
            candidatesOfSeat[c.seat].append(k)
            candidatesOfPerson[c.person, default: []].append(k)
        }
        var distanceBudget = 1.0
        for (s, seat) in seatList.enumerated() {
            let worst = candidatesOfSeat[s].map { seats.cost(candidates[$0]) }.max() ?? 0
            distanceBudget += Double(seat.demand) * worst
        }
        let tracked: [Int] = mode == .restaff
            ? Array(Set(candidatesOfPerson.keys).union(seats.currentSeats.keys)).sorted()
            : seats.currentSeats.keys.sorted()
        let changeWeight = mode == .restaff ? distanceBudget : rules.keepCurrentWeight
        let emptyWeight = distanceBudget + changeWeight * Double(tracked.count + 1)

        let x = candidates.map { lp.addVariable(upper: 1, cost: seats.cost($0), kind: .binary) }

        // Every seat: its demand, from candidates or left empty.
        for (s, seat) in seatList.enumerated() {
            let empty = lp.addVariable(upper: Double(seat.demand), cost: emptyWeight, kind: .integer)
            let xs = candidatesOfSeat[s].map { x[$0] }
            lp.addConstraint(xs.map { ($0, 1.0) } + [(empty, 1)], lower: Double(seat.demand), upper: Double(seat.demand))
            derived.unfilled.append((empty, seat.demand, xs))
        }

        // Every person: one exclusive post, or up to the most posts per person.
        let most = Double(rules.maxPostsPerPerson)
        for person in candidatesOfPerson.keys.sorted() {
            let ks = candidatesOfPerson[person]!
            guard ks.count >= 2 else { continue }
            let terms = ks.map { k -> (Int, Double) in
                let exclusive = rules.posts[seatList[candidates[k].seat].post].exclusive
                return (x[k], exclusive ? most : 1)
            }
            lp.addConstraint(terms, upper: most)
        }

        // Coverage: enough matching people among each unit's staff.
        for (r, rule) in rules.coverage.enumerated() {
            guard let level = seats.structure.level(named: rule.level) else { continue }
            for unit in seats.structure.units[level].indices {
                var byPerson: [Int: [Int]] = [:]
                for (k, c) in candidates.enumerated() where covers(r, level: level, unit: unit, candidate: c) {
                    byPerson[c.person, default: []].append(x[k])
                }
                var terms: [Int] = []
                for person in byPerson.keys.sorted() {
                    let xs = byPerson[person]!
                    if xs.count == 1 { terms.append(xs[0]); continue }
                    let link = lp.addVariable(upper: 1)
                    lp.addConstraint([(link, 1.0)] + xs.map { ($0, -1.0) }, upper: 0)
                    derived.coverageLinks.append((link, xs))
                    terms.append(link)
                }
                let slack = lp.addVariable(upper: Double(rule.atLeast), cost: emptyWeight)
                lp.addConstraint(terms.map { ($0, 1.0) } + [(slack, 1)], lower: Double(rule.atLeast))
                derived.coverageSlacks.append((slack, rule.atLeast, terms))
            }
        }

        // Changes: a person changes when they take a seat they do not hold today, or leave one.
        for person in tracked {
            let current = Set(seats.currentSeats[person] ?? [])
            let ks = candidatesOfPerson[person] ?? []
            let kept = ks.filter { current.contains(candidates[$0].seat) }
            let others = ks.filter { !current.contains(candidates[$0].seat) }
            let fixed = seats.strandedCurrent.contains(person) || kept.count < current.count
            let change = lp.addVariable(lower: fixed ? 1 : 0, upper: 1, cost: changeWeight)
            for k in others { lp.addConstraint([(change, 1), (x[k], -1)], lower: 0) }
            for k in kept { lp.addConstraint([(change, 1), (x[k], 1)], lower: 1) }
            derived.changes.append((change, fixed, others.map { x[$0] }, kept.map { x[$0] }))
        }

        let greedy = greedyChoice(candidatesOfSeat: candidatesOfSeat)
        var start = [Double](repeating: 0, count: lp.variables.count)
        for k in greedy { start[x[k]] = 1 }
        complete(&start, derived)

        let outcome = try GLPKSolver.solve(
            lp, limits: SolveLimits(deadline: deadline, maxNodes: rules.nodeLimit, relativeGap: 1e-9), start: start)
        Log.planner.debug("staffing MIP: \(lp.variables.count) columns, \(lp.constraints.count) rows, \(outcome.status), \(outcome.nodes) nodes")
        guard outcome.hasSolution, let objective = outcome.objective,
              objective <= lp.objective(of: start) + 1e-6 * max(1, abs(objective)) else {
            return Solution(chosen: greedy, status: .greedy, nodes: outcome.nodes)
        }
        let chosen = candidates.indices.filter { outcome.values[x[$0]] > 0.5 }
        return Solution(chosen: chosen, status: outcome.status == .optimal ? .optimal : .feasible, nodes: outcome.nodes)
    }

    /// Whether a candidate's seat lies in `unit` (of `level`) or below it, in a post the
    /// coverage rule counts, and the person matches the rule.
    private func covers(_ r: Int, level: Int, unit: Int, candidate c: SeatCandidate) -> Bool {
        let rule = seats.rules.coverage[r]
        let seat = seats.seats[c.seat]
        guard seat.level >= level,
              seats.structure.ancestor(of: seat.unit, at: seat.level, upTo: level) == unit else { return false }
        if !rule.posts.isEmpty, !rule.posts.contains(seats.rules.posts[seat.post].id) { return false }
        return rule.who.admits(seats.people[c.person])
    }

    /// Values of the derived variables for an assignment in `values`.
    private func complete(_ values: inout [Double], _ derived: Derived) {
        for (variable, demand, xs) in derived.unfilled {
            values[variable] = Double(demand) - xs.reduce(0) { $0 + values[$1] }
        }
        for (variable, xs) in derived.coverageLinks { values[variable] = min(1, xs.reduce(0) { $0 + values[$1] }) }
        for (variable, atLeast, terms) in derived.coverageSlacks {
            values[variable] = max(0, Double(atLeast) - terms.reduce(0) { $0 + values[$1] })
        }
        for (variable, fixed, others, kept) in derived.changes {
            var value = fixed ? 1.0 : 0.0
            for x in others { value = max(value, values[x]) }
            for x in kept { value = max(value, 1 - values[x]) }
            values[variable] = value
        }
    }

    /// A quick feasible staffing: the scarcest seats first, each taking today's holders, then
    /// its cheapest free candidates.
    func greedyChoice(candidatesOfSeat: [[Int]]) -> [Int] {
        let rules = seats.rules
        let seatList = seats.seats
        let order = seatList.indices.sorted {
            let a = Double(candidatesOfSeat[$0].count) / Double(seatList[$0].demand)
            let b = Double(candidatesOfSeat[$1].count) / Double(seatList[$1].demand)
            return a < b || (a == b && $0 < $1)
        }
        var posts = [Int: Int](), holdsExclusive = Set<Int>()
        var chosen: [Int] = []
        for s in order {
            let exclusive = rules.posts[seatList[s].post].exclusive
            let holders = Set(seats.currentSeats.filter { $0.value.contains(s) }.map(\.key))
            let ranked = candidatesOfSeat[s].sorted {
                let a = candidates[$0], b = candidates[$1]
                let ha = holders.contains(a.person), hb = holders.contains(b.person)
                if ha != hb { return ha }
                let ca = seats.cost(a), cb = seats.cost(b)
                return ca < cb || (ca == cb && a.person < b.person)
            }
            var filled = 0
            for k in ranked where filled < seatList[s].demand {
                let person = candidates[k].person
                let held = posts[person] ?? 0
                guard held == 0 || (held < rules.maxPostsPerPerson && !exclusive && !holdsExclusive.contains(person)) else { continue }
                posts[person] = held + 1
                if exclusive { holdsExclusive.insert(person) }
                chosen.append(k)
                filled += 1
            }
        }
        return chosen.sorted()
    }
}
