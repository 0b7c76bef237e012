/// The `structure` section of plan.json: the levels above the grids and their units, each with
/// its parent and children by code (grids appear as children of the lowest units).
struct StructureDocument: Codable {
    struct LevelDoc: Codable {
        var id: String
        var name: String
        var units: Int
    }

    struct UnitDoc: Codable {
        var code: String
        var level: String
        var parent: String?
        var centre_household: String
        var area: String?
        var children: [String]
    }

    var levels: [LevelDoc]
    /// Every unit above the grids, top first, in code order within each level.
    var units: [UnitDoc]

    init(_ structure: Structure, households: [Household]) {
        levels = structure.levelIDs.indices.map {
            LevelDoc(id: structure.levelIDs[$0], name: structure.levelNames[$0], units: structure.units[$0].count)
        }
        units = []
        for level in 0..<structure.gridLevel {
            for unit in structure.units[level] {
                units.append(UnitDoc(
                    code: unit.code, level: structure.levelIDs[level],
                    parent: unit.parent.map { structure.units[level - 1][$0].code },
                    centre_household: households[unit.centre].id, area: unit.area,
                    children: unit.children.map { structure.units[level + 1][$0].code }))
            }
        }
    }
}

/// The `staffing` section of plan.json.
struct StaffingDocument: Encodable {
    struct PostDoc: Encodable {
        var id: String
        var name: String
        var level: String
        var per_unit: Int
        var eligible: String
        var seats: Int
        var filled: Int
    }

    struct AssignmentDoc: Encodable {
        var person_id: String
        var name: String
        var post: String
        var unit: String
        var distance_m: Double
    }

    struct ProposalDoc: Encodable {
        var person_id: String
        var name: String
        var distance_m: Double
        var eligible: Bool
        var lacks: String?
    }

    struct ShortfallDoc: Encodable {
        var kind: String
        /// The post id (seat) or the coverage rule's level and who (coverage).
        var rule: String
        var unit: String
        var missing: Int
        var message: String
        var proposals: [ProposalDoc]
    }

    /// Every seat filled and every coverage rule met; false marks a partial staffing.
    var complete: Bool
    var solver_status: String
    var people_file: String
    var seconds: Double
    var changed_people: Int?
    var posts: [PostDoc]
    var assignments: [AssignmentDoc]
    var shortfalls: [ShortfallDoc]
    var reserve_pool_size: Int
    /// The best of the reserve pool, at most 50.
    var reserve_pool: [String]
    var unavailable: [String]

    init(_ staffing: Staffing, structure: Structure) {
        let people = staffing.people
        let rules = staffing.rules
        complete = staffing.isComplete
        solver_status = staffing.status.rawValue
        people_file = staffing.peopleFile
        seconds = staffing.seconds
        changed_people = staffing.changedPeople
        posts = StaffingTally.rows(staffing, structure: structure).map {
            PostDoc(id: $0.post.id, name: $0.post.name, level: $0.post.level, per_unit: $0.post.perUnit,
                    eligible: $0.post.eligible.description, seats: $0.seats, filled: $0.filled)
        }
        assignments = staffing.assignments.map {
            AssignmentDoc(person_id: people[$0.person].id, name: people[$0.person].name, post: rules.posts[$0.post].id,
                          unit: structure.units[$0.level][$0.unit].code, distance_m: Self.metres($0.distance))
        }
        shortfalls = staffing.shortfalls.map { s in
            let rule = s.kind == .seat ? rules.posts[s.rule].id : "\(rules.coverage[s.rule].level): \(rules.coverage[s.rule].who.description)"
            return ShortfallDoc(
                kind: s.kind.rawValue, rule: rule, unit: structure.units[s.level][s.unit].code, missing: s.missing,
                message: s.message,
                proposals: s.proposals.map {
                    ProposalDoc(person_id: people[$0.person].id, name: people[$0.person].name,
                                distance_m: Self.metres($0.distance), eligible: $0.isEligible, lacks: $0.lacks)
                })
        }
        reserve_pool_size = staffing.reservePool.count
        reserve_pool = staffing.reservePool.prefix(50).map { people[$0].id }
        unavailable = staffing.unavailable
    }

    static func metres(_ value: Double) -> Double { (value * 10).rounded() / 10 }
}

/// Seats and filled seats per post, in the order of the rules' posts.
enum StaffingTally {
    struct Row {
        var post: PostRule
        var seats: Int
        var filled: Int
    }

    static func rows(_ staffing: Staffing, structure: Structure) -> [Row] {
        staffing.rules.posts.enumerated().map { p, post in
            let units = structure.level(named: post.level).map { level in
                structure.units[level].filter { !$0.isSpecial || post.onSpecialGrids }.count
            } ?? 0
            let filled = staffing.assignments.filter { $0.post == p }.count
            return Row(post: post, seats: units * post.perUnit, filled: filled)
        }
    }
}
