/// Forms kin groups (家族): clusters of 2-6 neighbouring households of one surname, covering
/// about `share` of the residential households. Groups are runs of neighbours along one lane; a
/// few optional groups join the closest houses of two adjacent hamlets.
enum KinGroupFormation {
    /// Shares of groups with 2, 3, 4, 5 and 6 households (mean about 3.2).
    static let sizeShares: [Double] = [0.35, 0.30, 0.18, 0.10, 0.07]
    /// Houses of a group that spans two hamlets stand at most this far from the group's seed house.
    static let crossingReach = 150.0

    /// The group index of every draft (nil: none) and the number of groups.
    static func form(
        _ drafts: [SiteDraft], settlements: [SettlementDraft], share: Double, crossingGroups: Int,
        using rng: inout SeededGenerator
    ) -> (groupOf: [Int?], count: Int) {
        var groupOf = [Int?](repeating: nil, count: drafts.count)
        var count = 0
        if crossingGroups > 0 {
            count = formCrossingGroups(
                drafts, settlements: settlements, limit: crossingGroups, groupOf: &groupOf, using: &rng)
        }
        let meanSize = sizeShares.enumerated().reduce(0.0) { $0 + Double($1.offset + 2) * $1.element }
        let startChance = share / (meanSize - share * (meanSize - 1))
        var i = 0
        while i < drafts.count {
            guard canJoin(i, drafts, groupOf), rng.chance(startChance) else {
                i += 1
                continue
            }
            let size = rng.weightedIndex(sizeShares) + 2
            var members = [i]
            var j = i + 1
            while members.count < size, j < drafts.count, canJoin(j, drafts, groupOf),
                drafts[j].settlement == drafts[i].settlement, drafts[j].lane == drafts[i].lane
            {
                members.append(j)
                j += 1
            }
            if members.count >= 2 {
                for m in members { groupOf[m] = count }
                count += 1
            }
            i = j
        }
        return (groupOf, count)
    }

    private static func canJoin(_ i: Int, _ drafts: [SiteDraft], _ groupOf: [Int?]) -> Bool {
        drafts[i].isResidential && groupOf[i] == nil
    }

    /// Up to `limit` groups, each across the closest pair of houses of two hamlets that lie
    /// within `crossingReach` of each other, closest pairs first.
    private static func formCrossingGroups(
        _ drafts: [SiteDraft], settlements: [SettlementDraft], limit: Int, groupOf: inout [Int?],
        using rng: inout SeededGenerator
    ) -> Int {
        struct Pair {
            var distance: Double
            var a: Int
            var b: Int
        }
        var pairs: [Pair] = []
        for s in settlements.indices {
            for t in settlements.indices where t > s {
                var best: Pair?
                for a in settlements[s].sites where drafts[a].isResidential {
                    for b in settlements[t].sites where drafts[b].isResidential {
                        let d = drafts[a].location.distance(to: drafts[b].location)
                        if d < (best?.distance ?? .infinity) { best = Pair(distance: d, a: a, b: b) }
                    }
                }
                if let best, best.distance <= crossingReach { pairs.append(best) }
            }
        }
        pairs.sort { ($0.distance, $0.a, $0.b) < ($1.distance, $1.a, $1.b) }
        var count = 0
        for pair in pairs where count < limit && groupOf[pair.a] == nil && groupOf[pair.b] == nil {
            let size = rng.weightedIndex(sizeShares) + 2
            var members = [pair.a, pair.b]
            var side = 0
            var exhausted = [false, false]
            while members.count < size && !(exhausted[0] && exhausted[1]) {
                let seed = side == 0 ? pair.a : pair.b
                let pool = settlements[drafts[seed].settlement].sites
                let next =
                    pool
                    .filter {
                        canJoin($0, drafts, groupOf) && !members.contains($0)
                            && drafts[$0].location.distance(to: drafts[seed].location) <= 60
                    }
                    .min {
                        (drafts[$0].location.distance(to: drafts[seed].location), $0)
                            < (drafts[$1].location.distance(to: drafts[seed].location), $1)
                    }
                if let next { members.append(next) } else { exhausted[side] = true }
                side = 1 - side
            }
            for m in members { groupOf[m] = count }
            count += 1
        }
        return count
    }
}
