/// What county to make up: households spread over township seats and many villages.
public struct CountySpec: Sendable, Hashable {
    /// Rows to write (all residential); at least 40.
    public var households: Int
    public var seed: UInt64
    /// 示范县
    public var name: String
    /// Townships (乡镇); nil: one per 8,000 households, 1 to 16.
    public var townships: Int?
    /// Share of a township's households living in its seat (镇区), drawn per township. Seats
    /// under 300 households are folded into villages.
    public var seatShare: ClosedRange<Double>
    /// Households per village; every village gets at least the lower bound.
    public var villageSize: ClosedRange<Int>
    /// Share of households in a kin group.
    public var kinGroupShare: Double

    public init(
        households: Int, seed: UInt64, name: String = "示范县", townships: Int? = nil,
        seatShare: ClosedRange<Double> = 0.2...0.4, villageSize: ClosedRange<Int> = 40...1500,
        kinGroupShare: Double = 0.3
    ) {
        self.households = households
        self.seed = seed
        self.name = name
        self.townships = townships
        self.seatShare = seatShare
        self.villageSize = villageSize
        self.kinGroupShare = kinGroupShare
    }
}

extension CountySpec {
    /// The county's `scenario.yaml`: teams of 8-12 households, one per 10, inside villages
    /// (areas), grouped as Minhou does: sections of 4-10 teams, districts that follow the
    /// villages, all under the county.
    public func manifest(code: String) -> ScenarioManifest {
        var rules = Rules()
        rules.gridSize = ValueRange(8, 12)
        rules.gridCount = .exact(max(1, Int((Double(households) / 10).rounded())))
        rules.respectAreas = true
        var manifest = ScenarioManifest(
            name: name + "（十户一队）", code: code, rules: rules,
            comments: ["Made by `planner generate county --households \(households) --seed \(seed)`."])
        manifest.structureYAML = BundledScenario.minhouStructure(top: "县")
        return manifest
    }
}
