/// Makes up a county: a few dense township seats with streets, split into communities, and many
/// villages of very different sizes (40 to 1,500 households by default) scattered around them,
/// in local metres, and the adults of every household with their offices (see `CountyRoster`).
/// Fast enough for a whole county (about 120,000 households in a few seconds).
public func generateCounty(_ spec: CountySpec) -> GeneratedCounty {
    CountyGenerator(spec: spec).generate()
}

struct CountyGenerator {
    let spec: CountySpec

    private enum Stream: UInt64 {
        case sizes = 1
        case layout, kinGroups, households, people
    }

    /// Smallest seat worth building as a town; smaller ones become villages.
    static let smallestSeat = 300
    /// Largest community a seat is split into.
    static let largestCommunity = 2_500

    func generate() -> GeneratedCounty {
        let minimum = spec.villageSize.lowerBound
        precondition(minimum >= 1 && spec.households >= minimum, "a county needs at least one village's households")
        var sizesRNG = SeededGenerator(seed: spec.seed, stream: Stream.sizes.rawValue)
        let townshipCount = max(
            1,
            min(
                spec.townships ?? Int((Double(spec.households) / 8_000).rounded()),
                spec.townships == nil ? 16 : Int.max, spec.households / minimum))
        let townshipTotals = Apportionment.split(
            spec.households, weights: (0..<townshipCount).map { _ in sizesRNG.uniform(0.5, 1.5) }, minimum: minimum)
        let townNames = PlaceNames.towns(townshipCount, using: &sizesRNG)
        let plans = townshipTotals.map { plan(total: $0, using: &sizesRNG) }

        var rng = SeededGenerator(seed: spec.seed, stream: Stream.layout.rawValue)
        let countyRadius = max(2_000, 25_000 * (Double(spec.households) / 121_650).squareRoot())
        let townshipReach = countyRadius / Double(townshipCount).squareRoot()
        var placement = SettlementPlacement()
        var townshipCentres: [PlanePoint] = []
        for (t, plan) in plans.enumerated() {
            let seatRadius =
                plan.communities.isEmpty
                ? 0 : LaneLayout.estimatedRadius(plan.communities.reduce(0, +), style: .townStreets)
            let centre =
                t == 0
                ? placement.placeWithin(
                    spread: 0, of: PlanePoint(x: 0, y: 0), radius: seatRadius, minimumGap: 0, using: &rng)
                : placement.placeWithin(
                    spread: countyRadius, of: PlanePoint(x: 0, y: 0), radius: seatRadius,
                    minimumGap: townshipReach * 0.8, using: &rng)
            townshipCentres.append(centre)
        }

        var drafts: [SiteDraft] = []
        drafts.reserveCapacity(spec.households)
        var settlements: [SettlementDraft] = []
        var rosterSettlements: [CountyRoster.Settlement] = []
        var groups: [AddressGroup] = []
        for (t, plan) in plans.enumerated() {
            let town = townNames[t]
            let townStem = String(town.dropLast())
            if !plan.communities.isEmpty {
                let sites = LaneLayout.lay(plan.communities.reduce(0, +), style: .townStreets, using: &rng)
                var suffixes = PlaceNames.communitySuffixes
                rng.shuffle(&suffixes)
                var cursor = 0
                for (c, size) in plan.communities.enumerated() {
                    let name = (c < suffixes.count ? suffixes[c] : townStem + ChineseNumerals.text(c + 1)) + "社区"
                    let first = drafts.count
                    for site in sites[cursor..<cursor + size] {
                        drafts.append(
                            SiteDraft(
                                location: PlanePoint(
                                    x: site.location.x + townshipCentres[t].x, y: site.location.y + townshipCentres[t].y
                                ),
                                settlement: settlements.count, lane: site.lane, addressGroup: 0, doorNumber: 0))
                    }
                    cursor += size
                    let range = first..<drafts.count
                    AddressGroups.streets(
                        &drafts, sites: range, settlement: settlements.count, prefix: town + name,
                        groups: &groups, using: &rng)
                    settlements.append(
                        SettlementDraft(
                            name: name, area: town + "-" + name, centre: townshipCentres[t], sites: range,
                            commonSurnames: HouseholdPopulation.commonSurnames(count: 3, using: &rng)))
                    rosterSettlements.append(CountyRoster.Settlement(sites: range, township: t, committee: .community))
                }
            }
            let villageNames = PlaceNames.villages(plan.villages.count, using: &rng)
            for (v, size) in plan.villages.enumerated() {
                let sites = LaneLayout.lay(size, style: .village, using: &rng)
                let radius = sites.map { $0.location.distance(to: PlanePoint(x: 0, y: 0)) }.max() ?? 0
                let centre = placement.placeWithin(
                    spread: townshipReach, of: townshipCentres[t], radius: radius, minimumGap: 150, using: &rng)
                let first = drafts.count
                for site in sites {
                    drafts.append(
                        SiteDraft(
                            location: PlanePoint(x: site.location.x + centre.x, y: site.location.y + centre.y),
                            settlement: settlements.count, lane: site.lane, addressGroup: 0, doorNumber: 0))
                }
                let range = first..<drafts.count
                AddressGroups.villagerGroups(
                    &drafts, sites: range, settlement: settlements.count, prefix: town + villageNames[v],
                    firstNumber: 1,
                    size: 60...150, groups: &groups, using: &rng)
                settlements.append(
                    SettlementDraft(
                        name: villageNames[v], area: town + "-" + villageNames[v], centre: centre, sites: range,
                        commonSurnames: HouseholdPopulation.commonSurnames(count: rng.integer(in: 1...3), using: &rng)))
                rosterSettlements.append(CountyRoster.Settlement(sites: range, township: t, committee: .village))
            }
        }

        var kinRNG = SeededGenerator(seed: spec.seed, stream: Stream.kinGroups.rawValue)
        let kin = KinGroupFormation.form(
            drafts, settlements: settlements, share: spec.kinGroupShare, crossingGroups: 0, using: &kinRNG)
        var householdsRNG = SeededGenerator(seed: spec.seed, stream: Stream.households.rawValue)
        let populated = HouseholdPopulation.populate(
            drafts, settlements: settlements, addressGroups: groups, kinGroupOf: kin.groupOf,
            kinGroupCount: kin.count, projection: nil, using: &householdsRNG)
        var peopleRNG = SeededGenerator(seed: spec.seed, stream: Stream.people.rawValue)
        let people = CountyRoster.draw(
            households: populated.households, heads: populated.heads, addressGroupOf: drafts.map(\.addressGroup),
            settlements: rosterSettlements, using: &peopleRNG)
        return GeneratedCounty(
            spec: spec, households: populated.households, people: people, areas: settlements.map(\.area),
            townships: townNames)
    }

    /// How one township's households split into seat communities and villages.
    struct TownshipPlan {
        var communities: [Int]
        var villages: [Int]
    }

    private func plan(total: Int, using rng: inout SeededGenerator) -> TownshipPlan {
        let minimum = spec.villageSize.lowerBound
        let maximum = spec.villageSize.upperBound
        var seat = Int((Double(total) * rng.uniform(spec.seatShare.lowerBound, spec.seatShare.upperBound)).rounded())
        if seat < Self.smallestSeat { seat = 0 }
        if total - seat < minimum { seat = total }
        var communities: [Int] = []
        if seat > 0 {
            let count = (seat + Self.largestCommunity - 1) / Self.largestCommunity
            communities = Apportionment.split(
                seat, weights: (0..<count).map { _ in rng.uniform(0.7, 1.3) }, minimum: minimum)
        }
        var villages: [Int] = []
        var left = total - seat
        while left > 0 {
            // Skewed towards smaller villages but few tiny ones: median near 400, mean near 470
            // with the defaults, under 3% below 60 households.
            let t = (rng.unit() + rng.unit()) / 2
            var size = minimum + Int(Double(maximum - minimum) * t * t)
            if left - size < minimum { size = left <= maximum ? left : left - minimum }
            villages.append(size)
            left -= size
        }
        return TownshipPlan(communities: communities, villages: villages)
    }
}
