/// Rule values as written by a user, in YAML or on the command line, before they are checked.
/// Each is applied to ``Rules`` with errors naming where it was written.
public struct RuleSettings: Sendable {
    public var gridSize: String?
    public var sizeMeasure: String?
    public var grids: String?
    public var keepKinGroups: Bool?
    public var respectAreas: Bool?
    public var specialKinds: [String]?
    public var specialGridsCount: Bool?
    public var codePattern: String?
    public var specialCodePattern: String?
    public var seed: UInt64?
    public var timeLimit: Double?

    public init() {}

    /// Applies every value that is set. `source(key)` names where a key was written, for errors.
    public func apply(to rules: inout Rules, source: (String) -> InputError) throws(InputError) {
        if let gridSize {
            do { rules.gridSize = try ValueRange.parse(gridSize) } catch { throw place(source("grid_size"), error.message) }
            guard rules.gridSize.upper > 0 else { throw place(source("grid_size"), "the maximum must be above 0") }
        }
        if let sizeMeasure {
            guard let measure = SizeMeasure(rawValue: sizeMeasure.lowercased()) else {
                throw place(source("size_measure"), "'\(sizeMeasure)' is not one of households, residents, weight")
            }
            rules.sizeMeasure = measure
        }
        if let grids {
            let text = grids.trimmingWhitespace()
            if text.isEmpty || text == "auto" || text == "derived" {
                rules.gridCount = .derived
            } else {
                let range: ValueRange
                do { range = try ValueRange.parse(text) } catch { throw place(source("grids"), error.message) }
                guard range.lower == range.lower.rounded(), range.upper == range.upper.rounded(), range.lower >= 1 else {
                    throw place(source("grids"), "'\(text)' is not a whole number of grids (at least 1) or a range A-B")
                }
                rules.gridCount = range.lower == range.upper ? .exact(Int(range.lower)) : .range(Int(range.lower)...Int(range.upper))
            }
        }
        if let keepKinGroups { rules.keepKinGroups = keepKinGroups }
        if let respectAreas { rules.respectAreas = respectAreas }
        if let specialKinds { rules.specialKinds = specialKinds.map { $0.trimmingWhitespace().lowercased() }.filter { !$0.isEmpty } }
        if let specialGridsCount { rules.specialGridsCount = specialGridsCount }
        if let codePattern {
            guard codePattern.contains("{n") else { throw place(source("code_pattern"), "'\(codePattern)' has no {n} for the grid number") }
            rules.codePattern = codePattern
        }
        if let specialCodePattern {
            guard specialCodePattern.contains("{n") else {
                throw place(source("special_code_pattern"), "'\(specialCodePattern)' has no {n} for the grid number")
            }
            rules.specialCodePattern = specialCodePattern
        }
        if let seed { rules.seed = seed }
        if let timeLimit {
            guard timeLimit.isFinite, timeLimit > 0 else { throw place(source("time_limit"), "must be a positive number of seconds") }
            rules.timeLimit = timeLimit
        }
    }

    private func place(_ where: InputError, _ message: String) -> InputError {
        var error = `where`
        error.message = message
        return error
    }
}
