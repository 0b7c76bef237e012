/// An inclusive range written `A-B` (or a single number `A`, meaning `A-A`).
public struct ValueRange: Sendable, Hashable, Codable, CustomStringConvertible {
    public var lower: Double
    public var upper: Double

    public init(_ lower: Double, _ upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// Parses `12-18`, `12–18`, `12~18`, `12至18` or `15`. Throws a message (without place).
    public static func parse(_ text: String) throws(RangeSyntaxError) -> ValueRange {
        let trimmed = text.trimmingWhitespace()
        let separators: [Character] = ["-", "–", "—", "~", "～", "至", "到"]
        let body = trimmed.dropFirst()  // a leading '-' would be a sign, not a separator
        let parts: [String]
        if let cut = body.firstIndex(where: { separators.contains($0) }) {
            parts = [String(trimmed[..<cut]), String(trimmed[trimmed.index(after: cut)...])]
        } else {
            parts = [trimmed, trimmed]
        }
        guard let low = Double(parts[0].trimmingWhitespace()), let high = Double(parts[1].trimmingWhitespace()),
              low.isFinite, high.isFinite
        else { throw RangeSyntaxError("'\(text)' is not a number or a range A-B") }
        guard low >= 0 else { throw RangeSyntaxError("'\(text)' is negative") }
        guard low <= high else { throw RangeSyntaxError("'\(text)': the minimum is larger than the maximum") }
        return ValueRange(low, high)
    }

    public func contains(_ value: Double, tolerance: Double = 1e-9) -> Bool {
        value >= lower - tolerance && value <= upper + tolerance
    }

    public var description: String {
        lower == upper ? Self.format(lower) : "\(Self.format(lower))-\(Self.format(upper))"
    }

    static func format(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }
}

public struct RangeSyntaxError: Error, Sendable {
    public var message: String
    init(_ message: String) { self.message = message }
}

/// What a grid's size counts.
public enum SizeMeasure: String, Sendable, Codable, CaseIterable {
    case households, residents, weight
}

/// How many grids to make.
public enum GridCount: Sendable, Hashable, CustomStringConvertible {
    case exact(Int)
    case range(ClosedRange<Int>)
    /// From the size bounds: total size over the middle of the size range, rounded.
    case derived

    public var description: String {
        switch self {
        case .exact(let n): "\(n)"
        case .range(let r): "\(r.lowerBound)-\(r.upperBound)"
        case .derived: "derived"
        }
    }
}

/// Everything that says what a good plan is. Defaults match the quick command line path.
public struct Rules: Sendable, Hashable {
    public var gridSize: ValueRange = ValueRange(15, 20)
    public var sizeMeasure: SizeMeasure = .households
    public var gridCount: GridCount = .derived
    /// Households of one `kin_group` stay in one grid.
    public var keepKinGroups = true
    /// Grids do not cross `area` borders.
    public var respectAreas = true
    /// Kinds (shop, unit, market, ...) that form special grids of their own, one per kind and area.
    public var specialKinds: [String] = []
    /// Whether special grids count towards the grid count and the size bounds.
    public var specialGridsCount = false
    /// Grid code pattern: `{code}` the scenario code, `{n}` the number, `{n:02}` zero-padded,
    /// `{area}` the area name.
    public var codePattern = "{code}-{n:02}"
    public var specialCodePattern = "{code}-S{n:02}"
    public var seed: UInt64 = 1
    /// Seconds; the search returns the best plan found when it runs out.
    public var timeLimit: Double = 60

    public init() {}
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace || first == "\u{FEFF}" { view.removeFirst() }
        while let last = view.last, last.isWhitespace { view.removeLast() }
        return String(view)
    }
}
