import Foundation

/// `plan.json`: the plan as data, schema documented in docs/plan-format.md.
struct PlanDocument: Encodable {
    static let schemaVersion = 1

    struct Scenario: Encodable {
        var name: String
        var code: String
        var households_file: String
        var households: Int
        /// Datum of the households file's longitude/latitude; absent for metres.
        var crs: String?
    }

    /// Read back by ``PlanFolderReader`` too.
    struct RulesDoc: Codable {
        var grid_size: String
        var size_measure: String
        var grids: String
        var keep_kin_groups: Bool
        var respect_areas: Bool
        var special_kinds: [String]
        var code_pattern: String
    }

    struct GridDoc: Codable {
        var code: String
        var centre_household: String
        var area: String?
        var special: Bool
        var size: Double
        var total_distance_m: Double
        var max_distance_m: Double
        var households: [String]
    }

    struct Metrics: Encodable {
        var grids: Int
        var special_grids: Int
        var size_min: Double
        var size_mean: Double
        var size_max: Double
        var total_distance_m: Double
        var max_distance_m: Double
        var mean_distance_m: Double
    }

    struct Split: Codable {
        var kin_group: String
        var areas: [String]
    }

    var schema_version = PlanDocument.schemaVersion
    var generator: String
    var scenario: Scenario
    var rules: RulesDoc
    var status: String
    var seed: UInt64
    var seconds: Double
    var lower_bound: Double
    var gap: Double
    var metrics: Metrics
    var kin_group_splits: [Split]
    var grids: [GridDoc]
    /// Present when the scenario has levels or posts.
    var structure: StructureDocument?
    /// Present when the plan was staffed.
    var staffing: StaffingDocument?

    init(_ plan: Plan) {
        let households = plan.scenario.households
        let rules = plan.scenario.rules
        generator = "GridPlanner \(gridPlannerVersion)"
        scenario = Scenario(name: plan.scenario.name, code: plan.scenario.code,
                            households_file: plan.scenario.householdsFile, households: households.count,
                            crs: plan.scenario.hasGeographicCoordinates ? plan.scenario.crs.rawValue : nil)
        self.rules = RulesDoc(
            grid_size: rules.gridSize.description, size_measure: rules.sizeMeasure.rawValue,
            grids: rules.gridCount.description, keep_kin_groups: rules.keepKinGroups,
            respect_areas: rules.respectAreas, special_kinds: rules.specialKinds, code_pattern: rules.codePattern)
        status = plan.status.rawValue
        seed = rules.seed
        seconds = plan.seconds
        lower_bound = plan.lowerBound
        gap = plan.gap
        metrics = Metrics(plan)
        kin_group_splits = plan.kinGroupSplits.map { Split(kin_group: $0.kinGroup, areas: $0.areas) }
        grids = plan.grids.map { grid in
            GridDoc(code: grid.code, centre_household: households[grid.centre].id, area: grid.area,
                    special: grid.isSpecial, size: grid.size, total_distance_m: grid.totalDistance,
                    max_distance_m: grid.maxDistance, households: grid.households.map { households[$0].id })
        }
        structure = plan.structure.map { StructureDocument($0, households: households) }
        if let staffing = plan.staffing, let units = plan.structure { self.staffing = StaffingDocument(staffing, structure: units) }
    }

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }
}

extension PlanDocument.Metrics {
    init(_ plan: Plan) {
        let regular = plan.grids.filter { !$0.isSpecial }
        let sizes = regular.map(\.size)
        let households = regular.reduce(0) { $0 + $1.households.count }
        grids = regular.count
        special_grids = plan.grids.count - regular.count
        size_min = sizes.min() ?? 0
        size_max = sizes.max() ?? 0
        size_mean = sizes.isEmpty ? 0 : sizes.reduce(0, +) / Double(sizes.count)
        total_distance_m = plan.totalDistance
        max_distance_m = regular.map(\.maxDistance).max() ?? 0
        mean_distance_m = households > 0 ? plan.totalDistance / Double(households) : 0
    }
}
