import Foundation

/// What a scenario folder asks for beyond the grids: its levels and posts, and its people.
public struct ScenarioStructure: Sendable {
    public var settings: StructureSettings
    public var people: [Person]?
    public var peopleFile: String?

    public init(settings: StructureSettings, people: [Person]? = nil, peopleFile: String? = nil) {
        self.settings = settings
        self.people = people
        self.peopleFile = peopleFile
    }

    /// Reads `levels:`, `posts:` and `staffing:` from the folder's scenario.yaml, and the people
    /// file it names (`people:`), or `people.csv` beside it, when the scenario has posts.
    public static func load(folder: URL, scenario: Scenario) throws(InputError) -> ScenarioStructure {
        let settings = try StructureSettings.read(folder: folder)
        guard settings.staffing != nil else { return ScenarioStructure(settings: settings) }
        let file = try ScenarioFile.read(folder: folder)
        let path = file.peoplePath ?? "people.csv"
        let url = ScenarioFile.resolve(path, in: folder)
        guard file.peoplePath != nil || FileManager.default.fileExists(atPath: url.path) else {
            return ScenarioStructure(settings: settings)
        }
        let display = url.path
        let people = try PeopleTable.read(url: url, displayName: display, sheet: nil, households: scenario.households)
        return ScenarioStructure(settings: settings, people: people, peopleFile: display)
    }

    /// Builds the levels above the plan's grids and, with people, staffs them.
    ///
    /// Re-densifying passes `keptGridCodes` (the grids keep their codes; units above skip
    /// these) and `unitNow`: the unit a person's post of today now belongs to (a member kept in
    /// post serves the new grid that inherited them).
    public func apply(to plan: inout Plan, deadline: Deadline, keptGridCodes: Set<String>? = nil,
                      unitNow: [String: String] = [:]) throws {
        guard let rules = settings.structure else { return }
        var builder = LevelBuilder(rules: rules)
        builder.keptGridCodes = keptGridCodes
        try builder.build(&plan, deadline: deadline)
        guard let staffing = settings.staffing, let people, let peopleFile else { return }
        var assigner = StaffAssigner(rules: staffing, people: people, peopleFile: peopleFile)
        for k in assigner.current.indices {
            if let unit = unitNow[assigner.current[k].personID] { assigner.current[k].unit = unit }
        }
        plan.staffing = try assigner.staff(plan, deadline: deadline)
    }
}
