/// Places built-up areas, each seen as a disc, so that no two come closer than a minimum gap.
struct SettlementPlacement {
    private(set) var centres: [PlanePoint] = []
    private(set) var radii: [Double] = []

    /// Anywhere within `spread` metres of `anchor` (villages around a township seat).
    mutating func placeWithin(
        spread: Double, of anchor: PlanePoint, radius: Double, minimumGap: Double, using rng: inout SeededGenerator
    ) -> PlanePoint {
        var reach = spread
        while true {
            for _ in 0..<200 {
                let direction = LaneLayout.randomDirection(using: &rng)
                let distance = reach * rng.unit().squareRoot()  // uniform over the disc
                let candidate = PlanePoint(x: anchor.x + direction.x * distance, y: anchor.y + direction.y * distance)
                if isClear(candidate, radius: radius, minimumGap: minimumGap) {
                    return record(candidate, radius: radius)
                }
            }
            reach *= 1.15
        }
    }

    private func isClear(_ point: PlanePoint, radius: Double, minimumGap: Double) -> Bool {
        for i in centres.indices where point.distance(to: centres[i]) < radius + radii[i] + minimumGap {
            return false
        }
        return true
    }

    private mutating func record(_ point: PlanePoint, radius: Double) -> PlanePoint {
        centres.append(point)
        radii.append(radius)
        return point
    }
}
