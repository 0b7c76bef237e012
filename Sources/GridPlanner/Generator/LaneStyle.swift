/// How a settlement is built: spacing of houses along lanes, of lanes, and the overall shape.
struct LaneStyle: Sendable {
    /// Distance between neighbouring houses on the same side of a lane, metres.
    var houseStep: ClosedRange<Double>
    /// Distance between parallel lanes, metres.
    var laneGap: ClosedRange<Double>
    /// Distance from a lane's centre line to the houses on it, metres.
    var sideOffset: ClosedRange<Double>
    /// Length over width of the built-up area: villages strung along a valley are long.
    var elongation: ClosedRange<Double>
    /// Lanes wander sideways by up to this much, metres, with a bend every `bendEvery` metres.
    var bendAmplitude: Double
    var bendEvery: Double
    /// Random displacement of each house, metres, in x and in y.
    var jitter: Double

    /// Village lanes: houses 10-25 m apart on both sides.
    static let village = LaneStyle(
        houseStep: 10...25, laneGap: 45...70, sideOffset: 7...11, elongation: 1.2...3.5,
        bendAmplitude: 12, bendEvery: 100, jitter: 1.5
    )

    /// Town streets: dense frontage, near-square blocks.
    static let townStreets = LaneStyle(
        houseStep: 5...9, laneGap: 55...80, sideOffset: 6...9, elongation: 0.8...1.5,
        bendAmplitude: 4, bendEvery: 150, jitter: 1
    )
}
