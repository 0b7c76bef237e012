/// The staff a household can call about its grid: the grid member (网格员) and the grid leader
/// (网格长). Every field is optional: a plan that is not staffed yet exports with blanks.
public struct GridContacts: Sendable, Hashable {
    public var memberName: String?
    public var memberPhone: String?
    public var leaderName: String?
    public var leaderPhone: String?

    public init(memberName: String? = nil, memberPhone: String? = nil,
                leaderName: String? = nil, leaderPhone: String? = nil) {
        self.memberName = memberName
        self.memberPhone = memberPhone
        self.leaderName = leaderName
        self.leaderPhone = leaderPhone
    }

    public static let blank = GridContacts()
}

/// One person in post, as the staffing list names them.
public struct StaffMember: Sendable, Hashable {
    public enum Post: String, Sendable, Hashable, CaseIterable, Comparable {
        /// 总网格长: the village's chief, usually the party secretary.
        case chief
        /// 分支长 / 片长: leads a zone of several leaders.
        case zoneLeader = "zone_leader"
        /// 网格长: leads a few grids' members.
        case gridLeader = "grid_leader"
        /// 网格员: serves the households of one grid.
        case gridMember = "grid_member"

        public static func < (a: Post, b: Post) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    public var personID: String
    public var name: String
    public var phone: String?
    public var post: Post
    /// Grid codes the post covers (a member's one grid, a leader's grids); a zone's name for zone leaders.
    public var units: [String]
    /// The household the person lives in, when their id is a household id: marked on maps.
    public var homeHousehold: String?
    /// Whether the person is a party member (党员), when the staffing list says.
    public var isPartyMember: Bool? = nil
}

/// Who holds which post, per grid code. Filled from `staffing.csv` in the plan folder when it
/// exists (see ``StaffDirectory/read(folder:households:)``), empty otherwise.
public struct StaffDirectory: Sendable {
    public var staff: [StaffMember]

    public init(staff: [StaffMember] = []) {
        self.staff = staff
    }

    public static let empty = StaffDirectory()

    public var isEmpty: Bool { staff.isEmpty }

    /// Contacts of one grid: its member and the leader whose units include the grid.
    public func contacts(forGrid code: String) -> GridContacts {
        let member = staff.first { $0.post == .gridMember && $0.units.contains(code) }
        let leader = staff.first { $0.post == .gridLeader && $0.units.contains(code) }
        return GridContacts(memberName: member?.name, memberPhone: member?.phone,
                            leaderName: leader?.name, leaderPhone: leader?.phone)
    }

    /// A post that names a unit above the grids (a grid leader's 分网格 DHS-05) serves every grid
    /// beneath it: those grid codes join the post's units, so that each grid finds its leader.
    public mutating func addGridsBeneathUnits(of structure: Structure) {
        var gridsUnder: [String: [String]] = [:]
        let gridLevel = structure.gridLevel
        for level in stride(from: gridLevel - 1, through: 0, by: -1) {
            for unit in structure.units[level] {
                gridsUnder[unit.code] = unit.children.flatMap { c -> [String] in
                    let child = structure.units[level + 1][c].code
                    return level + 1 == gridLevel ? [child] : gridsUnder[child] ?? []
                }
            }
        }
        for k in staff.indices where staff[k].post != .chief {  // the chief serves them all anyway
            let beneath = staff[k].units.flatMap { gridsUnder[$0] ?? [] }
            staff[k].units += beneath.filter { !staff[k].units.contains($0) }
        }
    }

    public func people(in post: StaffMember.Post) -> [StaffMember] {
        staff.filter { $0.post == post }
    }
}
