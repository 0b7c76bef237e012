/// One row to be: where it stands and what it belongs to, before names and people are drawn.
struct SiteDraft: Sendable {
    var location: PlanePoint
    /// Index of the hamlet, village or town community it stands in.
    var settlement: Int
    /// Lane within the settlement; kin groups do not cross lanes.
    var lane: Int
    /// Index into the generator's address groups (villager group 三组, or a street).
    var addressGroup: Int
    /// Door number within the address group, from 1.
    var doorNumber: Int
    var kind: String = Household.defaultKind
    /// The name of a shop or unit.
    var label: String? = nil

    var isResidential: Bool { kind == Household.defaultKind }
}

/// A hamlet, a village or a town community: a named built-up area whose sites are contiguous
/// in the draft list.
struct SettlementDraft: Sendable {
    var name: String
    /// The `area` column for its rows.
    var area: String
    var centre: PlanePoint
    var sites: Range<Int>
    /// Surnames most of its families carry, with weights.
    var commonSurnames: [(name: String, weight: Double)]
}

/// A villager group (三组) or a street: the first part of an address after the settlement.
struct AddressGroup: Sendable {
    /// 大华山村 or 青溪镇城东社区
    var prefix: String
    /// 三组 or 建设路
    var label: String
    /// The settlement the group lies in.
    var settlement: Int
}
