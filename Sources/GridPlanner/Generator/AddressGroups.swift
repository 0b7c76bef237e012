/// Cuts a settlement's sites (in lane order) into contiguous address groups and numbers the
/// doors in each: villager groups (一组, 二组, ...) for villages, streets for towns.
enum AddressGroups {
    /// Villager groups of roughly `size` households, numbered on from `firstNumber`.
    static func villagerGroups(
        _ drafts: inout [SiteDraft], sites: Range<Int>, settlement: Int, prefix: String, firstNumber: Int,
        size: ClosedRange<Double>, groups: inout [AddressGroup], using rng: inout SeededGenerator
    ) {
        let target = rng.uniform(size.lowerBound, size.upperBound)
        let count = max(1, Int((Double(sites.count) / target).rounded()))
        let lengths = Apportionment.split(
            sites.count, weights: (0..<count).map { _ in rng.uniform(0.8, 1.2) }, minimum: min(1, sites.count))
        var cursor = sites.lowerBound
        for (k, length) in lengths.enumerated() where length > 0 {
            let index = groups.count
            groups.append(
                AddressGroup(
                    prefix: prefix, label: ChineseNumerals.text(firstNumber + k) + "组", settlement: settlement))
            for (n, site) in (cursor..<cursor + length).enumerated() {
                drafts[site].addressGroup = index
                drafts[site].doorNumber = n + 1
            }
            cursor += length
        }
    }

    /// One street per lane, named from the street list; door numbers run along the street.
    static func streets(
        _ drafts: inout [SiteDraft], sites: Range<Int>, settlement: Int, prefix: String,
        groups: inout [AddressGroup], using rng: inout SeededGenerator
    ) {
        var names = PlaceNames.streets
        rng.shuffle(&names)
        var groupOfLane: [Int: Int] = [:]
        var doors: [Int: Int] = [:]
        for site in sites {
            let lane = drafts[site].lane
            let index: Int
            if let known = groupOfLane[lane] {
                index = known
            } else {
                let round = lane / names.count
                let label = names[lane % names.count] + (round == 0 ? "" : ChineseNumerals.text(round + 1) + "巷")
                index = groups.count
                groups.append(AddressGroup(prefix: prefix, label: label, settlement: settlement))
                groupOfLane[lane] = index
            }
            doors[index, default: 0] += 1
            drafts[site].addressGroup = index
            drafts[site].doorNumber = doors[index]!
        }
    }
}
