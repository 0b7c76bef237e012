/// Splits a whole number into parts proportional to weights (largest remainder; ties go to
/// the earlier part), after giving every part a minimum.
enum Apportionment {
    static func split(_ total: Int, weights: [Double], minimum: Int = 0) -> [Int] {
        precondition(!weights.isEmpty, "nothing to split into")
        precondition(total >= minimum * weights.count, "total too small for the minimum")
        let free = total - minimum * weights.count
        let weightSum = weights.reduce(0, +)
        let shares = weights.map {
            weightSum > 0 ? Double(free) * $0 / weightSum : Double(free) / Double(weights.count)
        }
        var parts = shares.map { Int($0) }
        let order = shares.indices.sorted { a, b in
            let ra = shares[a] - Double(parts[a])
            let rb = shares[b] - Double(parts[b])
            return ra != rb ? ra > rb : a < b
        }
        var left = free - parts.reduce(0, +)
        var k = 0
        while left > 0 {
            parts[order[k % order.count]] += 1
            left -= 1
            k += 1
        }
        return parts.map { $0 + minimum }
    }
}
