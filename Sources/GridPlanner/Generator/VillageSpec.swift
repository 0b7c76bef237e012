/// What village to make up: its size, seed, names and a few published figures to honour.
public struct VillageSpec: Sendable, Hashable {
    /// Rows to write, shops and units included.
    public var households: Int
    public var seed: UInt64
    /// 大华山村
    public var name: String
    /// Scenario code, the prefix of grid codes (DHS).
    public var code: String
    /// When set, rows carry WGS84 longitude/latitude around this point instead of local metres.
    public var centre: GeoPoint?
    public var layout: VillageLayout
    /// A few kin groups may join the nearest houses of two adjacent hamlets (only where hamlets
    /// nearly touch). Switch off when grids must respect hamlet borders.
    public var kinGroupsMayCrossHamlets: Bool
    /// Share of residential households in a kin group.
    public var kinGroupShare: Double
    /// Shops (商户); nil: one per 80 rows.
    public var shops: Int?
    /// Party members in the roster; nil: 10% of the adults listed.
    public var partyMembers: Int?
    /// Villager representatives; nil: 5% of the adults listed.
    public var villagerRepresentatives: Int?
    /// Members of the two committees (两委): the branch secretary, branch members and village
    /// committee members.
    public var villageCadres: Int
    /// Village committee logistics staff (后勤人员).
    public var logisticsStaff: Int
    /// Share of listed adults who cannot serve (away, locked out, unfit).
    public var unavailableShare: Double

    public init(
        households: Int, seed: UInt64, name: String = "示范村", code: String = "V", centre: GeoPoint? = nil,
        layout: VillageLayout = .hamlets(nil), kinGroupsMayCrossHamlets: Bool = true, kinGroupShare: Double = 0.3,
        shops: Int? = nil, partyMembers: Int? = nil, villagerRepresentatives: Int? = nil, villageCadres: Int = 7,
        logisticsStaff: Int = 8, unavailableShare: Double = 0.05
    ) {
        self.households = households
        self.seed = seed
        self.name = name
        self.code = code
        self.centre = centre
        self.layout = layout
        self.kinGroupsMayCrossHamlets = kinGroupsMayCrossHamlets
        self.kinGroupShare = kinGroupShare
        self.shops = shops
        self.partyMembers = partyMembers
        self.villagerRepresentatives = villagerRepresentatives
        self.villageCadres = villageCadres
        self.logisticsStaff = logisticsStaff
        self.unavailableShare = unavailableShare
    }
}

/// How a village's houses are grouped on the ground, and what its `area` column names.
public enum VillageLayout: Sendable, Hashable {
    /// Natural villages (自然村) apart from one another over the village's land; `area` is the
    /// hamlet's name. nil: about one hamlet per 250 rows, at least 2 and at most 8.
    case hamlets(Int?)
    /// One compact settlement of adjoining zones (片区); `area` is the zone's name (第一片区).
    case zones(Int)
}
