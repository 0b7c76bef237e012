import Foundation
/// The scenario file (scenario.yaml): names, the data files, and the rules to plan by.
public struct ScenarioManifest: Sendable {
    public var name: String
    public var code: String
    public var householdsFile: String
    public var peopleFile: String?
    public var currentPlanFile: String?
    /// `wgs84`, `gcj02` or `bd09` for degree coordinates; nil for local metres.
    public var crs: String?
    public var rules: Rules
    /// Written as `#` lines at the top (for example, the command that made the files).
    public var comments: [String]
    /// `levels:`, `posts:` and `staffing:` sections, written as they are after the rules.
    public var structureYAML: String?

    public init(
        name: String, code: String, householdsFile: String = "households.csv", peopleFile: String? = nil,
        currentPlanFile: String? = nil, crs: String? = nil, rules: Rules = Rules(), comments: [String] = []
    ) {
        self.name = name
        self.code = code
        self.householdsFile = householdsFile
        self.peopleFile = peopleFile
        self.currentPlanFile = currentPlanFile
        self.crs = crs
        self.rules = rules
        self.comments = comments
    }

    public func yamlText() -> String {
        var lines = comments.map { "# " + $0 }
        lines.append("name: " + Self.scalar(name))
        lines.append("code: " + Self.scalar(code))
        lines.append("households: " + Self.scalar(householdsFile))
        if let peopleFile { lines.append("people: " + Self.scalar(peopleFile)) }
        if let currentPlanFile { lines.append("current_plan: " + Self.scalar(currentPlanFile)) }
        if let crs { lines.append("crs: " + Self.scalar(crs)) }
        lines.append("rules:")
        lines.append("  grid_size: " + Self.scalar(rules.gridSize.description))
        lines.append("  size_measure: " + rules.sizeMeasure.rawValue)
        switch rules.gridCount {
        case .exact(let n): lines.append("  grids: \(n)")
        case .range(let r): lines.append("  grids: \(r.lowerBound)-\(r.upperBound)")
        case .derived: break
        }
        lines.append("  keep_kin_groups: \(rules.keepKinGroups)")
        lines.append("  respect_areas: \(rules.respectAreas)")
        lines.append("  special_kinds: [" + rules.specialKinds.map(Self.scalar).joined(separator: ", ") + "]")
        lines.append("  seed: \(rules.seed)")
        lines.append("  time_limit: " + ValueRange.format(rules.timeLimit))
        if let structureYAML { lines.append(structureYAML.trimmingCharacters(in: .newlines)) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A plain YAML scalar when it reads back as the same string, else a double-quoted one.
    static func scalar(_ text: String) -> String {
        let reserved: Set<String> = ["", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n"]
        let leading = "-?:,[]{}#&*!|>'\"%@` "
        let plain =
            !reserved.contains(text.lowercased())
            && !leading.contains(text.first ?? " ")
            && text.last != " "
            && !text.contains(": ") && !text.contains(" #") && !text.hasSuffix(":")
            && !text.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{7F}" }
            && Double(text) == nil
        if plain { return text }
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    escaped += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        return escaped + "\""
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
