/// Writes a number with a fixed count of decimals, the same on every platform and much faster
/// than `String(format:)`; `-0` is written `0`.
enum FixedPointText {
    private static let powers: [Double] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000]

    static func text(_ value: Double, decimals: Int) -> String {
        precondition(decimals >= 0 && decimals < powers.count, "unsupported decimal count")
        let scaled = Int64((value * powers[decimals]).rounded())
        let negative = scaled < 0
        let magnitude = negative ? UInt64(-scaled) : UInt64(scaled)
        let unit = UInt64(powers[decimals])
        var result = negative ? "-" : ""
        result += String(magnitude / unit)
        if decimals > 0 {
            let fraction = String(magnitude % unit)
            result += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return result
    }
}
