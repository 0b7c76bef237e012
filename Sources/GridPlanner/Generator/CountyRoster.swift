/// Draws a county's adults (people.csv): every village and seat community draws its own roster
/// with `RosterGenerator`, its two committees sized to it and with some public employees, then
/// each township's cadres (乡镇干部) are drawn from its adults without office, about half of
/// them living in the seat. Ids run from `P0001` over the whole county.
enum CountyRoster {
    /// One settlement as the roster sees it.
    struct Settlement {
        var sites: Range<Int>
        var township: Int
        var committee: RosterSpec.Committee
    }

    /// Share of adults in the public sector (公职人员) in every settlement.
    static let publicEmployeeShare = 0.03
    /// One township cadre for this many households of the township.
    static let householdsPerTownshipCadre = 80
    /// Share of township cadres who are party members.
    static let cadrePartyShare = 0.7

    /// The figures of one settlement's roster: two committees of 5 to 9, growing with the
    /// settlement; a logistics hand per 60 households.
    static func spec(households: Int, committee: RosterSpec.Committee) -> RosterSpec {
        RosterSpec(
            villageCadres: min(9, 5 + households / 150), logisticsStaff: max(2, households / 60),
            unavailableShare: 0.05, publicEmployeeShare: publicEmployeeShare, committee: committee)
    }

    static func draw(
        households: [Household], heads: [HouseholdHead?], addressGroupOf: [Int], settlements: [Settlement],
        using rng: inout SeededGenerator
    ) -> [Person] {
        var phones = PhoneNumbers()
        var people: [Person] = []
        var townshipOf: [Int] = []
        var committeeOf: [RosterSpec.Committee] = []
        for settlement in settlements where !settlement.sites.isEmpty {
            // Address groups are numbered county-wide; the roster wants them from 0 per settlement.
            var local: [Int: Int] = [:]
            let groupOf = settlement.sites.map { site in
                let group = addressGroupOf[site]
                if let known = local[group] { return known }
                local[group] = local.count
                return local.count - 1
            }
            let roster = RosterGenerator(spec: spec(households: settlement.sites.count, committee: settlement.committee))
                .roster(
                    households: Array(households[settlement.sites]), heads: Array(heads[settlement.sites]),
                    villagerGroupOf: groupOf, villagerGroupCount: local.count, phones: &phones, using: &rng)
            people += roster
            townshipOf += Array(repeating: settlement.township, count: roster.count)
            committeeOf += Array(repeating: settlement.committee, count: roster.count)
        }

        let townships = Set(settlements.map(\.township)).sorted()
        for township in townships {
            let total = settlements.filter { $0.township == township }.reduce(0) { $0 + $1.sites.count }
            let count = max(4, total / householdsPerTownshipCadre)
            let free = people.indices.filter { townshipOf[$0] == township && people[$0].posts.isEmpty }
            let inSeat = free.filter { committeeOf[$0] == .community }
            let inVillages = free.filter { committeeOf[$0] == .village }
            let fromSeat = min(inSeat.count, count / 2)
            let chosen =
                RosterGenerator.pick(fromSeat, from: inSeat, using: &rng)
                + RosterGenerator.pick(min(count - fromSeat, inVillages.count), from: inVillages, using: &rng)
            for p in chosen {
                people[p].posts = ["乡镇干部"]
                if rng.chance(cadrePartyShare) { people[p].isPartyMember = true }
            }
        }

        let width = max(4, String(people.count).count)
        for p in people.indices { people[p].id = "P" + HouseholdPopulation.padded(p + 1, width: width) }
        return people
    }
}
