/// Makes up a village to plan: hamlets (or zones) of different sizes, houses along lanes,
/// shops and units, kin groups, households with residents, and a roster of adults.
public func generateVillage(_ spec: VillageSpec) -> GeneratedVillage {
    VillageGenerator(spec: spec).generate()
}

struct VillageGenerator {
    let spec: VillageSpec

    /// Independent random streams, so that a change in one step leaves the others' draws alone.
    private enum Stream: UInt64 {
        case layout = 1
        case kinds, kinGroups, households, people
    }

    func generate() -> GeneratedVillage {
        precondition(spec.households >= 1, "a village needs at least one household")
        var layoutRNG = SeededGenerator(seed: spec.seed, stream: Stream.layout.rawValue)
        var (drafts, settlements, groups) = layOut(using: &layoutRNG)

        var kindsRNG = SeededGenerator(seed: spec.seed, stream: Stream.kinds.rawValue)
        markUnitsAndShops(&drafts, settlements: settlements, using: &kindsRNG)

        var kinRNG = SeededGenerator(seed: spec.seed, stream: Stream.kinGroups.rawValue)
        let crossing: Int
        switch spec.layout {
        case .hamlets where spec.kinGroupsMayCrossHamlets: crossing = max(1, settlements.count / 2)
        default: crossing = 0
        }
        let kin = KinGroupFormation.form(
            drafts, settlements: settlements, share: spec.kinGroupShare, crossingGroups: crossing, using: &kinRNG)

        var householdsRNG = SeededGenerator(seed: spec.seed, stream: Stream.households.rawValue)
        let populated = HouseholdPopulation.populate(
            drafts, settlements: settlements, addressGroups: groups, kinGroupOf: kin.groupOf,
            kinGroupCount: kin.count, projection: spec.centre.map(EquirectangularOffset.init(centre:)),
            using: &householdsRNG)

        var peopleRNG = SeededGenerator(seed: spec.seed, stream: Stream.people.rawValue)
        var phones = PhoneNumbers()
        let people = RosterGenerator(spec: spec.roster).roster(
            households: populated.households, heads: populated.heads,
            villagerGroupOf: drafts.map(\.addressGroup), villagerGroupCount: groups.count, phones: &phones,
            using: &peopleRNG)

        return GeneratedVillage(
            spec: spec, households: populated.households, people: people, areas: settlements.map(\.area))
    }

    private var settlementCount: Int {
        switch spec.layout {
        case .hamlets(let count?): return max(1, min(count, spec.households))
        case .hamlets(nil):
            let byHouseholds = Int((Double(spec.households) / 250).rounded())
            return max(1, min(max(2, min(8, byHouseholds)), spec.households / 20))
        case .zones(let count): return max(1, min(count, spec.households))
        }
    }

    private func layOut(using rng: inout SeededGenerator) -> ([SiteDraft], [SettlementDraft], [AddressGroup]) {
        let count = settlementCount
        let isZones: Bool
        if case .zones = spec.layout { isZones = true } else { isZones = false }
        let sizes = Apportionment.split(
            spec.households,
            weights: (0..<count).map { _ in isZones ? rng.uniform(0.8, 1.2) : rng.uniform(0.35, 1.65) },
            minimum: 1
        ).sorted(by: >)
        let names =
            isZones
            ? (1...count).map { "第" + ChineseNumerals.text($0) + "片区" }
            : PlaceNames.hamlets(count, using: &rng)
        var style = LaneStyle.village
        if isZones { style.elongation = 0.8...1.5 }

        var placement = HamletPlacement()
        var drafts: [SiteDraft] = []
        var settlements: [SettlementDraft] = []
        var groups: [AddressGroup] = []
        drafts.reserveCapacity(spec.households)
        for (index, size) in sizes.enumerated() {
            let sites = LaneLayout.lay(size, style: style, using: &rng)
            // Neighbouring zones are a street apart. Hamlets lie from nearly touching to a valley
            // apart; the second one always adjoins the main one, as old villages grow into neighbours.
            let gap: ClosedRange<Double> = isZones ? 12...25 : (index == 1 ? 30...100 : 30...450)
            let centre = placement.place(sites.map(\.location), gap: gap, using: &rng)
            let first = drafts.count
            for site in sites {
                drafts.append(
                    SiteDraft(
                        location: PlanePoint(x: site.location.x + centre.x, y: site.location.y + centre.y),
                        settlement: index, lane: site.lane, addressGroup: 0, doorNumber: 0))
            }
            let range = first..<drafts.count
            settlements.append(
                SettlementDraft(
                    name: names[index], area: names[index], centre: centre, sites: range,
                    commonSurnames: HouseholdPopulation.commonSurnames(count: rng.integer(in: 2...3), using: &rng)))
            AddressGroups.villagerGroups(
                &drafts, sites: range, settlement: index, prefix: spec.name, firstNumber: groups.count + 1,
                size: 80...180, groups: &groups, using: &rng)
        }
        return (drafts, settlements, groups)
    }

    /// Units (村委会, 卫生室, school, kindergarten) take the sites nearest the main hamlet's centre;
    /// shops take random sites elsewhere.
    private func markUnitsAndShops(
        _ drafts: inout [SiteDraft], settlements: [SettlementDraft], using rng: inout SeededGenerator
    ) {
        let n = spec.households
        let stem = spec.name.hasSuffix("村") ? String(spec.name.dropLast()) : spec.name
        var units: [String] = []
        if n >= 20 { units += [spec.name + "村民委员会", spec.name + "卫生室"] }
        if n >= 400 { units.append(stem + "小学") }
        if n >= 800 { units.append(stem + "幼儿园") }
        let main = settlements[0]
        let nearCentre = main.sites.sorted {
            (drafts[$0].location.distance(to: main.centre), $0) < (drafts[$1].location.distance(to: main.centre), $1)
        }
        for (label, site) in zip(units, nearCentre) {
            drafts[site].kind = "unit"
            drafts[site].label = label
        }
        let shops = min(spec.shops ?? (n >= 20 ? n / 80 : 0), n - units.count)
        var marked = 0
        while marked < shops {
            let site = rng.index(below: drafts.count)
            if drafts[site].isResidential {
                drafts[site].kind = "shop"
                marked += 1
            }
        }
    }
}
