/// What one run plans: the households and the rules, with the scenario's name and code.
public struct Scenario: Sendable {
    public var name: String
    /// Short code that prefixes grid codes, e.g. `DHS`.
    public var code: String
    public var households: [Household]
    public var rules: Rules
    /// Where the households came from, for messages and the plan file.
    public var householdsFile: String
    /// Whether the households file gave longitude/latitude.
    public var hasGeographicCoordinates: Bool
    /// Datum the households file wrote longitude/latitude in (recorded in plan.json for reading back).
    public var crs: CoordinateSystem = .wgs84

    public init(name: String, code: String, households: [Household], rules: Rules,
                householdsFile: String, hasGeographicCoordinates: Bool = false) {
        self.name = name
        self.code = code
        self.households = households
        self.rules = rules
        self.householdsFile = householdsFile
        self.hasGeographicCoordinates = hasGeographicCoordinates
    }
}
