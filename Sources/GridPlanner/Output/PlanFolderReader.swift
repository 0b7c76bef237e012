import Foundation

/// Reads a plan folder written by ``PlanFolder`` back into a ``Plan``: `plan.json` for the grids
/// and rules, and the households file it names for positions, names and addresses.
///
/// The households file is looked for where `plan.json` says (absolute, or relative to the
/// working folder), then beside the plan folder's parent, then by its file name inside the plan
/// folder, so a plan folder moved together with its households file still opens.
public enum PlanFolderReader {
    public static func read(folder: URL, householdsOverride: URL? = nil) throws(InputError) -> Plan {
        let file = folder.appendingPathComponent(PlanFolder.planFile)
        let name = file.path
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw InputError(file: name, FileManager.default.fileExists(atPath: folder.path)
                ? "the folder holds no \(PlanFolder.planFile); is it a plan folder?" : "the plan folder does not exist")
        }
        let document: StoredPlan
        do {
            document = try JSONDecoder().decode(StoredPlan.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw InputError(file: name, field: fieldPath(context.codingPath + [key]), "missing")
        } catch let DecodingError.typeMismatch(_, context) {
            throw InputError(file: name, field: fieldPath(context.codingPath), "has the wrong type")
        } catch let DecodingError.valueNotFound(_, context) {
            throw InputError(file: name, field: fieldPath(context.codingPath), "is null")
        } catch {
            throw InputError(file: name, "not valid JSON")
        }
        let crs = try document.scenario.crs.map { value throws(InputError) -> CoordinateSystem in
            guard let c = CoordinateSystem(rawValue: value) else {
                throw InputError(file: name, field: "scenario.crs", "'\(value)' is not one of wgs84, gcj02, bd09")
            }
            return c
        } ?? .wgs84
        let householdsURL: URL
        if let householdsOverride { householdsURL = householdsOverride }
        else { householdsURL = try locate(document.scenario.households_file, planFolder: folder, planFile: name) }
        let households = try HouseholdTable.read(url: householdsURL, displayName: householdsURL.path, crs: crs)
        var scenario = Scenario(name: document.scenario.name, code: document.scenario.code, households: households,
                                rules: try document.rules.rules(seed: document.seed ?? 1, file: name),
                                householdsFile: householdsURL.path, hasGeographicCoordinates: households.first?.geo != nil)
        scenario.crs = crs
        return try plan(from: document, scenario: scenario, file: name)
    }

    /// Builds the plan from the stored grids, checking that every household is in exactly one.
    static func plan(from document: StoredPlan, scenario: Scenario, file: String) throws(InputError) -> Plan {
        let households = scenario.households
        var index: [String: Int] = [:]
        for (i, h) in households.enumerated() { index[h.id] = i }
        var seen = [Int](repeating: -1, count: households.count)
        var grids: [Grid] = []
        for (g, stored) in document.grids.enumerated() {
            let field = "grids[\(g)]"
            guard let centre = index[stored.centre_household] else {
                throw InputError(file: file, field: "\(field).centre_household",
                                 "household \(stored.centre_household) is not in \(scenario.householdsFile)")
            }
            var members: [Int] = []
            for id in stored.households {
                guard let h = index[id] else {
                    throw InputError(file: file, field: "\(field).households",
                                     "household \(id) is not in \(scenario.householdsFile)")
                }
                if seen[h] >= 0 {
                    throw InputError(file: file, field: "\(field).households",
                                     "household \(id) is also in grid \(document.grids[seen[h]].code)")
                }
                seen[h] = g
                members.append(h)
            }
            grids.append(Grid(code: stored.code, centre: centre, households: members.sorted(), area: stored.area,
                              isSpecial: stored.special, size: stored.size, totalDistance: stored.total_distance_m,
                              maxDistance: stored.max_distance_m))
        }
        if let missing = seen.firstIndex(of: -1) {
            throw InputError(file: file, field: "grids",
                             "household \(households[missing].id) of \(scenario.householdsFile) is in no grid")
        }
        let regular = grids.filter { !$0.isSpecial }
        var plan = Plan(scenario: scenario, grids: grids, totalDistance: regular.reduce(0) { $0 + $1.totalDistance },
                        lowerBound: document.lower_bound, status: PlanStatus(rawValue: document.status) ?? .finished,
                        seconds: document.seconds,
                        kinGroupSplits: document.kin_group_splits.map { KinGroupSplit(kinGroup: $0.kin_group, areas: $0.areas) },
                        gridCount: regular.count)
        if let structure = document.structure {
            func household(_ id: String, _ owner: String) throws(InputError) -> Int {
                guard let h = index[id] else {
                    throw InputError(file: file, field: owner, "household '\(id)' is not in \(scenario.householdsFile)")
                }
                return h
            }
            plan.structure = try rebuild(structure, grids: grids, file: file, household: household)
        }
        return plan
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


    static func locate(_ stored: String, planFolder: URL, planFile: String) throws(InputError) -> URL {
        let manager = FileManager.default
        let written = URL(fileURLWithPath: stored)
        let candidates = [
            written,
            planFolder.deletingLastPathComponent().appendingPathComponent(stored),
            planFolder.appendingPathComponent(written.lastPathComponent),
        ]
        for candidate in candidates where manager.fileExists(atPath: candidate.path) { return candidate }
        throw InputError(file: planFile, field: "scenario.households_file",
                         "the households file \(stored) is not there any more; give it with --households")
    }

    private static func fieldPath(_ path: [CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: ["."])
    }
}

/// The parts of `plan.json` a reader needs (see ``PlanDocument`` for the writer).
struct StoredPlan: Decodable {
    var structure: StructureDocument?

    struct Scenario: Decodable {
        var name: String
        var code: String
        var households_file: String
        var crs: String?
    }

    var scenario: Scenario
    var rules: PlanDocument.RulesDoc
    var status: String
    var seed: UInt64?
    var seconds: Double
    var lower_bound: Double
    var kin_group_splits: [PlanDocument.Split]
    var grids: [PlanDocument.GridDoc]
}

extension PlanDocument.RulesDoc {
    /// The rules as written, checked as if they came from a scenario file.
    func rules(seed: UInt64, file: String) throws(InputError) -> GridPlanner.Rules {
        var rules = GridPlanner.Rules()
        var settings = RuleSettings()
        settings.gridSize = grid_size
        settings.sizeMeasure = size_measure
        settings.grids = grids
        settings.keepKinGroups = keep_kin_groups
        settings.respectAreas = respect_areas
        settings.specialKinds = special_kinds
        settings.codePattern = code_pattern
        settings.seed = seed
        try settings.apply(to: &rules) { key in InputError(file: file, field: "rules.\(key)", "") }
        return rules
    }
}
