/// How the adults of one village or town community are drawn: how many hold which office, and
/// who cannot serve. A village takes its own from its `VillageSpec`; a county gives each of its
/// villages and seat communities one sized to it.
struct RosterSpec: Sendable, Hashable {
    /// Party members; nil: 10% of the adults listed.
    var partyMembers: Int?
    /// Villager (or residents') representatives; nil: 5% of the adults listed.
    var villagerRepresentatives: Int?
    /// Members of the two committees (两委): the branch secretary, branch members and committee
    /// members.
    var villageCadres: Int
    /// Committee logistics staff (后勤人员).
    var logisticsStaff: Int
    /// Share of listed adults who cannot serve (away, locked out, unfit).
    var unavailableShare: Double
    /// Share of adults working in the public sector (公职人员: teachers, doctors, clerks of the
    /// township and county); 0 draws none.
    var publicEmployeeShare: Double = 0
    /// Whose titles the self-government offices carry.
    var committee: Committee = .village

    /// A village's committee (村委会) and villager groups, or a town community's residents'
    /// committee (居委会) and residents' groups.
    enum Committee: Sendable, Hashable {
        case village
        case community

        /// 村委会主任 or 居委会主任
        var director: String { self == .village ? "村委会主任" : "居委会主任" }
        /// 村委会委员 or 居委会委员
        var member: String { self == .village ? "村委会委员" : "居委会委员" }
        /// 村民小组长 or 居民小组长
        var groupLeader: String { self == .village ? "村民小组长" : "居民小组长" }
        /// 村民代表 or 居民代表
        var representative: String { self == .village ? "村民代表" : "居民代表" }
    }
}

extension VillageSpec {
    /// The village's roster figures.
    var roster: RosterSpec {
        RosterSpec(
            partyMembers: partyMembers, villagerRepresentatives: villagerRepresentatives, villageCadres: villageCadres,
            logisticsStaff: logisticsStaff, unavailableShare: unavailableShare)
    }
}
