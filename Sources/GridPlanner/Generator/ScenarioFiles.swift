import Foundation

/// Writes a scenario folder: the households file, the people and current-plan files when there
/// are rows for them, and scenario.yaml naming them. The folder is created if needed; each file
/// is written to a temporary name and renamed, so none is ever half written.
public func writeScenarioFiles(
    households: [Household], people: [Person] = [], currentPlan: [CurrentPlanRow] = [],
    manifest: ScenarioManifest, to folder: URL
) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var manifest = manifest
    if households.contains(where: { $0.geo != nil }) && manifest.crs == nil { manifest.crs = "wgs84" }
    if people.isEmpty {
        manifest.peopleFile = nil
    } else if manifest.peopleFile == nil {
        manifest.peopleFile = "people.csv"
    }
    if currentPlan.isEmpty {
        manifest.currentPlanFile = nil
    } else if manifest.currentPlanFile == nil {
        manifest.currentPlanFile = "current-plan.csv"
    }

    try TempFileThenRename.write(
        HouseholdsCSV.bytes(households), to: folder.appendingPathComponent(manifest.householdsFile))
    if let file = manifest.peopleFile {
        try TempFileThenRename.write(PeopleCSV.bytes(people), to: folder.appendingPathComponent(file))
    }
    if let file = manifest.currentPlanFile {
        try TempFileThenRename.write(CurrentPlanCSV.bytes(currentPlan), to: folder.appendingPathComponent(file))
    }
    try TempFileThenRename.write(manifest.yamlText(), to: folder.appendingPathComponent("scenario.yaml"))
}

/// Writes a generated village's files (see the general `writeScenarioFiles`).
public func writeScenarioFiles(_ village: GeneratedVillage, manifest: ScenarioManifest, to folder: URL) throws {
    try writeScenarioFiles(
        households: village.households, people: village.people, currentPlan: village.currentPlan,
        manifest: manifest, to: folder)
}
