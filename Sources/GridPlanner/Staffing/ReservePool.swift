/// The reserve pool (储备库): available people who are not serving. Proposals for an empty seat
/// or a coverage gap come from it, best first: eligible people by distance to the unit, then
/// the nearest others with what they lack.
struct ReservePool {
    let people: [Person]
    /// Indices of available people not serving, in file order.
    let members: [Int]

    init(people: [Person], available: [Bool], serving: Set<Int>) {
        self.people = people
        members = people.indices.filter { available[$0] && !serving.contains($0) }
    }

    /// The whole pool, best first: eligible for the most posts, then party members, then by id order.
    func ranked(posts: [PostRule]) -> [Int] {
        let counts = members.map { m in posts.filter { $0.eligible.admits(people[m]) }.count }
        return members.indices.sorted {
            if counts[$0] != counts[$1] { return counts[$0] > counts[$1] }
            let a = people[members[$0]], b = people[members[$1]]
            if a.isPartyMember != b.isPartyMember { return a.isPartyMember }
            return members[$0] < members[$1]
        }.map { members[$0] }
    }

    /// Up to `limit` proposals for a place at `centre`: people `eligible` admits, nearest first,
    /// then (to fill the list) the nearest others, marked with what they lack.
    func proposals(for eligible: Eligibility, near centre: PlanePoint, limit: Int = 3) -> [ReserveProposal] {
        let byDistance = members.map { ($0, people[$0].home.distance(to: centre)) }
            .sorted { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        var result = byDistance.filter { eligible.admits(people[$0.0]) }.prefix(limit).map {
            ReserveProposal(person: $0.0, distance: $0.1, isEligible: true, lacks: nil)
        }
        if result.count < limit {
            for (m, d) in byDistance where !eligible.admits(people[m]) && result.count < limit {
                result.append(ReserveProposal(person: m, distance: d, isEligible: false, lacks: "not \(eligible.description)"))
            }
        }
        return result
    }
}
