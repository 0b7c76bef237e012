import Foundation

/// Builds a ``Scenario`` from a scenario folder, or from a households file alone (the quick
/// path), with command-line rule values applied last.
public enum ScenarioLoader {
    /// Command-line flag of each rule key, so that errors name what the user typed.
    static let flags = [
        "grid_size": "--grid-size", "size_measure": "--size-measure", "grids": "--grids",
        "keep_kin_groups": "--keep-kin-groups", "respect_areas": "--respect-areas",
        "special_kinds": "--special-kinds", "code_pattern": "--code-pattern", "seed": "--seed",
        "time_limit": "--time-limit", "special_code_pattern": "--special-code-pattern",
        "special_grids_count": "--special-grids-count",
    ]

    public static func load(
        folder: URL, overrides: RuleSettings = RuleSettings(), crs: CoordinateSystem? = nil, sheet: String? = nil
    ) throws(InputError) -> Scenario {
        let file = try ScenarioFile.read(folder: folder)
        var rules = Rules()
        try file.apply(to: &rules, file: folder.appendingPathComponent(ScenarioFile.fileName).path)
        try applyFlags(overrides, to: &rules)
        let householdsURL = ScenarioFile.resolve(file.householdsPath, in: folder)
        let display = householdsURL.path
        let households = try HouseholdTable.read(url: householdsURL, displayName: display,
                                                 sheet: sheet ?? file.sheet, crs: crs ?? file.crs)
        var scenario = Scenario(name: file.name, code: file.code, households: households, rules: rules,
                                householdsFile: display, hasGeographicCoordinates: households.first?.geo != nil)
        scenario.crs = crs ?? file.crs
        return scenario
    }

    /// The quick path: a households file and command-line rules; the code is the file's name.
    public static func quick(
        households url: URL, overrides: RuleSettings, crs: CoordinateSystem = .wgs84, sheet: String? = nil
    ) throws(InputError) -> Scenario {
        var rules = Rules()
        try applyFlags(overrides, to: &rules)
        let households = try HouseholdTable.read(url: url, displayName: url.path, sheet: sheet, crs: crs)
        let stem = url.deletingPathExtension().lastPathComponent
        var scenario = Scenario(name: stem, code: stem, households: households, rules: rules,
                                householdsFile: url.path, hasGeographicCoordinates: households.first?.geo != nil)
        scenario.crs = crs
        return scenario
    }

    static func applyFlags(_ settings: RuleSettings, to rules: inout Rules) throws(InputError) {
        try settings.apply(to: &rules) { key in InputError(field: flags[key] ?? key, "") }
    }
}
