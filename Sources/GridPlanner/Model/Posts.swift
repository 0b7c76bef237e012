/// Who may hold a post: any one of several alternatives, each a set of conditions that must all
/// hold (a party member; holding one of some posts; having one of some skills). No alternatives:
/// anyone.
public struct Eligibility: Sendable, Hashable {
    public struct Condition: Sendable, Hashable {
        public var partyMember: Bool?
        /// Holds at least one of these posts (村委会委员, 村民代表, ...); empty: no condition.
        public var anyPost: [String]
        /// Has at least one of these skills; empty: no condition.
        public var anySkill: [String]

        public init(partyMember: Bool? = nil, anyPost: [String] = [], anySkill: [String] = []) {
            self.partyMember = partyMember
            self.anyPost = anyPost
            self.anySkill = anySkill
        }

        public func admits(_ person: Person) -> Bool {
            if let partyMember, person.isPartyMember != partyMember { return false }
            if !anyPost.isEmpty, !person.posts.contains(where: anyPost.contains) { return false }
            if !anySkill.isEmpty, !person.skills.contains(where: anySkill.contains) { return false }
            return true
        }

        /// "party member holding 村委会委员 or 党支部委员".
        public var description: String {
            var parts: [String] = []
            if let partyMember { parts.append(partyMember ? "a party member" : "not a party member") }
            if !anyPost.isEmpty { parts.append("holding " + Self.either(anyPost)) }
            if !anySkill.isEmpty { parts.append("with skill " + Self.either(anySkill)) }
            return parts.isEmpty ? "anyone" : parts.joined(separator: " ")
        }

        static func either(_ values: [String]) -> String {
            values.count <= 1 ? values.joined() : values.dropLast().joined(separator: ", ") + " or " + values.last!
        }
    }

    public var alternatives: [Condition]

    public init(_ alternatives: [Condition] = []) {
        self.alternatives = alternatives
    }

    public static let anyone = Eligibility()

    public func admits(_ person: Person) -> Bool {
        alternatives.isEmpty || alternatives.contains { $0.admits(person) }
    }

    public var description: String {
        alternatives.isEmpty ? "anyone" : alternatives.map(\.description).joined(separator: "; or ")
    }
}

/// A post of the structure: who serves, where, and how many per unit.
public struct PostRule: Sendable, Hashable {
    /// Identifier written to staffing.csv, e.g. `chief`, `zone_head`, `grid_leader`, `grid_member`.
    public var id: String
    /// Display name, e.g. 总网格长.
    public var name: String
    /// The level whose units the post serves: `top`, a level id, or `grid`.
    public var level: String
    /// People per unit.
    public var perUnit: Int
    public var eligible: Eligibility
    /// People the village would rather see in the post (e.g. the eight posts 八大员), all else equal.
    public var prefer: Eligibility?
    /// Holding this post rules out holding any other.
    public var exclusive: Bool
    /// Furthest (m) a holder may live from the centre household of the unit served.
    public var maxDistance: Double?
    /// Whether special grids (markets, firms) get this post too; only for grid posts.
    public var onSpecialGrids: Bool

    public init(id: String, name: String? = nil, level: String, perUnit: Int = 1, eligible: Eligibility = .anyone,
                prefer: Eligibility? = nil, exclusive: Bool = true, maxDistance: Double? = nil, onSpecialGrids: Bool = true) {
        self.id = id
        self.name = name ?? id
        self.level = level
        self.perUnit = perUnit
        self.eligible = eligible
        self.prefer = prefer
        self.exclusive = exclusive
        self.maxDistance = maxDistance
        self.onSpecialGrids = onSpecialGrids
    }
}

/// "Every zone has at least one medic", "every grid has a party member among its staff": over
/// each unit of a level, at least `atLeast` of the people serving in it or below it match `who`.
public struct CoverageRule: Sendable, Hashable {
    public var level: String
    public var atLeast: Int
    public var who: Eligibility
    /// Only people in these posts count; empty: every post.
    public var posts: [String]

    public init(level: String, atLeast: Int = 1, who: Eligibility, posts: [String] = []) {
        self.level = level
        self.atLeast = atLeast
        self.who = who
        self.posts = posts
    }
}

/// Everything that says how a structure is staffed.
public struct StaffingRules: Sendable, Hashable {
    public var posts: [PostRule]
    public var coverage: [CoverageRule]
    /// Most posts one person may hold when none of them is exclusive.
    public var maxPostsPerPerson = 2
    /// Each seat considers only this many of the nearest eligible people (more where seats stay empty).
    public var candidatesPerSeat = 30
    /// Metres of walking the planner gives up to keep a person in today's post and unit.
    public var keepCurrentWeight = 500.0
    /// Metres of walking the planner gives up to seat a preferred person.
    public var preferWeight = 200.0
    /// Branch-and-bound nodes: bounds the work so that the same input gives the same staffing.
    public var nodeLimit = 2000

    public init(posts: [PostRule] = [], coverage: [CoverageRule] = []) {
        self.posts = posts
        self.coverage = coverage
    }
}
