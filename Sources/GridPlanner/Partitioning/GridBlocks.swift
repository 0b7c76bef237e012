/// The units the engine places: single households, or whole kin groups that must stay together,
/// grouped by the area they lie in.
struct GridBlocks {
    struct Block {
        /// Household indices, in file order.
        var members: [Int]
        /// The kin group the block keeps together (nil for a single household).
        var kinGroup: String?
        /// The member that stands for the block when it is a grid's centre: its medoid.
        var representative: Int
        var size: Double
        /// Largest distance from the representative to a member.
        var radius: Double
    }

    struct AreaGroup {
        var name: String?
        var blocks: [Block]
        var size: Double { blocks.reduce(0) { $0 + $1.size } }
    }

    var areas: [AreaGroup]
    var kinGroupSplits: [KinGroupSplit]

    init(households: [Household], indices: [Int], rules: Rules, sizeOf: (Household) -> Double) {
        let useAreas = rules.respectAreas && indices.contains { households[$0].area != nil }
        var byArea: [String: [Int]] = [:]
        for h in indices { byArea[useAreas ? (households[h].area ?? "") : "", default: []].append(h) }
        var splits: [String: Set<String>] = [:]
        if useAreas && rules.keepKinGroups {
            for h in indices { if let kin = households[h].kinGroup { splits[kin, default: []].insert(households[h].area ?? "") } }
        }
        kinGroupSplits = splits.filter { $0.value.count > 1 }
            .map { KinGroupSplit(kinGroup: $0.key, areas: $0.value.sorted()) }
            .sorted { $0.kinGroup < $1.kinGroup }
        areas = byArea.keys.sorted().map { key in
            let members = byArea[key]!
            var blocks: [Block] = []
            var kinIndex: [String: Int] = [:]
            var groups: [[Int]] = []
            var kinOfGroup: [String?] = []
            for h in members {
                if rules.keepKinGroups, let kin = households[h].kinGroup {
                    if let k = kinIndex[kin] { groups[k].append(h) } else {
                        kinIndex[kin] = groups.count
                        groups.append([h])
                        kinOfGroup.append(kin)
                    }
                } else {
                    groups.append([h])
                    kinOfGroup.append(nil)
                }
            }
            for (group, kin) in zip(groups, kinOfGroup) {
                var block = Self.block(group, households, sizeOf)
                block.kinGroup = kin
                blocks.append(block)
            }
            return AreaGroup(name: useAreas ? key : nil, blocks: blocks)
        }
    }

    private static func block(_ members: [Int], _ households: [Household], _ sizeOf: (Household) -> Double) -> Block {
        var best = members[0], bestTotal = Double.infinity
        if members.count > 1 {
            for a in members {
                let total = members.reduce(0) { $0 + households[a].location.distance(to: households[$1].location) }
                if total < bestTotal { bestTotal = total; best = a }
            }
        }
        let radius = members.map { households[best].location.distance(to: households[$0].location) }.max() ?? 0
        return Block(members: members, representative: best,
                     size: members.reduce(0) { $0 + sizeOf(households[$1]) }, radius: radius)
    }
}
