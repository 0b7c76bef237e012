/// Turns site drafts into household rows: ids, heads' names, residents, weights, kin groups,
/// shop names and addresses. Coordinates are rounded to what the CSV holds (0.1 m, 1e-7°), so
/// that rows in memory equal rows read back.
enum HouseholdPopulation {
    /// Share of heads drawn from their settlement's common surnames.
    static let localSurnameShare = 0.55

    static func populate(
        _ drafts: [SiteDraft], settlements: [SettlementDraft], addressGroups: [AddressGroup],
        kinGroupOf: [Int?], kinGroupCount: Int, projection: EquirectangularOffset?,
        using rng: inout SeededGenerator
    ) -> (households: [Household], heads: [HouseholdHead?]) {
        let idWidth = max(4, String(drafts.count).count)
        let kinWidth = max(3, String(kinGroupCount).count)
        var kinSurnames = [String?](repeating: nil, count: kinGroupCount)
        var households: [Household] = []
        var heads: [HouseholdHead?] = []
        households.reserveCapacity(drafts.count)
        heads.reserveCapacity(drafts.count)

        for (index, draft) in drafts.enumerated() {
            let settlement = settlements[draft.settlement]
            let group = addressGroups[draft.addressGroup]
            let location = PlanePoint(
                x: (draft.location.x * 10).rounded() / 10, y: (draft.location.y * 10).rounded() / 10)
            var row = Household(
                id: "H" + padded(index + 1, width: idWidth), location: location,
                address: group.prefix + group.label + String(draft.doorNumber) + "号",
                area: settlement.area, kind: draft.kind)
            if let projection {
                let geo = projection.geo(location)
                row.geo = GeoPoint(
                    longitude: (geo.longitude * 1e7).rounded() / 1e7, latitude: (geo.latitude * 1e7).rounded() / 1e7)
            }
            if draft.isResidential {
                var surname: String
                if let kin = kinGroupOf[index] {
                    surname = kinSurnames[kin] ?? localSurname(settlement, using: &rng)
                    kinSurnames[kin] = surname
                    row.kinGroup = "K" + padded(kin + 1, width: kinWidth)
                } else {
                    surname = localSurname(settlement, using: &rng)
                }
                let (residents, elderlyAlone) = ResidentCounts.draw(using: &rng)
                let female = rng.chance(elderlyAlone ? 0.6 : 0.15)
                let name = ChineseNames.fullName(surname: surname, female: female, using: &rng)
                row.name = name
                row.residents = residents
                row.weight = elderlyAlone ? 2 : 1
                heads.append(
                    HouseholdHead(
                        name: name, surname: surname, isFemale: female, residents: residents,
                        livesAloneElderly: elderlyAlone))
            } else {
                row.name = draft.label ?? shopName(in: settlement, using: &rng)
                row.residents = 0
                heads.append(nil)
            }
            households.append(row)
        }
        return (households, heads)
    }

    static func localSurname(_ settlement: SettlementDraft, using rng: inout SeededGenerator) -> String {
        if !settlement.commonSurnames.isEmpty && rng.chance(localSurnameShare) {
            return settlement.commonSurnames[rng.weightedIndex(settlement.commonSurnames.map(\.weight))].name
        }
        return ChineseNames.surname(using: &rng)
    }

    /// A few common surnames for a settlement, the first usually dominant.
    static func commonSurnames(count: Int, using rng: inout SeededGenerator) -> [(name: String, weight: Double)] {
        var chosen: [(name: String, weight: Double)] = []
        while chosen.count < count {
            let name = ChineseNames.surname(using: &rng)
            if !chosen.contains(where: { $0.name == name }) {
                chosen.append((name, chosen.isEmpty ? rng.uniform(2, 4) : rng.uniform(0.5, 1.5)))
            }
        }
        return chosen
    }

    private static func shopName(in settlement: SettlementDraft, using rng: inout SeededGenerator) -> String {
        let owner = ChineseNames.surname(using: &rng)
        let place = settlement.name.hasSuffix("村") ? String(settlement.name.dropLast()) : settlement.name
        switch rng.index(below: 8) {
        case 0: return owner + "家小卖部"
        case 1: return owner + "记便民超市"
        case 2: return owner + "家农家院"
        case 3: return place + "便民店"
        case 4: return owner + "记修车铺"
        case 5: return owner + "家小吃店"
        case 6: return place + "农资店"
        default: return owner + "记理发店"
        }
    }

    static func padded(_ n: Int, width: Int) -> String {
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
