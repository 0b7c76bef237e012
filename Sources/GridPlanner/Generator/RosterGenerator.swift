/// Draws the adults of a village or town community (people.csv): each household's head and often
/// a second adult, then offices, party membership, skills and who cannot serve, in the proportions
/// of the published cases (two committees of about 7, villager representatives, one leader per
/// villager group, about 8 logistics staff, about 10% party members, about 5% unavailable), and
/// public employees when the spec asks for them.
struct RosterGenerator {
    let spec: RosterSpec

    /// Share of households with two or more residents that list a second adult.
    static let secondAdultShare = 0.7
    /// Shares of adults holding each of the public-welfare posts ("eight posts", 八大员).
    static let welfarePosts: [(name: String, share: Double)] = [
        ("保洁员", 0.012), ("护林员", 0.010), ("管水员", 0.003), ("社保协管员", 0.003),
        ("巡视探访员", 0.005), ("公共设施维护员", 0.004), ("特勤人员", 0.003),
    ]

    /// The roster of `households`, ids `P0001` on; `phones` keeps numbers unique across rosters
    /// drawn one after another (a county's villages).
    func roster(
        households: [Household], heads: [HouseholdHead?], villagerGroupOf: [Int], villagerGroupCount: Int,
        phones: inout PhoneNumbers, using rng: inout SeededGenerator
    ) -> [Person] {
        var people: [Person] = []
        var groupOfPerson: [Int] = []
        var isHead: [Bool] = []
        for (index, household) in households.enumerated() {
            guard let head = heads[index] else { continue }
            people.append(person(name: head.name, household: household, phones: &phones, using: &rng))
            groupOfPerson.append(villagerGroupOf[index])
            isHead.append(true)
            if head.residents >= 2 && rng.chance(Self.secondAdultShare) {
                // A spouse keeps her or his own surname; an adult child carries the head's.
                let child = rng.chance(0.25)
                let female = child ? rng.chance(0.5) : !head.isFemale
                let surname = child ? head.surname : ChineseNames.surname(using: &rng)
                let name = ChineseNames.fullName(surname: surname, female: female, using: &rng)
                people.append(person(name: name, household: household, phones: &phones, using: &rng))
                groupOfPerson.append(villagerGroupOf[index])
                isHead.append(false)
            }
        }
        guard !people.isEmpty else { return people }
        let idWidth = max(4, String(people.count).count)
        for p in people.indices { people[p].id = "P" + HouseholdPopulation.padded(p + 1, width: idWidth) }
        let adults = people.count
        var holdsOffice = [Bool](repeating: false, count: adults)

        // The two committees (两委).
        let committee = spec.committee
        let cadres = Self.pick(min(spec.villageCadres, adults), from: Array(0..<adults), using: &rng)
        let branchSize = max(1, cadres.count * 3 / 7)
        for (rank, p) in cadres.enumerated() {
            holdsOffice[p] = true
            if rank == 0 {
                people[p].posts = ["党支部书记", committee.director]
            } else if rank < branchSize {
                people[p].posts = rank == 1 ? ["党支部委员", committee.member] : ["党支部委员"]
            } else {
                people[p].posts = [committee.member]
            }
            if rank < branchSize { people[p].isPartyMember = true }
        }

        // One leader per villager group, living in the group, preferably a household head.
        var membersOfGroup = [[Int]](repeating: [], count: villagerGroupCount)
        for p in 0..<adults { membersOfGroup[groupOfPerson[p]].append(p) }
        for members in membersOfGroup {
            let free = members.filter { !holdsOffice[$0] }
            let preferred = free.filter { isHead[$0] }
            guard let leader = Self.pick(1, from: preferred.isEmpty ? free : preferred, using: &rng).first else { continue }
            people[leader].posts.append(committee.groupLeader)
            holdsOffice[leader] = true
        }

        let notCadre = (0..<adults).filter { !cadres.contains($0) }
        let logistics = Self.pick(
            min(spec.logisticsStaff, notCadre.count), from: notCadre.filter { !holdsOffice[$0] }, using: &rng)
        for p in logistics { people[p].posts.append("后勤人员") }

        let representativeCount = spec.villagerRepresentatives ?? Int((Double(adults) * 0.05).rounded())
        let representatives = Self.pick(min(representativeCount, notCadre.count), from: notCadre, using: &rng)
        for p in representatives { people[p].posts.append(committee.representative) }
        for p in 0..<adults { people[p].posts.sort(by: Self.postOrder) }

        // Party members: the branch first, then office holders are likelier than others.
        let partyTarget = spec.partyMembers ?? Int((Double(adults) * 0.10).rounded())
        var party = people.filter(\.isPartyMember).count
        var order = Array(0..<adults)
        rng.shuffle(&order)
        for p in order
        where party < partyTarget && !people[p].isPartyMember && !people[p].posts.isEmpty && rng.chance(0.35) {
            people[p].isPartyMember = true
            party += 1
        }
        for p in order where party < partyTarget && !people[p].isPartyMember {
            people[p].isPartyMember = true
            party += 1
        }

        // Skills: the public-welfare posts, then the clinic's doctor(s) and health workers.
        var skilled: [(String, Int)] = Self.welfarePosts.map {
            ($0.name, max(1, Int((Double(adults) * $0.share).rounded())))
        }
        skilled.append(("医生", 1 + adults / 1500))
        skilled.append(("卫生员", 1 + adults / 1000))
        for (skill, count) in skilled {
            for p in Self.pick(min(count, notCadre.count), from: notCadre, using: &rng) { people[p].skills.append(skill) }
        }

        // Who cannot serve: anyone but the two committees.
        let unavailable = Int((Double(adults) * spec.unavailableShare).rounded())
        for p in Self.pick(min(unavailable, notCadre.count), from: notCadre, using: &rng) { people[p].isAvailable = false }

        // Public employees living in the village, drawn last so that villages without them keep
        // every earlier draw.
        let publicEmployees = Int((Double(adults) * spec.publicEmployeeShare).rounded())
        if publicEmployees > 0 {
            for p in Self.pick(min(publicEmployees, notCadre.count), from: notCadre, using: &rng) {
                people[p].posts.append("公职人员")
                people[p].posts.sort(by: Self.postOrder)
            }
        }
        return people
    }

    private func person(
        name: String, household: Household, phones: inout PhoneNumbers, using rng: inout SeededGenerator
    ) -> Person {
        Person(id: "", name: name, phone: phones.next(using: &rng), household: household.id, home: household.location)
    }

    /// `count` distinct items in random order (a partial Fisher-Yates).
    static func pick(_ count: Int, from items: [Int], using rng: inout SeededGenerator) -> [Int] {
        var pool = items
        let n = min(count, pool.count)
        for i in 0..<n {
            let j = i + rng.index(below: pool.count - i)
            pool.swapAt(i, j)
        }
        return Array(pool.prefix(n))
    }

    private static let postRank: [String: Int] = [
        "党支部书记": 0, "村委会主任": 1, "居委会主任": 1, "党支部委员": 2, "村委会委员": 3, "居委会委员": 3, "乡镇干部": 4,
        "公职人员": 5, "村民小组长": 6, "居民小组长": 6, "村民代表": 7, "居民代表": 7, "后勤人员": 8,
    ]

    /// Offices in rank order: the two committees first, the logistics staff last.
    static func postOrder(_ a: String, _ b: String) -> Bool {
        (postRank[a] ?? 99, a) < (postRank[b] ?? 99, b)
    }
}
