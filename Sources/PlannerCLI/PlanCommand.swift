import ArgumentParser
import Foundation
import GridPlanner

/// Rule flags shared by the commands that plan.
struct RuleOptions: ParsableArguments {
    @Option(help: "Grid size bounds A-B in the size measure, e.g. 12-18.")
    var gridSize: String?

    @Option(help: "What a grid's size counts: households, residents or weight.")
    var sizeMeasure: String?

    @Option(help: "Number of grids: exact (74) or a range (70-80); default derived from the size bounds.")
    var grids: String?

    @Option(help: "Keep each kin group in one grid: true or false (default true).")
    var keepKinGroups: Bool?

    @Option(help: "Keep grids inside one area: true or false (default true).")
    var respectAreas: Bool?

    @Option(help: "Comma-separated kinds that form special grids of their own (e.g. market,park).")
    var specialKinds: String?

    @Option(help: "Grid code pattern with {code}, {area}, {n} or {n:02}.")
    var codePattern: String?

    @Option(help: "Random seed: the same input, rules and seed give the same plan.")
    var seed: UInt64?

    @Option(help: "Seconds allowed; the best plan found is returned when it runs out.")
    var timeLimit: Double?

    var settings: RuleSettings {
        var s = RuleSettings()
        s.gridSize = gridSize
        s.sizeMeasure = sizeMeasure
        s.grids = grids
        s.keepKinGroups = keepKinGroups
        s.respectAreas = respectAreas
        s.specialKinds = specialKinds.map { $0.split(separator: ",").map(String.init) }
        s.codePattern = codePattern
        s.seed = seed
        s.timeLimit = timeLimit
        return s
    }
}

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Splits households into grids and writes DIR/plan.json and DIR/assignments.csv.",
        discussion: """
            Give a scenario folder (scenario.yaml beside the households file), or --households \
            FILE with --grid-size. Flags override the scenario's rules.

            When scenario.yaml has levels: or posts:, the grids are grouped into those levels; \
            when it also has people (people: or people.csv), every post is staffed in the same \
            run and DIR/staffing.csv is written. Posts that cannot be filled are explained and \
            the staffing is marked partial (exit 0).

            Exit codes: 0 plan written (optimal, or best found at the time limit or on Ctrl-C); \
            2 bad input or rules no plan can meet; 3 no plan within the time limit; \
            64 malformed command line; 130 interrupted before any plan.
            """)

    @Argument(help: "Scenario folder holding scenario.yaml.")
    var scenario: String?

    @Option(help: "Households CSV or .xlsx file (quick path without a scenario folder).")
    var households: String?

    @Option(help: "Sheet of an .xlsx households file (default: the first).")
    var sheet: String?

    @Option(help: "Datum of longitude/latitude input: wgs84, gcj02 (Amap, Tencent) or bd09 (Baidu).")
    var crs: String?

    @OptionGroup var rules: RuleOptions

    @Option(help: "Output folder; a plan already there is replaced as a whole.")
    var out: String

    func validate() throws {
        if (scenario == nil) == (households == nil) {
            throw ValidationError("give a scenario folder or --households FILE, not both")
        }
        if households != nil && rules.gridSize == nil {
            throw ValidationError("--households needs --grid-size A-B")
        }
    }

    func run() throws {
        Planner.bootstrapLogging()
        try Exit.guarding {
            let datum = try crs.map { value throws(InputError) -> CoordinateSystem in
                guard let c = CoordinateSystem(rawValue: value.lowercased()) else {
                    throw InputError(field: "--crs", "'\(value)' is not one of wgs84, gcj02, bd09")
                }
                return c
            }
            let loaded: Scenario
            if let scenario {
                loaded = try ScenarioLoader.load(folder: URL(fileURLWithPath: scenario), overrides: rules.settings,
                                                 crs: datum, sheet: sheet)
            } else {
                loaded = try ScenarioLoader.quick(households: URL(fileURLWithPath: households!),
                                                  overrides: rules.settings, crs: datum ?? .wgs84, sheet: sheet)
            }
            let stop = Interruption.install()
            let deadline = Deadline.after(seconds: loaded.rules.timeLimit, signal: stop)
            var plan = try GridPartitioner(scenario: loaded).plan(deadline: deadline, progress: Progress.report)
            if let scenario {
                try ScenarioStructure.load(folder: URL(fileURLWithPath: scenario), scenario: loaded)
                    .apply(to: &plan, deadline: Deadline.after(seconds: loaded.rules.timeLimit, signal: stop))
            }
            try PlanFolder.write(plan, to: URL(fileURLWithPath: out))
            print(PlanSummary.text(plan))
            if plan.structure != nil { print(StaffingSummary.text(plan)) }
            let staffingFile = plan.staffing == nil ? "" : ", \(out)/\(PlanFolder.staffingFile)"
            print("written: \(out)/\(PlanFolder.planFile), \(out)/\(PlanFolder.assignmentsFile)\(staffingFile)")
        }
    }
}
