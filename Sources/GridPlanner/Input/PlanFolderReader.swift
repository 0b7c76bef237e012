import Foundation

/// Reads a plan folder back (plan.json with its structure, and staffing.csv), with the
/// scenario's households, so that the plan can be staffed again.
public enum PlanFolderReader {
    public struct Stored: Sendable {
        public var plan: Plan
        /// The scenario folder the plan came from.
        public var scenarioFolder: URL
        /// The staffing in staffing.csv (empty when the folder has none).
        public var current: [CurrentPost]
    }

    /// - Parameter scenarioFolder: where scenario.yaml and the households are; by default the
    ///   folder of the households file recorded in plan.json.
    public static func read(folder: URL, scenarioFolder: URL? = nil) throws -> Stored {
        let planURL = folder.appendingPathComponent(PlanFolder.planFile)
        let file = planURL.path
        guard let data = FileManager.default.contents(atPath: file) else {
            throw InputError(file: file, "no plan here (run planner plan first)")
        }
        let stored: StoredPlan
        do { stored = try JSONDecoder().decode(StoredPlan.self, from: data) } catch {
            throw InputError(file: file, "not a plan.json this version can read: \(error)")
        }
        let scenarioURL = scenarioFolder ?? URL(fileURLWithPath: stored.scenario.households_file).deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: scenarioURL.appendingPathComponent(ScenarioFile.fileName).path) else {
            throw InputError(file: file, field: "scenario.households_file",
                             "no \(ScenarioFile.fileName) in \(scenarioURL.path); name the scenario folder with --scenario")
        }
        var overrides = RuleSettings()
        overrides.gridSize = stored.rules.grid_size
        overrides.sizeMeasure = stored.rules.size_measure
        overrides.grids = stored.rules.grids
        overrides.keepKinGroups = stored.rules.keep_kin_groups
        overrides.respectAreas = stored.rules.respect_areas
        overrides.specialKinds = stored.rules.special_kinds
        overrides.codePattern = stored.rules.code_pattern
        overrides.seed = stored.seed
        let scenario = try ScenarioLoader.load(folder: scenarioURL, overrides: overrides)
        var indexOf: [String: Int] = [:]
        for (h, household) in scenario.households.enumerated() { indexOf[household.id] = h }
        func household(_ id: String, of owner: String) throws(InputError) -> Int {
            guard let h = indexOf[id] else {
                throw InputError(file: file, field: owner, "household '\(id)' is not in \(scenario.householdsFile)")
            }
            return h
        }
        var grids: [Grid] = []
        for g in stored.grids {
            var members: [Int] = []
            for id in g.households { members.append(try household(id, of: "grids.\(g.code)")) }
            grids.append(Grid(code: g.code, centre: try household(g.centre_household, of: "grids.\(g.code)"),
                              households: members, area: g.area, isSpecial: g.special, size: g.size,
                              totalDistance: g.total_distance_m, maxDistance: g.max_distance_m))
        }
        var plan = Plan(scenario: scenario, grids: grids, totalDistance: stored.metrics.total_distance_m,
                        lowerBound: stored.lower_bound, status: PlanStatus(rawValue: stored.status) ?? .finished,
                        seconds: stored.seconds,
                        kinGroupSplits: stored.kin_group_splits.map { KinGroupSplit(kinGroup: $0.kin_group, areas: $0.areas) },
                        gridCount: stored.metrics.grids)
        if let structure = stored.structure {
            plan.structure = try rebuild(structure, grids: grids, file: file, household: household)
        }
        return Stored(plan: plan, scenarioFolder: scenarioURL,
                      current: try readStaffing(folder.appendingPathComponent(PlanFolder.staffingFile)))
    }

    private static func rebuild(_ doc: StructureDocument, grids: [Grid], file: String,
                                household: (String, String) throws(InputError) -> Int) throws(InputError) -> Structure {
        let ids = doc.levels.map(\.id)
        guard ids.last == Level.gridID, ids.first == Level.topID else {
            throw InputError(file: file, field: "structure.levels", "levels must run from top to grid")
        }
        var units = [[StructureUnit]](repeating: [], count: ids.count)
        var place: [String: (Int, Int)] = [:]
        for unit in doc.units {
            guard let level = ids.firstIndex(of: unit.level), level < ids.count - 1 else {
                throw InputError(file: file, field: "structure.units.\(unit.code)", "unknown level '\(unit.level)'")
            }
            place[unit.code] = (level, units[level].count)
            units[level].append(StructureUnit(code: unit.code, level: level, parent: nil, children: [],
                                              centre: try household(unit.centre_household, "structure.units.\(unit.code)"),
                                              area: unit.area))
        }
        let gridLevel = ids.count - 1
        for (g, grid) in grids.enumerated() {
            place[grid.code] = (gridLevel, g)
            units[gridLevel].append(StructureUnit(code: grid.code, level: gridLevel, parent: nil, children: [],
                                                  centre: grid.centre, area: grid.area, isSpecial: grid.isSpecial))
        }
        for unit in doc.units {
            let (level, index) = place[unit.code]!
            for child in unit.children {
                guard let (childLevel, c) = place[child], childLevel == level + 1 else {
                    throw InputError(file: file, field: "structure.units.\(unit.code)", "child '\(child)' is not a unit of the level below")
                }
                units[level][index].children.append(c)
                units[childLevel][c].parent = index
            }
        }
        return Structure(levelIDs: ids, levelNames: doc.levels.map(\.name), units: units)
    }

    /// Rows of staffing.csv with a person in them, as today's staffing.
    static func readStaffing(_ url: URL) throws(InputError) -> [CurrentPost] {
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        let text = try TextDecoding.decode(data, file: url.path).text
        let table = try CSVTable(parsingCSV: text, file: url.path)
        func column(_ name: String) throws(InputError) -> Int {
            guard let index = table.header.firstIndex(of: name) else {
                throw InputError(file: url.path, line: table.headerLine, field: name, "missing column")
            }
            return index
        }
        let person = try column("person_id"), post = try column("post"), unit = try column("unit")
        return table.records.compactMap { record in
            let id = record[person].trimmingWhitespace()
            return id.isEmpty ? nil : CurrentPost(personID: id, post: record[post], unit: record[unit])
        }
    }
}

/// The parts of plan.json that re-staffing needs.
private struct StoredPlan: Decodable {
    struct ScenarioDoc: Decodable { var households_file: String }
    struct RulesDoc: Decodable {
        var grid_size: String
        var size_measure: String
        var grids: String
        var keep_kin_groups: Bool
        var respect_areas: Bool
        var special_kinds: [String]
        var code_pattern: String
    }
    struct GridDoc: Decodable {
        var code: String
        var centre_household: String
        var area: String?
        var special: Bool
        var size: Double
        var total_distance_m: Double
        var max_distance_m: Double
        var households: [String]
    }
    struct MetricsDoc: Decodable {
        var grids: Int
        var total_distance_m: Double
    }
    struct SplitDoc: Decodable {
        var kin_group: String
        var areas: [String]
    }

    var scenario: ScenarioDoc
    var rules: RulesDoc
    var status: String
    var seed: UInt64
    var seconds: Double
    var lower_bound: Double
    var metrics: MetricsDoc
    var kin_group_splits: [SplitDoc]
    var grids: [GridDoc]
    var structure: StructureDocument?
}
