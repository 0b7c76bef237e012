/// How many people live in a rural household: mostly one or two (the young work in town),
/// about 2.1 on average (2.09), up to six; many one-person households are elderly people living alone.
enum ResidentCounts {
    /// Shares of households with 1, 2, ..., 6 residents.
    static let shares: [Double] = [0.34, 0.42, 0.12, 0.07, 0.03, 0.02]
    /// Of the one-person households, the share that are elderly living alone.
    static let elderlyAloneShare = 0.45

    static func draw(using rng: inout SeededGenerator) -> (residents: Int, elderlyAlone: Bool) {
        let residents = rng.weightedIndex(shares) + 1
        return (residents, residents == 1 && rng.chance(elderlyAloneShare))
    }
}
