import Foundation

/// What re-staffing needs from a plan folder: the plan (read by ``PlanFolderReader``), the
/// scenario folder it came from (people and posts), and today's staffing from staffing.csv.
public struct RestaffingInput: Sendable {
    public var plan: Plan
    /// The scenario folder the plan came from.
    public var scenarioFolder: URL
    /// The staffing in staffing.csv (empty when the folder has none).
    public var current: [CurrentPost]

    /// - Parameter scenarioFolder: where scenario.yaml and the people are; by default the
    ///   folder of the households file recorded in plan.json.
    public static func read(folder: URL, scenarioFolder: URL? = nil) throws -> RestaffingInput {
        let plan = try PlanFolderReader.read(folder: folder)
        let scenarioURL = scenarioFolder ?? URL(fileURLWithPath: plan.scenario.householdsFile).deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: scenarioURL.appendingPathComponent(ScenarioFile.fileName).path) else {
            throw InputError(file: folder.appendingPathComponent(PlanFolder.planFile).path, field: "scenario.households_file",
                             "no \(ScenarioFile.fileName) in \(scenarioURL.path); name the scenario folder with --scenario")
        }
        return RestaffingInput(plan: plan, scenarioFolder: scenarioURL,
                               current: try readStaffing(folder.appendingPathComponent(PlanFolder.staffingFile)))
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
