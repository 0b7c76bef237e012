/// A post at one unit, with the number of people it needs.
struct Seat: Sendable, Hashable {
    var post: Int
    var level: Int
    var unit: Int
    var demand: Int
    /// The unit's centre household's position.
    var centre: PlanePoint
}

/// A person who may take a seat, and what it costs.
struct SeatCandidate: Sendable, Hashable {
    var seat: Int
    var person: Int
    var distance: Double
    var isPreferred: Bool
}

/// Today's staffing of one person: a post id and the code of the unit served.
public struct CurrentPost: Sendable, Hashable {
    public var personID: String
    public var post: String
    public var unit: String

    public init(personID: String, post: String, unit: String) {
        self.personID = personID
        self.post = post
        self.unit = unit
    }
}

/// The seats of a structure under the post rules, and who may fill each: eligible, available
/// and close enough, the nearest few first. The solver sees only these candidates.
struct StaffingSeats {
    let rules: StaffingRules
    let people: [Person]
    let available: [Bool]
    let structure: Structure
    let households: [Household]
    private(set) var seats: [Seat] = []
    /// Seats each person holds today (indices into `seats`); persons absent hold none here.
    private(set) var currentSeats: [Int: [Int]] = [:]
    /// People whose current post or unit names no seat of this structure.
    private(set) var strandedCurrent: Set<Int> = []
    /// Eligible and available people of each post (indices into `people`), in file order.
    let eligibleOf: [[Int]]

    init(rules: StaffingRules, people: [Person], available: [Bool], structure: Structure,
         households: [Household], current: [CurrentPost]) {
        self.rules = rules
        self.people = people
        self.available = available
        self.structure = structure
        self.households = households
        eligibleOf = rules.posts.map { post in people.indices.filter { available[$0] && post.eligible.admits(people[$0]) } }
        var seatOf: [String: Int] = [:]
        for (p, post) in rules.posts.enumerated() {
            guard let level = structure.level(named: post.level) else { continue }
            for (u, unit) in structure.units[level].enumerated() {
                if unit.isSpecial, !post.onSpecialGrids { continue }
                seatOf["\(post.id)\u{1F}\(unit.code)"] = seats.count
                seats.append(Seat(post: p, level: level, unit: u, demand: post.perUnit,
                                  centre: households[unit.centre].location))
            }
        }
        var indexOfPerson: [String: Int] = [:]
        for (i, person) in people.enumerated() { indexOfPerson[person.id] = i }
        var nameToID: [String: String] = [:]
        for post in rules.posts { nameToID[post.name] = post.id; nameToID[post.id] = post.id }
        for entry in current {
            guard let person = indexOfPerson[entry.personID] else { continue }
            let postID = nameToID[entry.post] ?? entry.post
            if let seat = seatOf["\(postID)\u{1F}\(entry.unit)"] {
                if !(currentSeats[person] ?? []).contains(seat) { currentSeats[person, default: []].append(seat) }
            } else {
                strandedCurrent.insert(person)
            }
        }
    }

    func isPreferred(_ person: Int, for seat: Int) -> Bool {
        rules.posts[seats[seat].post].prefer?.admits(people[person]) ?? false
    }

    /// Whether `person` may take `seat` at all: eligible, available, close enough.
    func admits(_ person: Int, to seat: Int) -> Bool {
        let post = rules.posts[seats[seat].post]
        guard available[person], post.eligible.admits(people[person]) else { return false }
        return post.maxDistance.map { people[person].home.distance(to: seats[seat].centre) <= $0 + 1e-9 } ?? true
    }

    /// Candidates of every seat: the `limit(seat)` cheapest admitted people, plus today's holders.
    func candidates(limit: (Int) -> Int) -> [SeatCandidate] {
        var holdersOf: [Int: [Int]] = [:]
        for (person, seats) in currentSeats { for s in seats { holdersOf[s, default: []].append(person) } }
        var result: [SeatCandidate] = []
        for (s, seat) in seats.enumerated() {
            let post = rules.posts[seat.post]
            var options: [(cost: Double, candidate: SeatCandidate)] = []
            for person in eligibleOf[seat.post] {
                let distance = people[person].home.distance(to: seat.centre)
                if let limit = post.maxDistance, distance > limit + 1e-9 { continue }
                let preferred = isPreferred(person, for: s)
                let cost = distance + (preferred ? 0 : (post.prefer == nil ? 0 : rules.preferWeight))
                options.append((cost, SeatCandidate(seat: s, person: person, distance: distance, isPreferred: preferred)))
            }
            options.sort { $0.cost < $1.cost || ($0.cost == $1.cost && $0.candidate.person < $1.candidate.person) }
            var chosen = Array(options.prefix(limit(s)).map(\.candidate))
            for holder in (holdersOf[s] ?? []).sorted() where !chosen.contains(where: { $0.person == holder }) {
                if let kept = options.first(where: { $0.candidate.person == holder }) { chosen.append(kept.candidate) }
            }
            result += chosen.sorted { $0.person < $1.person }
        }
        return result
    }

    /// Admitted people of a seat (eligible, available, close enough), all of them.
    func admittedCount(_ seat: Int) -> Int {
        eligibleOf[seats[seat].post].filter { admits($0, to: seat) }.count
    }

    /// Cost of a candidate in metres: the walk, plus the preference weight when the post has a
    /// preference the person does not meet.
    func cost(_ candidate: SeatCandidate) -> Double {
        let post = rules.posts[seats[candidate.seat].post]
        return candidate.distance + (post.prefer != nil && !candidate.isPreferred ? rules.preferWeight : 0)
    }
}
