/// One person in one post at one unit.
public struct StaffAssignment: Sendable, Hashable {
    /// Index into ``Staffing/people``.
    public var person: Int
    /// Index into the rules' posts.
    public var post: Int
    /// Level and index of the unit served, in the plan's ``Structure``.
    public var level: Int
    public var unit: Int
    /// From the person's home to the unit's centre household (m).
    public var distance: Double
}

/// Someone from the reserve pool proposed for an empty seat or a coverage gap.
public struct ReserveProposal: Sendable, Hashable {
    public var person: Int
    public var distance: Double
    /// Meets the post's eligibility (only distance or the rules keep them out); when false,
    /// `lacks` says what they miss.
    public var isEligible: Bool
    public var lacks: String?
}

/// Seats that stay empty, or a coverage rule a unit misses, explained in the user's terms.
public struct StaffingShortfall: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case seat, coverage }
    public var kind: Kind
    /// Index into the rules' posts (seat) or coverage rules (coverage).
    public var rule: Int
    public var level: Int
    public var unit: Int
    /// People missing.
    public var missing: Int
    /// "leader group DHS-03 needs 1 grid leader (分网格长) who is a party member: nobody eligible
    /// is available within 500 m".
    public var message: String
    /// Best first.
    public var proposals: [ReserveProposal]
}

/// How the staffing search ended.
public enum StaffingSolveStatus: String, Sendable, Hashable {
    /// GLPK proved the staffing optimal for the model.
    case optimal
    /// GLPK stopped at its node or time limit with this staffing.
    case feasible
    /// GLPK found nothing within its limits; this is the greedy staffing.
    case greedy
}

/// Who serves where: the result of staffing a plan's structure.
public struct Staffing: Sendable {
    public var rules: StaffingRules
    public var people: [Person]
    public var peopleFile: String
    /// Sorted by level (top first), unit code, post order and person id.
    public var assignments: [StaffAssignment]
    public var shortfalls: [StaffingShortfall]
    /// Available people who are not serving, best first (eligible for the most posts, then id).
    public var reservePool: [Int]
    /// Ids of the people marked unavailable for this run (on the command line or in the file).
    public var unavailable: [String]
    /// People whose post or unit differs from the staffing before (nil without one).
    public var changedPeople: Int?
    public var status: StaffingSolveStatus
    public var seconds: Double

    /// Every seat filled and every coverage rule met.
    public var isComplete: Bool { shortfalls.isEmpty }
}
