import ArgumentParser
import Foundation
import GridPlanner

struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Plans each grid count of a range and prints the comparison table.",
        discussion: """
            planner sweep --households FILE --grid-size 12-18 --grids 40-80 --step 2 [--out DIR]. \
            Each count is planned with the rules and --time-limit; with --out, each plan is \
            written to DIR/grids-NNN and the table to DIR/sweep.csv. Disruption is measured \
            against --current DIR (today's plan folder) when given, else against the first count.
            """)

    @Argument(help: "Scenario folder holding scenario.yaml.")
    var scenario: String?

    @Option(help: "Households CSV or .xlsx file (quick path without a scenario folder).")
    var households: String?

    @OptionGroup var rules: RuleOptions

    @Option(help: "Step between grid counts.")
    var step: Int = 2

    @Option(help: "Today's plan folder, the reference for disruption.")
    var current: String?

    @Option(help: "Folder for the plans and sweep.csv.")
    var out: String?

    @Option(help: "Table format on stdout: text, csv, json or markdown.")
    var format: String = "text"

    func validate() throws {
        if (scenario == nil) == (households == nil) { throw ValidationError("give a scenario folder or --households FILE, not both") }
        if households != nil && rules.gridSize == nil { throw ValidationError("--households needs --grid-size A-B") }
        if rules.grids == nil { throw ValidationError("--grids A-B gives the range of grid counts to sweep") }
        if step < 1 { throw ValidationError("--step must be at least 1") }
        if PlanComparison.Format(rawValue: format) == nil { throw ValidationError("--format '\(format)' is not one of text, csv, json, markdown") }
    }

    func run() throws {
        Planner.bootstrapLogging()
        try Exit.guarding {
            let loaded: Scenario = scenario != nil
                ? try ScenarioLoader.load(folder: URL(fileURLWithPath: scenario!), overrides: rules.settings)
                : try ScenarioLoader.quick(households: URL(fileURLWithPath: households!), overrides: rules.settings)
            let range: ClosedRange<Int>
            switch loaded.rules.gridCount {
            case .exact(let n): range = n...n
            case .range(let r): range = r
            case .derived: throw InputError(field: "--grids", "give the range of grid counts, e.g. 40-80")
            }
            let stop = Interruption.install()
            let limit = loaded.rules.timeLimit
            let outcomes = GridCountSweep(scenario: loaded, counts: range, step: step)
                .run(deadline: { Deadline.after(seconds: limit, signal: stop) }, progress: Progress.report)
            var columns: [(name: String, plan: StaffedPlan)] = []
            if let current { columns.append(("current", try StaffedPlan.read(folder: URL(fileURLWithPath: current)))) }
            for outcome in outcomes {
                guard let plan = outcome.plan else {
                    FileHandle.standardError.write(Data("sweep: no plan with \(outcome.count) grids: \(outcome.failure ?? "")\n".utf8))
                    continue
                }
                columns.append((String(outcome.count), StaffedPlan(plan: plan)))
                if let out {
                    try PlanFolder.write(plan, to: URL(fileURLWithPath: out).appendingPathComponent(GridCountSweep.folderName(count: outcome.count)))
                }
            }
            guard !columns.isEmpty else { Exit.fail("error: no grid count of the range gave a plan", code: stop.isRaised ? Exit.interrupted : Exit.noPlan) }
            let table = PlanComparison(plans: columns)
            if let out {
                try AtomicFile.write(Data(table.rendered(.csv).utf8), to: URL(fileURLWithPath: out).appendingPathComponent("sweep.csv"))
            }
            print(table.rendered(PlanComparison.Format(rawValue: format)!), terminator: "")
        }
    }
}
