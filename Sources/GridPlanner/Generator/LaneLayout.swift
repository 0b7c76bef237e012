/// A house position on a lane; `lane` counts from 0 within one settlement.
struct LaneSite: Sendable {
    var location: PlanePoint
    var lane: Int
}

/// Lays houses along a few roughly parallel, gently bending lanes centred on the origin, on both
/// sides of each lane. Sites come out in lane order (lane by lane, along each lane), so that
/// neighbours in the list are neighbours on the ground.
enum LaneLayout {
    static func lay(_ count: Int, style: LaneStyle, using rng: inout SeededGenerator) -> [LaneSite] {
        guard count > 0 else { return [] }
        let direction = randomDirection(using: &rng)
        let across = PlanePoint(x: -direction.y, y: direction.x)
        let meanStep = (style.houseStep.lowerBound + style.houseStep.upperBound) / 2
        let meanGap = (style.laneGap.lowerBound + style.laneGap.upperBound) / 2
        let elongation = rng.uniform(style.elongation.lowerBound, style.elongation.upperBound)
        // Lane length (count/lanes/2 houses a side) over total width (lanes * gap) = elongation.
        let idealLanes = (Double(count) * meanStep / (2 * meanGap * elongation)).squareRoot()
        let laneCount = max(1, min(count, Int(idealLanes.rounded())))
        let perLane = Apportionment.split(
            count, weights: (0..<laneCount).map { _ in rng.uniform(0.75, 1.25) }, minimum: 1)

        var offsets: [Double] = [0]
        for _ in 1..<max(laneCount, 1) {
            offsets.append(offsets[offsets.count - 1] + rng.uniform(style.laneGap.lowerBound, style.laneGap.upperBound))
        }
        let middle = (offsets.first! + offsets.last!) / 2

        var sites: [LaneSite] = []
        sites.reserveCapacity(count)
        for lane in 0..<laneCount {
            let houses = perLane[lane]
            let length = Double((houses + 1) / 2) * meanStep
            let start = -length / 2 + rng.uniform(-0.1, 0.1) * length
            let bend = LaneBend(length: length, every: style.bendEvery, amplitude: style.bendAmplitude, using: &rng)
            var along = [start, start + rng.uniform(0, style.houseStep.lowerBound)]
            for k in 0..<houses {
                let side = k % 2
                if k >= 2 { along[side] += rng.uniform(style.houseStep.lowerBound, style.houseStep.upperBound) }
                let s = along[side]
                let sign: Double = side == 0 ? 1 : -1
                let sideways =
                    offsets[lane] - middle + bend.offset(at: s - start)
                    + sign * rng.uniform(style.sideOffset.lowerBound, style.sideOffset.upperBound)
                let point = PlanePoint(
                    x: direction.x * s + across.x * sideways + rng.uniform(-style.jitter, style.jitter),
                    y: direction.y * s + across.y * sideways + rng.uniform(-style.jitter, style.jitter)
                )
                sites.append(LaneSite(location: point, lane: lane))
            }
        }
        return sites
    }

    /// A unit vector in a uniformly random direction (rejection from the square, no trigonometry).
    static func randomDirection(using rng: inout SeededGenerator) -> PlanePoint {
        while true {
            let x = rng.uniform(-1, 1)
            let y = rng.uniform(-1, 1)
            let r2 = x * x + y * y
            if r2 > 0.01 && r2 <= 1 {
                let r = r2.squareRoot()
                return PlanePoint(x: x / r, y: y / r)
            }
        }
    }
}

/// The sideways wander of one lane: straight pieces between random knots.
private struct LaneBend {
    private var knots: [Double]
    private let every: Double

    init(length: Double, every: Double, amplitude: Double, using rng: inout SeededGenerator) {
        self.every = every
        let count = Int(length / every) + 3
        knots = (0..<count).map { _ in rng.uniform(-amplitude, amplitude) }
    }

    /// Offset at distance `s` from the lane's start (clamped to the lane).
    func offset(at s: Double) -> Double {
        let position = max(0, s) / every
        let i = min(Int(position), knots.count - 2)
        let t = min(1, position - Double(i))
        return knots[i] * (1 - t) + knots[i + 1] * t
    }
}

extension LaneLayout {
    /// About how far from its centre a settlement of `count` houses reaches (for spacing
    /// settlements before they are laid out).
    static func estimatedRadius(_ count: Int, style: LaneStyle) -> Double {
        let meanStep = (style.houseStep.lowerBound + style.houseStep.upperBound) / 2
        let meanGap = (style.laneGap.lowerBound + style.laneGap.upperBound) / 2
        let elongation = style.elongation.upperBound
        let width = (Double(count) * meanStep * meanGap / (2 * elongation)).squareRoot()
        let length = width * elongation
        // Lanes differ in length by up to a quarter and start up to a tenth off centre.
        return 0.5 * (width * width + length * length).squareRoot() * 1.3 + 20
    }
}
