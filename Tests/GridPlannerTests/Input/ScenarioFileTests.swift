import Foundation
import Testing
@testable import GridPlanner

/// A scenario folder in a fresh temporary directory, with a small households file.
private func scenarioFolder(yaml: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("scenario-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(yaml.utf8).write(to: folder.appendingPathComponent("scenario.yaml"))
    var csv = "户号,x,y\n"
    for i in 0..<40 { csv += String(format: "%03d,%d,%d\n", i, (i % 8) * 20, (i / 8) * 20) }
    try Data(csv.utf8).write(to: folder.appendingPathComponent("households.csv"))
    return folder
}

// MARK: - Rules in scenario.yaml

@Test func scenarioRulesAreReadAndLeadingZerosOfIdsSurvive() throws {
    let folder = try scenarioFolder(yaml: """
        name: 测试村
        code: CS
        households: households.csv
        rules:
          grid_size: 8-12
          grids: 4
          code_pattern: "{code}-{n:03}"
        """)
    let scenario = try ScenarioLoader.load(folder: folder)
    #expect(scenario.name == "测试村" && scenario.code == "CS")
    #expect(scenario.rules.gridSize == ValueRange(8, 12))
    #expect(scenario.rules.gridCount == .exact(4))
    #expect(scenario.households.first?.id == "000")
}

@Test func aRangeWhoseMinimumExceedsItsMaximumNamesFileLineAndKey() throws {
    let folder = try scenarioFolder(yaml: """
        name: 测试村
        rules:
          grids: 4
          grid_size: 18-12
        """)
    let file = folder.appendingPathComponent("scenario.yaml").path
    #expect(throws: InputError(file: file, line: 4, field: "rules.grid_size",
                               "'18-12': the minimum is larger than the maximum")) {
        try ScenarioLoader.load(folder: folder)
    }
}

@Test func anUnknownKeyIsReportedWithItsLine() throws {
    let folder = try scenarioFolder(yaml: "name: x\nrulez:\n  grids: 3\n")
    do {
        _ = try ScenarioLoader.load(folder: folder)
        Issue.record("expected an error")
    } catch {
        #expect(error.line == 2 && error.field == "rulez")
    }
}

@Test func anUnknownDatumIsRejected() throws {
    let folder = try scenarioFolder(yaml: "name: x\ncrs: utm\n")
    do {
        _ = try ScenarioLoader.load(folder: folder)
        Issue.record("expected an error")
    } catch {
        #expect(error.field == "crs" && error.line == 2)
    }
}

@Test func brokenYAMLIsReportedOnItsLine() throws {
    let folder = try scenarioFolder(yaml: "name: x\nrules:\n  grid_size: [12\n")
    do {
        _ = try ScenarioLoader.load(folder: folder)
        Issue.record("expected an error")
    } catch {
        #expect(error.line != nil)
        #expect(error.message.hasPrefix("not valid YAML"))
    }
}

@Test func aMissingScenarioFolderIsNamed() {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString)")
    #expect(throws: InputError.self) { try ScenarioLoader.load(folder: folder) }
}

// MARK: - Flags override the file

@Test func commandLineFlagsOverrideTheScenarioAndErrorsNameTheFlag() throws {
    let folder = try scenarioFolder(yaml: "name: x\nrules:\n  grid_size: 8-12\n  grids: 4\n")
    var flags = RuleSettings()
    flags.grids = "3-5"
    let scenario = try ScenarioLoader.load(folder: folder, overrides: flags)
    #expect(scenario.rules.gridCount == .range(3...5))
    flags.gridSize = "abc"
    #expect(throws: InputError(field: "--grid-size", "'abc' is not a number or a range A-B")) {
        try ScenarioLoader.load(folder: folder, overrides: flags)
    }
    flags.gridSize = "-3"
    #expect(throws: InputError.self) { try ScenarioLoader.load(folder: folder, overrides: flags) }
}

@Test func rangesAcceptTheSeparatorsCadresType() throws {
    #expect(try ValueRange.parse("12-18") == ValueRange(12, 18))
    #expect(try ValueRange.parse("12～18") == ValueRange(12, 18))
    #expect(try ValueRange.parse(" 15 ") == ValueRange(15, 15))
    #expect(try ValueRange.parse("12至18") == ValueRange(12, 18))
}
