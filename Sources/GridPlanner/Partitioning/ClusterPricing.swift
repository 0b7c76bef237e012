/// The pricing problem of column generation over clusters: at a price for each item, the
/// cluster around a given centre whose cost minus the prices of its members, plus the
/// penalties of the item groups it splits badly, is least, within the load bounds. A 0-1
/// knapsack over whole-number loads, solved exactly by dynamic programming over the load, so
/// it serves only problems whose demands and load bounds are whole numbers
/// (``init(problem:maxWork:)`` says which).
///
/// A ``GroupPenalty`` is paid once by a cluster holding two or more items of its group: the
/// dual price of a subset-row cut (see ``BranchAndPrice``). Items of groups that can still be
/// paid for come first, as labels that remember which groups they hold one item of; a label
/// is dropped when another of the same load is worth at least as much after paying every
/// penalty that label could still incur and it could not. The other items follow as a plain
/// knapsack over the best label of each load.
struct ClusterPricing {
    /// The state of one item for the centre being priced.
    enum Membership { case free, required, excluded }

    /// A penalty paid by any cluster that holds at least two items of `items`.
    struct GroupPenalty {
        var items: [Int]
        var penalty: Double
    }

    let problem: ClusteringProblem
    private let weight: [Int]
    private let capacity: [Int]
    private let minimum: Int

    /// Nil when a demand or load bound is not a whole number, or when the table of one pricing
    /// (items × largest load) would exceed `maxWork` cells.
    init?(problem: ClusteringProblem, maxWork: Int = 2_000_000) {
        let whole = { (x: Double) in x >= 0 && x == x.rounded() && x < 1e9 }
        guard problem.demand.allSatisfy(whole), whole(problem.minimumLoad) else { return nil }
        let total = problem.totalDemand
        let capacities = problem.capacity.map { min($0, total) }
        guard capacities.allSatisfy(whole) else { return nil }
        capacity = capacities.map { Int($0) }
        guard problem.count * ((capacity.max() ?? 0) + 1) <= maxWork else { return nil }
        self.problem = problem
        weight = problem.demand.map { Int($0) }
        minimum = Int(problem.minimumLoad)
    }

    /// The cheapest cluster around `centre` (which is always a member) at `price` and
    /// `penalties`: its members in item order, its cost minus their prices plus the penalties
    /// it pays, and a lower bound on that value for any cluster around `centre`; nil when no
    /// cluster meets the bounds. The cluster is the cheapest, and the bound its value, when
    /// that value is below `below`; otherwise the search may stop early, and the bound is
    /// `below`. Items free to join enter only when they pay for themselves, unless the lower
    /// load bound needs them. With fewer than `Int.max` `labelsPerLoad`, the search keeps only
    /// that many of the most profitable labels of each load: a heuristic, whose bound is
    /// -infinity.
    func cheapest(
        centre: Int, price: [Double], penalties: [GroupPenalty] = [], below: Double = .infinity,
        labelsPerLoad: Int = .max, membership: (Int) -> Membership
    ) -> (members: [Int], value: Double, bound: Double)? {
        var fixedValue = problem.cost(centre, centre) - price[centre]
        var fixedLoad = weight[centre]
        var required = [centre]
        var isRequired = [Bool](repeating: false, count: problem.count)
        isRequired[centre] = true
        var candidates: [(item: Int, profit: Double)] = []
        for i in 0..<problem.count where i != centre {
            let profit = price[i] - problem.cost(i, centre)
            switch membership(i) {
            case .excluded: continue
            case .required:
                required.append(i)
                isRequired[i] = true
                fixedValue -= profit
                fixedLoad += weight[i]
            case .free:
                if profit > 0 || minimum > 0 { candidates.append((i, profit)) }
            }
        }
        let room = capacity[centre] - fixedLoad
        guard room >= 0 else { return nil }
        let needed = max(0, minimum - fixedLoad)
        guard needed <= room else { return nil }

        let groups = LiveGroups(penalties, candidates: candidates.map(\.item), isRequired: isRequired)
        fixedValue += groups.paidByRequired
        let plain = candidates.indices.filter { !groups.isLive(candidate: $0) }
        // Without a lower load bound, a label is dropped when even every later item, without
        // penalties, cannot bring it to the profit of a cluster already known, or to the
        // profit that would bring the value below `below`.
        let completion = needed > 0 || groups.count == 0 ? [] : completionProfits(groups.order + plain, of: candidates, room: room)
        var labels = GroupLabels(groups: groups, room: room, completion: completion, wanted: fixedValue - below,
                                 labelsPerLoad: labelsPerLoad)
        for k in groups.order { labels.extend(by: k, weight: weight[candidates[k].item], profit: candidates[k].profit) }

        // best[w]: the largest profit of free items of load exactly w, the items of live
        // groups from the best label of that load.
        var best = labels.bestProfits()
        var took = [Bool](repeating: false, count: plain.count * (room + 1))
        for (row, k) in plain.enumerated() {
            let w = weight[candidates[k].item], profit = candidates[k].profit
            guard w <= room else { continue }
            for load in stride(from: room, through: w, by: -1) where best[load - w] > -.infinity {
                let value = best[load - w] + profit
                if value > best[load] {
                    best[load] = value
                    took[row * (room + 1) + load] = true
                }
            }
        }
        var load = needed
        for w in needed...room where best[w] > best[load] { load = w }
        guard best[load] > -.infinity else { return nil }
        let value = fixedValue - best[load]
        var members = required
        for row in plain.indices.reversed() where took[row * (room + 1) + load] {
            members.append(candidates[plain[row]].item)
            load -= weight[candidates[plain[row]].item]
        }
        members += labels.candidates(atBest: load).map { candidates[$0].item }
        let bound = labelsPerLoad < .max && groups.count > 0 ? -.infinity
            : completion.isEmpty ? value : min(value, below)
        return (members.sorted(), value, bound)
    }

    /// Row t, column c (rows of `room + 1`): the largest profit of the candidates from
    /// position t of `order` on within load c, penalties aside.
    private func completionProfits(_ order: [Int], of candidates: [(item: Int, profit: Double)], room: Int) -> [Double] {
        let width = room + 1
        var table = [Double](repeating: 0, count: (order.count + 1) * width)
        for t in order.indices.reversed() {
            let w = weight[candidates[order[t]].item], profit = candidates[order[t]].profit
            for c in 0..<width {
                let skip = table[(t + 1) * width + c]
                table[t * width + c] = c >= w ? max(skip, table[(t + 1) * width + c - w] + profit) : skip
            }
        }
        return table
    }
}

/// The groups whose penalty a cluster around one centre may still pay, given its required
/// items and its candidates, numbered from zero; and the order in which their candidates are
/// taken, a group's items together so that it closes early.
private struct LiveGroups {
    let penalty: [Double]
    /// Per candidate (by index), the live groups holding it.
    let groupsOf: [[Int]]
    /// The live groups one required item of which is already in the cluster.
    let heldOnce: [Int]
    /// The penalties of the groups two required items of which are in the cluster.
    let paidByRequired: Double
    /// The candidates in live groups, in the order they are taken.
    let order: [Int]

    init(_ penalties: [ClusterPricing.GroupPenalty], candidates: [Int], isRequired: [Bool]) {
        var candidateIndex = [Int: Int]()
        for (k, i) in candidates.enumerated() { candidateIndex[i] = k }
        var penalty: [Double] = [], members: [[Int]] = [], heldOnce: [Int] = [], paid = 0.0
        for group in penalties where group.penalty > 0 {
            let held = group.items.filter { isRequired[$0] }.count
            let free = group.items.compactMap { candidateIndex[$0] }
            if held >= 2 { paid += group.penalty; continue }
            guard held + free.count >= 2 else { continue }
            if held == 1 { heldOnce.append(penalty.count) }
            penalty.append(group.penalty)
            members.append(free)
        }
        var groupsOf = [[Int]](repeating: [], count: candidates.count)
        var order: [Int] = []
        for (g, free) in members.enumerated() {
            for k in free {
                if groupsOf[k].isEmpty { order.append(k) }
                groupsOf[k].append(g)
            }
        }
        self.penalty = penalty
        self.groupsOf = groupsOf
        self.heldOnce = heldOnce
        self.paidByRequired = paid
        self.order = order
    }

    var count: Int { penalty.count }

    func isLive(candidate k: Int) -> Bool { !groupsOf[k].isEmpty }
}

/// Labels of the knapsack over the candidates of live groups: for each load, the subsets
/// not dominated, with their profit net of penalties paid and, per group, whether they hold
/// one of its items or two.
private struct GroupLabels {
    private let groups: LiveGroups
    private let words: Int
    private var load: [Int] = []
    private var profit: [Double] = []
    private var parent: [Int] = []
    private var candidate: [Int] = []
    /// `words` words per label: the groups of which it holds exactly one item.
    private var once: [UInt64] = []
    /// The groups of which it holds two or more (their penalty paid).
    private var twice: [UInt64] = []
    private var bucket: [[Int]]
    /// Groups with at least one, and at least two, candidates not yet taken.
    private var openOne: [UInt64]
    private var openTwo: [UInt64]
    private var remaining: [Int]
    /// ``ClusterPricing/completionProfits(_:of:room:)`` over the live candidates then the
    /// others, or empty: no label is dropped for its completion.
    private let completion: [Double]
    /// The profit of the best cluster known: a label completed by the other candidates alone.
    private var known: Double
    /// How many candidates have been taken or passed.
    private var step = 0
    private let labelsPerLoad: Int

    /// Labels whose completion cannot reach a profit of `wanted` are dropped.
    init(groups: LiveGroups, room: Int, completion: [Double], wanted: Double, labelsPerLoad: Int) {
        self.groups = groups
        self.labelsPerLoad = labelsPerLoad
        known = wanted
        self.completion = completion
        words = (groups.count + 63) / 64
        bucket = Array(repeating: [], count: room + 1)
        remaining = Array(repeating: 0, count: groups.count)
        for k in groups.order { for g in groups.groupsOf[k] { remaining[g] += 1 } }
        openOne = Array(repeating: 0, count: words)
        openTwo = Array(repeating: 0, count: words)
        var start = [UInt64](repeating: 0, count: words)
        for g in groups.heldOnce { Self.insert(g, into: &start) }
        append(load: 0, profit: 0, parent: -1, candidate: -1, once: start,
               twice: [UInt64](repeating: 0, count: words))
        bucket[0] = [0]
        refreshOpen()
        noteCompletion(of: 0)
    }

    /// Takes candidate `k` or not, from every label.
    mutating func extend(by k: Int, weight w: Int, profit gain: Double) {
        for g in groups.groupsOf[k] { remaining[g] -= 1 }
        refreshOpen()
        step += 1
        guard w < bucket.count else { return }
        var hit = [UInt64](repeating: 0, count: words)
        for g in groups.groupsOf[k] { Self.insert(g, into: &hit) }
        var once = [UInt64](repeating: 0, count: words), twice = once
        let width = bucket.count
        for target in stride(from: width - 1, through: w, by: -1) {
            // Labels of the target load come and go as this item extends those below it.
            let copied = w == 0 ? bucket[target] : []
            for position in 0..<(w == 0 ? copied.count : bucket[target - w].count) {
                let label = w == 0 ? copied[position] : bucket[target - w][position]
                if !completion.isEmpty, profit[label] + completion[(step - 1) * width + width - 1 - load[label]] < known - 1e-9 {
                    continue
                }
                var value = profit[label] + gain
                for word in 0..<words {
                    let a = self.once[label * words + word], b = self.twice[label * words + word]
                    let paying = a & hit[word]
                    twice[word] = b | paying
                    once[word] = (a & ~hit[word]) | (hit[word] & ~a & ~b)
                    pay(paying, word: word, from: &value)
                }
                insert(load: target, profit: value, parent: label, candidate: k, once: once, twice: twice)
            }
        }
    }

    /// The largest profit of each load, -infinity where no label has it.
    func bestProfits() -> [Double] {
        bucket.map { $0.map { profit[$0] }.max() ?? -.infinity }
    }

    /// The candidates taken by the best label of load `w`.
    func candidates(atBest w: Int) -> [Int] {
        guard var label = bucket[w].max(by: { profit[$0] < profit[$1] || (profit[$0] == profit[$1] && $0 > $1) })
        else { return [] }
        var taken: [Int] = []
        while candidate[label] >= 0 {
            taken.append(candidate[label])
            label = parent[label]
        }
        return taken
    }

    /// Keeps a new label unless its completion falls short of the best cluster known or one of
    /// the same load dominates it, and drops those it dominates.
    private mutating func insert(load w: Int, profit value: Double, parent from: Int, candidate k: Int,
                                 once a: [UInt64], twice b: [UInt64]) {
        let width = bucket.count
        if !completion.isEmpty, value + completion[step * width + width - 1 - w] < known - 1e-9 { return }
        let label = append(load: w, profit: value, parent: from, candidate: k, once: a, twice: b)
        noteCompletion(of: label)
        let count = bucket[w].count
        for position in 0..<count where dominates(bucket[w][position], label) {
            load.removeLast(); profit.removeLast(); parent.removeLast(); candidate.removeLast()
            once.removeLast(words); twice.removeLast(words)
            return
        }
        var kept = 0
        for position in 0..<count {
            let other = bucket[w][position]
            if !dominates(label, other) { bucket[w][kept] = other; kept += 1 }
        }
        bucket[w].removeLast(count - kept)
        bucket[w].append(label)
        if bucket[w].count > labelsPerLoad {
            let least = bucket[w].indices.min { profit[bucket[w][$0]] < profit[bucket[w][$1]] }!
            bucket[w].remove(at: least)
        }
    }

    /// Raises the best profit known to that of `label` completed by the candidates of no live
    /// group, which pay no penalty.
    private mutating func noteCompletion(of label: Int) {
        guard !completion.isEmpty else { return }
        let width = bucket.count
        known = max(known, profit[label] + completion[groups.order.count * width + width - 1 - load[label]])
    }

    @discardableResult
    private mutating func append(load w: Int, profit value: Double, parent from: Int, candidate k: Int,
                                 once a: [UInt64], twice b: [UInt64]) -> Int {
        load.append(w)
        profit.append(value)
        parent.append(from)
        candidate.append(k)
        once += a
        twice += b
        return load.count - 1
    }

    /// Whether label `x` is worth at least as much as `y` after paying every penalty that `x`
    /// may still pay and `y` would not: groups `x` holds once and `y` does not, with an item
    /// still to come, and groups `x` holds none of and `y` has paid, with two still to come.
    private func dominates(_ x: Int, _ y: Int) -> Bool {
        var value = profit[x]
        for word in 0..<words {
            let a = once[x * words + word], b = twice[x * words + word]
            let c = once[y * words + word], d = twice[y * words + word]
            pay((a & ~c & openOne[word]) | (~a & ~b & d & openTwo[word]), word: word, from: &value)
        }
        return value >= profit[y] - 1e-9
    }

    private mutating func refreshOpen() {
        for word in 0..<words { openOne[word] = 0; openTwo[word] = 0 }
        for (g, left) in remaining.enumerated() {
            if left >= 1 { Self.insert(g, into: &openOne) }
            if left >= 2 { Self.insert(g, into: &openTwo) }
        }
    }

    /// Subtracts from `value`, one after another, the penalties of the groups whose bits are
    /// set in word `word` of a mask.
    private func pay(_ bits: UInt64, word: Int, from value: inout Double) {
        var rest = bits
        while rest != 0 {
            value -= groups.penalty[word * 64 + rest.trailingZeroBitCount]
            rest &= rest - 1
        }
    }

    private static func insert(_ group: Int, into mask: inout [UInt64]) {
        mask[group / 64] |= 1 << UInt64(group % 64)
    }
}
