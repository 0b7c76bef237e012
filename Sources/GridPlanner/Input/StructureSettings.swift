import Foundation
import Yams

/// Reads the `levels:`, `posts:` and `staffing:` sections of `scenario.yaml`: the structure above
/// the grids and the posts that staff it (docs/scenario-format.md and docs/staffing.md).
public struct StructureSettings: Sendable {
    /// Nil when the scenario has neither `levels:` nor `posts:`.
    public var structure: StructureRules?
    /// Nil when the scenario has no `posts:`.
    public var staffing: StaffingRules?

    public init(structure: StructureRules? = nil, staffing: StaffingRules? = nil) {
        self.structure = structure
        self.staffing = staffing
    }

    static let levelKeys = ["id", "name", "children", "count", "follows", "within_area", "code_pattern"]
    static let postKeys = ["id", "name", "level", "per_unit", "eligible", "prefer", "exclusive", "max_distance", "special_grids"]
    static let conditionKeys = ["party_member", "posts", "skills"]
    static let staffingKeys = ["coverage", "max_posts_per_person", "candidates_per_seat", "keep_current_m", "prefer_m", "node_limit"]
    static let coverageKeys = ["level", "at_least", "who", "posts"]

    /// Reads the sections from `folder/scenario.yaml`.
    public static func read(folder: URL) throws(InputError) -> StructureSettings {
        let url = folder.appendingPathComponent(ScenarioFile.fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw InputError(file: url.path, "cannot read the file")
        }
        let text = try TextDecoding.decode(data, file: url.path).text
        return try parse(yaml: text, file: url.path)
    }

    static func parse(yaml text: String, file: String) throws(InputError) -> StructureSettings {
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch { throw InputError(file: file, "not valid YAML") }
        guard let mapping = root?.mapping else { return StructureSettings() }
        var reader = SectionReader(file: file)
        var levelsNode: Node?, postsNode: Node?, staffingNode: Node?
        for (key, value) in mapping {
            switch key.string {
            case "levels": levelsNode = value
            case "posts": postsNode = value
            case "staffing": staffingNode = value
            default: break
            }
        }
        guard levelsNode != nil || postsNode != nil || staffingNode != nil else { return StructureSettings() }
        let structure = try levelsNode.map { node throws(InputError) in try reader.structure(node) } ?? StructureRules()
        guard let postsNode else {
            if let staffingNode { throw reader.error(staffingNode, "staffing", "staffing: needs posts: to staff") }
            return StructureSettings(structure: structure)
        }
        var staffing = StaffingRules()
        staffing.posts = try reader.posts(postsNode, levelIDs: structure.levelIDs)
        if let staffingNode {
            try reader.staffingOptions(staffingNode, into: &staffing, levelIDs: structure.levelIDs)
        }
        return StructureSettings(structure: structure, staffing: staffing)
    }
}

/// Walks the YAML nodes of the sections, with errors naming the file, line and key path.
private struct SectionReader {
    let file: String

    func error(_ node: Node, _ path: String, _ message: String) -> InputError {
        InputError(file: file, line: node.mark?.line, field: path, message)
    }

    func entries(_ node: Node, _ path: String, known: [String]) throws(InputError) -> [(String, Node, Int?)] {
        guard let mapping = node.mapping else { throw error(node, path, "expected keys: \(known.joined(separator: ", "))") }
        var result: [(String, Node, Int?)] = []
        for (key, value) in mapping {
            let name = key.string ?? ""
            guard known.contains(name) else {
                throw InputError(file: file, line: key.mark?.line, field: "\(path).\(name)",
                                 "unknown key; known keys: \(known.joined(separator: ", "))")
            }
            result.append((name, value, key.mark?.line))
        }
        return result
    }

    func string(_ node: Node, _ path: String) throws(InputError) -> String {
        guard let text = node.scalar?.string, !text.trimmingWhitespace().isEmpty else { throw error(node, path, "expected a single value") }
        return text.trimmingWhitespace()
    }

    func bool(_ node: Node, _ path: String) throws(InputError) -> Bool {
        guard let text = node.scalar?.string, let value = ScenarioFile.yesNo(text) else { throw error(node, path, "expected true or false") }
        return value
    }

    func whole(_ node: Node, _ path: String, atLeast minimum: Int) throws(InputError) -> Int {
        guard let text = node.scalar?.string, let value = Int(text.trimmingWhitespace()), value >= minimum else {
            throw error(node, path, "expected a whole number of at least \(minimum)")
        }
        return value
    }

    func positive(_ node: Node, _ path: String) throws(InputError) -> Double {
        guard let text = node.scalar?.string, let value = Double(text.trimmingWhitespace()), value.isFinite, value > 0 else {
            throw error(node, path, "expected a positive number")
        }
        return value
    }

    /// A YAML list, or one text with values separated by `,`, `;`, `、`, `，` or `|`.
    func list(_ node: Node, _ path: String) throws(InputError) -> [String] {
        if let sequence = node.sequence {
            var values: [String] = []
            for item in sequence { values.append(try string(item, path)) }
            return values
        }
        if let text = node.scalar?.string { return PeopleTable.splitList(text) }
        throw error(node, path, "expected a list, e.g. [村委会委员, 党支部委员]")
    }

    // MARK: - Levels

    mutating func structure(_ node: Node) throws(InputError) -> StructureRules {
        guard let sequence = node.sequence else {
            throw error(node, "levels", "expected a list of levels, from the top down, e.g. - {id: zone, count: 6}")
        }
        var rules = StructureRules()
        for (k, item) in sequence.enumerated() {
            let path = "levels[\(k + 1)]"
            var level = Level(id: "")
            var followsArea = false
            for (key, value, _) in try entries(item, path, known: StructureSettings.levelKeys) {
                let at = "\(path).\(key)"
                switch key {
                case "id": level.id = try string(value, at)
                case "name": level.name = try string(value, at)
                case "children":
                    let text = try string(value, at)
                    let range: ValueRange
                    do { range = try ValueRange.parse(text) } catch { throw self.error(value, at, error.message) }
                    guard range.lower >= 1, range.lower == range.lower.rounded(), range.upper == range.upper.rounded() else {
                        throw error(value, at, "expected whole numbers of at least 1, e.g. 3-5")
                    }
                    level.children = Int(range.lower)...Int(range.upper)
                case "count": level.count = try whole(value, at, atLeast: 1)
                case "follows":
                    guard try string(value, at) == "area" else { throw error(value, at, "a level can only follow area") }
                    followsArea = true
                case "within_area": level.withinArea = try bool(value, at)
                case "code_pattern":
                    let pattern = try string(value, at)
                    guard pattern.contains("{n") || pattern.contains("{area}") else {
                        throw error(value, at, "'\(pattern)' has no {n} (or {area}) to tell units apart")
                    }
                    level.codePattern = pattern
                default: break
                }
            }
            guard !level.id.isEmpty else { throw error(item, path, "every level needs an id") }
            if level.id == Level.topID {
                guard k == 0 else { throw error(item, "\(path).id", "'top' can only be the first entry") }
                rules.topName = level.name
                continue
            }
            guard level.id != Level.gridID else { throw error(item, "\(path).id", "'grid' is the bottom level already; list only levels above it") }
            guard !rules.levels.contains(where: { $0.id == level.id }) else { throw error(item, "\(path).id", "level '\(level.id)' is listed twice") }
            if level.name.isEmpty { level.name = level.id }
            level.followsArea = followsArea
            if followsArea { level.withinArea = true }
            if followsArea, level.children != nil || level.count != nil {
                throw error(item, path, "a level that follows area takes its units from the areas; drop children and count")
            }
            if !followsArea, level.children == nil, level.count == nil {
                throw error(item, path, "level '\(level.id)' needs children (e.g. 3-5), count, or follows: area")
            }
            rules.levels.append(level)
        }
        // A level inside areas makes every level below it stay inside areas too.
        var inside = false
        for k in rules.levels.indices {
            inside = inside || rules.levels[k].withinArea
            rules.levels[k].withinArea = inside
        }
        return rules
    }

    // MARK: - Posts

    func posts(_ node: Node, levelIDs: [String]) throws(InputError) -> [PostRule] {
        guard let sequence = node.sequence else { throw error(node, "posts", "expected a list of posts, e.g. - {id: grid_member, level: grid}") }
        var posts: [PostRule] = []
        for (k, item) in sequence.enumerated() {
            let path = "posts[\(k + 1)]"
            var post = PostRule(id: "", level: "")
            var named = false
            for (key, value, _) in try entries(item, path, known: StructureSettings.postKeys) {
                let at = "\(path).\(key)"
                switch key {
                case "id": post.id = try string(value, at)
                case "name": post.name = try string(value, at); named = true
                case "level":
                    post.level = try string(value, at)
                    guard levelIDs.contains(post.level) else {
                        throw error(value, at, "no level '\(post.level)'; levels are \(levelIDs.joined(separator: ", "))")
                    }
                case "per_unit": post.perUnit = try whole(value, at, atLeast: 1)
                case "eligible": post.eligible = try eligibility(value, at)
                case "prefer": post.prefer = try eligibility(value, at)
                case "exclusive": post.exclusive = try bool(value, at)
                case "max_distance": post.maxDistance = try positive(value, at)
                case "special_grids": post.onSpecialGrids = try bool(value, at)
                default: break
                }
            }
            guard !post.id.isEmpty else { throw error(item, path, "every post needs an id") }
            guard !post.level.isEmpty else { throw error(item, path, "post '\(post.id)' needs a level: \(levelIDs.joined(separator: ", "))") }
            guard !posts.contains(where: { $0.id == post.id }) else { throw error(item, "\(path).id", "post '\(post.id)' is listed twice") }
            if !named { post.name = post.id }
            posts.append(post)
        }
        return posts
    }

    /// A mapping of conditions (all must hold), or a list of such mappings (any one suffices).
    func eligibility(_ node: Node, _ path: String) throws(InputError) -> Eligibility {
        if let sequence = node.sequence {
            var alternatives: [Eligibility.Condition] = []
            for (k, item) in sequence.enumerated() { alternatives.append(try condition(item, "\(path)[\(k + 1)]")) }
            return Eligibility(alternatives)
        }
        return Eligibility([try condition(node, path)])
    }

    func condition(_ node: Node, _ path: String) throws(InputError) -> Eligibility.Condition {
        var condition = Eligibility.Condition()
        for (key, value, _) in try entries(node, path, known: StructureSettings.conditionKeys) {
            let at = "\(path).\(key)"
            switch key {
            case "party_member": condition.partyMember = try bool(value, at)
            case "posts": condition.anyPost = try list(value, at)
            case "skills": condition.anySkill = try list(value, at)
            default: break
            }
        }
        return condition
    }

    // MARK: - Staffing options and coverage

    func staffingOptions(_ node: Node, into rules: inout StaffingRules, levelIDs: [String]) throws(InputError) {
        for (key, value, _) in try entries(node, "staffing", known: StructureSettings.staffingKeys) {
            let at = "staffing.\(key)"
            switch key {
            case "max_posts_per_person": rules.maxPostsPerPerson = try whole(value, at, atLeast: 1)
            case "candidates_per_seat": rules.candidatesPerSeat = try whole(value, at, atLeast: 1)
            case "keep_current_m": rules.keepCurrentWeight = try positive(value, at)
            case "prefer_m": rules.preferWeight = try positive(value, at)
            case "node_limit": rules.nodeLimit = try whole(value, at, atLeast: 1)
            case "coverage":
                guard let sequence = value.sequence else { throw error(value, at, "expected a list of coverage rules") }
                for (k, item) in sequence.enumerated() {
                    rules.coverage.append(try coverage(item, "\(at)[\(k + 1)]", posts: rules.posts, levelIDs: levelIDs))
                }
            default: break
            }
        }
    }

    func coverage(_ node: Node, _ path: String, posts: [PostRule], levelIDs: [String]) throws(InputError) -> CoverageRule {
        var rule = CoverageRule(level: "", who: .anyone)
        var sawWho = false
        for (key, value, _) in try entries(node, path, known: StructureSettings.coverageKeys) {
            let at = "\(path).\(key)"
            switch key {
            case "level":
                rule.level = try string(value, at)
                guard levelIDs.contains(rule.level) else {
                    throw error(value, at, "no level '\(rule.level)'; levels are \(levelIDs.joined(separator: ", "))")
                }
            case "at_least": rule.atLeast = try whole(value, at, atLeast: 1)
            case "who": rule.who = try eligibility(value, at); sawWho = true
            case "posts":
                rule.posts = try list(value, at)
                for id in rule.posts where !posts.contains(where: { $0.id == id }) {
                    throw error(value, at, "no post '\(id)'; posts are \(posts.map(\.id).joined(separator: ", "))")
                }
            default: break
            }
        }
        guard !rule.level.isEmpty, sawWho else { throw error(node, path, "a coverage rule needs level and who") }
        return rule
    }
}
