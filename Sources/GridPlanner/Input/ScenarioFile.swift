import Foundation
import Yams

/// Reads a scenario folder: `scenario.yaml` naming the households file and the rules
/// (docs/scenario-format.md documents every key).
public struct ScenarioFile: Sendable {
    public static let fileName = "scenario.yaml"

    public var name: String
    public var code: String
    public var householdsPath: String
    public var peoplePath: String?
    public var currentPlanPath: String?
    public var sheet: String?
    public var crs: CoordinateSystem = .wgs84
    public var settings = RuleSettings()
    /// 1-based line of each rule key in the file, for messages.
    var ruleLines: [String: Int] = [:]

    static let topKeys = ["name", "code", "households", "people", "current_plan", "sheet", "crs", "rules", "levels", "posts", "staffing"]
    static let ruleKeys = ["grid_size", "size_measure", "grids", "keep_kin_groups", "respect_areas", "special_kinds",
                           "special_grids_count", "code_pattern", "special_code_pattern", "seed", "time_limit"]

    /// A file the scenario names: absolute as written, otherwise inside the scenario folder.
    public static func resolve(_ path: String, in folder: URL) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
    }

    /// Parses `folder/scenario.yaml`.
    public static func read(folder: URL) throws(InputError) -> ScenarioFile {
        let url = folder.appendingPathComponent(fileName)
        let file = url.path
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw InputError(file: file, FileManager.default.fileExists(atPath: folder.path)
                ? "the scenario folder has no \(fileName)" : "the scenario folder does not exist")
        }
        let text: String
        do { text = try TextDecoding.decode(data, file: file).text } catch { throw error }
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch {
            throw InputError(file: file, line: Self.line(of: error), "not valid YAML: \(Self.reason(of: error))")
        }
        guard let mapping = root?.mapping else { throw InputError(file: file, line: 1, "expected keys such as name, code, households, rules") }
        var scenario = ScenarioFile(name: folder.lastPathComponent, code: "", householdsPath: "households.csv")
        var sawHouseholds = false
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.mark?.line
            func scalar() throws(InputError) -> String {
                guard let s = value.scalar?.string else { throw InputError(file: file, line: line, field: key, "expected a single value") }
                return s
            }
            switch key {
            case "name": scenario.name = try scalar()
            case "code": scenario.code = try scalar()
            case "households": scenario.householdsPath = try scalar(); sawHouseholds = true
            case "people": scenario.peoplePath = try scalar()
            case "current_plan": scenario.currentPlanPath = try scalar()
            case "sheet": scenario.sheet = try scalar()
            case "crs":
                let v = try scalar().lowercased()
                guard let crs = CoordinateSystem(rawValue: v) else {
                    throw InputError(file: file, line: line, field: key, "'\(v)' is not one of wgs84, gcj02, bd09")
                }
                scenario.crs = crs
            case "rules":
                guard let rules = value.mapping else { throw InputError(file: file, line: line, field: key, "expected rule keys under rules:") }
                try scenario.readRules(rules, file: file)
            case "levels", "posts", "staffing": break  // read by StructureSettings
            default:
                throw InputError(file: file, line: line, field: key, "unknown key; known keys: \(topKeys.joined(separator: ", "))")
            }
        }
        if !sawHouseholds && !FileManager.default.fileExists(atPath: folder.appendingPathComponent(scenario.householdsPath).path) {
            throw InputError(file: file, field: "households", "no households file named (and no households.csv beside it)")
        }
        if scenario.code.isEmpty { scenario.code = folder.lastPathComponent.uppercased() }
        return scenario
    }

    private mutating func readRules(_ rules: Node.Mapping, file: String) throws(InputError) {
        for (keyNode, value) in rules {
            let key = keyNode.string ?? ""
            let line = keyNode.mark?.line
            ruleLines[key] = line
            let bad = { (what: String) in InputError(file: file, line: line, field: key, what) }
            func bool() throws(InputError) -> Bool {
                guard let v = value.scalar?.string, let b = Self.yesNo(v) else { throw bad("expected true or false") }
                return b
            }
            switch key {
            case "grid_size": settings.gridSize = value.scalar?.string
            case "size_measure": settings.sizeMeasure = value.scalar?.string
            case "grids": settings.grids = value.scalar?.string ?? ""
            case "keep_kin_groups": settings.keepKinGroups = try bool()
            case "respect_areas": settings.respectAreas = try bool()
            case "special_grids_count": settings.specialGridsCount = try bool()
            case "special_kinds":
                if let list = value.sequence { settings.specialKinds = list.compactMap { $0.string } }
                else if let s = value.scalar?.string { settings.specialKinds = s.split(whereSeparator: { ",;、，".contains($0) }).map(String.init) }
                else { throw bad("expected a list of kinds, e.g. [shop, unit]") }
            case "code_pattern": settings.codePattern = value.scalar?.string
            case "special_code_pattern": settings.specialCodePattern = value.scalar?.string
            case "seed":
                guard let s = value.scalar?.string, let seed = UInt64(s) else { throw bad("expected a whole number ≥ 0") }
                settings.seed = seed
            case "time_limit":
                guard let s = value.scalar?.string, let t = Double(s) else { throw bad("expected seconds") }
                settings.timeLimit = t
            default:
                throw bad("unknown rule; known rules: \(Self.ruleKeys.joined(separator: ", "))")
            }
        }
    }

    /// Applies the file's rules to `rules`; errors name the file and the key's line.
    public func apply(to rules: inout Rules, file: String) throws(InputError) {
        try settings.apply(to: &rules) { key in InputError(file: file, line: ruleLines[key], field: "rules.\(key)", "") }
    }

    static func yesNo(_ text: String) -> Bool? {
        switch text.trimmingWhitespace().lowercased() {
        case "true", "yes", "y", "1", "是", "on": true
        case "false", "no", "n", "0", "否", "off": false
        default: nil
        }
    }

    private static func line(of error: Error) -> Int? {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
            default: return nil
            }
        }
        return nil
    }

    private static func reason(of error: Error) -> String {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): return problem
            default: break
            }
        }
        return "\(error)"
    }
}
