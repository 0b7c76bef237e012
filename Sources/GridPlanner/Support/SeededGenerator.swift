/// A small, fast pseudo-random generator that gives the same sequence for the same seed on
/// every machine and every Swift version: xoshiro256** (Blackman and Vigna), its state filled
/// from the seed by SplitMix64.
///
/// The helpers below (`unit()`, `integer(in:)`, `shuffle(_:)`, ...) are our own on purpose:
/// the standard library's `random(in:using:)` algorithms are not promised to stay the same
/// between releases, and generated files must stay byte-identical.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    public init(seed: UInt64) {
        var mixer = SplitMix64(state: seed)
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
    }

    /// A generator for one named part of a larger job, so that adding draws to one part
    /// does not shift the numbers another part sees.
    public init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(state: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        self.init(seed: mixer.next())
    }

    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, by: 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, by: 45)
        return result
    }

    private func rotateLeft(_ value: UInt64, by amount: UInt64) -> UInt64 {
        (value << amount) | (value >> (64 - amount))
    }

    /// A double in [0, 1) with 53 random bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A double in [lower, upper).
    public mutating func uniform(_ lower: Double, _ upper: Double) -> Double {
        lower + (upper - lower) * unit()
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// An integer in [0, bound), without modulo bias.
    public mutating func index(below bound: Int) -> Int {
        precondition(bound > 0, "index(below:) needs a positive bound")
        let span = UInt64(bound)
        let limit = UInt64.max - UInt64.max % span
        while true {
            let draw = next()
            if draw < limit { return Int(draw % span) }
        }
    }

    public mutating func integer(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + index(below: range.upperBound - range.lowerBound + 1)
    }

    public mutating func element<C: RandomAccessCollection>(of items: C) -> C.Element where C.Index == Int {
        items[items.startIndex + index(below: items.count)]
    }

    /// An index drawn with probability proportional to its weight (weights must not all be zero).
    public mutating func weightedIndex(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var target = unit() * total
        for (i, w) in weights.enumerated() {
            if target < w { return i }
            target -= w
        }
        return weights.lastIndex(where: { $0 > 0 }) ?? 0
    }

    /// Fisher-Yates, with our own index draws.
    public mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            let j = index(below: i + 1)
            if i != j { items.swapAt(i, j) }
        }
    }

    /// Roughly normal with the given mean and spread (sum of four uniforms; no transcendental
    /// functions, so every platform rounds alike). Tails stop at about two spreads.
    public mutating func bell(mean: Double, spread: Double) -> Double {
        let sum = unit() + unit() + unit() + unit()  // mean 2, variance 1/3
        return mean + (sum - 2) * spread * 1.7320508075688772
    }
}

/// Seeds xoshiro's state; also a fine generator on its own.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
