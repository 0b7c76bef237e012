/// Says why a seat stays empty or a unit misses a coverage rule, in the user's terms, from the
/// people file alone (not from the solver): nobody eligible, everyone eligible unavailable,
/// nobody within the distance, or everyone close enough already serving.
struct ShortfallExplainer {
    let seats: StaffingSeats
    let peopleFile: String

    func unitName(level: Int, unit: Int) -> String {
        let structure = seats.structure
        return "\(structure.levelNames[level]) \(structure.units[level][unit].code)"
    }

    func explainSeat(_ s: Int, missing: Int) -> String {
        let seat = seats.seats[s]
        let post = seats.rules.posts[seat.post]
        let wanted = "\(missing) \(post.name) (\(post.id)) who is \(post.eligible.description)"
        return "\(unitName(level: seat.level, unit: seat.unit)) needs \(wanted): "
            + reason(eligible: post.eligible, centre: seat.centre, maxDistance: post.maxDistance, missing: missing)
    }

    func explainCoverage(_ r: Int, level: Int, unit: Int, missing: Int) -> String {
        let rule = seats.rules.coverage[r]
        let among = rule.posts.isEmpty ? "its staff" : "its " + rule.posts.joined(separator: "/")
        let centre = seats.households[seats.structure.units[level][unit].centre].location
        return "\(unitName(level: level, unit: unit)) needs \(missing) more \(rule.who.description) among \(among): "
            + reason(eligible: rule.who, centre: centre, maxDistance: nil, missing: missing)
    }

    private func reason(eligible: Eligibility, centre: PlanePoint, maxDistance: Double?, missing: Int) -> String {
        let people = seats.people
        let admitted = people.indices.filter { eligible.admits(people[$0]) }
        guard !admitted.isEmpty else { return "nobody in \(peopleFile) is \(eligible.description)" }
        let available = admitted.filter { seats.available[$0] }
        guard !available.isEmpty else {
            let names = admitted.prefix(3).map { people[$0].name }.joined(separator: ", ")
            return "all \(admitted.count) eligible people are unavailable (\(names)\(admitted.count > 3 ? ", ..." : ""))"
        }
        let nearest = available.map { ($0, people[$0].home.distance(to: centre)) }
            .min { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }!
        if let maxDistance {
            let within = available.filter { people[$0].home.distance(to: centre) <= maxDistance + 1e-9 }
            if within.isEmpty {
                return "nobody eligible is available within \(Int(maxDistance)) m (the nearest, \(people[nearest.0].name), lives \(Int(nearest.1.rounded())) m away)"
            }
            return within.count < missing
                ? "only \(within.count) eligible people are available within \(Int(maxDistance)) m"
                : "the \(within.count) eligible people available within \(Int(maxDistance)) m already serve in other posts"
        }
        return available.count < missing
            ? "only \(available.count) eligible people are available"
            : "the \(available.count) eligible people available already serve in other posts"
    }
}
