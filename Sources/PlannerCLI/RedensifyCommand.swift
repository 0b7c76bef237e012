import ArgumentParser
import Foundation
import GridPlanner

struct RedensifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redensify",
        abstract: "Re-plans from today's grids with as little change as possible (e.g. 40 → 74 grids).",
        discussion: """
            --plan is a plan folder (planner plan), or a CSV household_id,grid[,member] of today's \
            plan with --households FILE or a scenario folder. New grids prefer to lie inside one \
            old grid: each household served from a centre in another old grid costs \
            --disruption-cost metres (default: the median walk of a from-scratch plan). \
            --keep CODE,... keeps whole grids; a fixed_grid column pins households to their old \
            grid. A grid that is an old grid's only heir keeps its code; grids split from 07 are \
            07-1, 07-2 (--split-code-pattern). --scratch DIR compares with a from-scratch plan \
            already made (planner plan) instead of planning one again. Writes DIR2/plan.json, assignments.csv, \
            changes.csv, redensify.json and staffing.csv: with a scenario folder that has levels, \
            posts and people, the new grids are grouped and staffed like a plan, today's members \
            kept in post where that costs little; otherwise the members kept in post. See docs/redensify.md.
            """)

    @Option(help: "Today's plan: a plan folder or a CSV household_id,grid[,member].")
    var plan: String

    @Argument(help: "Scenario folder (with a CSV --plan).")
    var scenario: String?

    @Option(help: "Households file (with a CSV --plan, or when the plan's has moved).")
    var households: String?

    @OptionGroup var rules: RuleOptions

    @Option(help: "Grid leaders the new plan needs (reports how many are newly needed).")
    var leaders: Int?

    @Option(help: "Grid leaders in post today (when --plan has no staffing.csv).")
    var currentLeaders: Int?

    @Option(help: "Comma-separated grid codes to keep exactly as they are.")
    var keep: String?

    @Option(help: "Metres added per household served from another old grid's centre.")
    var disruptionCost: Double?

    @Option(help: "Codes of grids split from one old grid, with {parent} and {k}.")
    var splitCodePattern: String = DerivedGridCodes.defaultPattern

    @Option(help: "A plan folder made from scratch for the same rules (planner plan): compared with instead of planning one again.")
    var scratch: String?

    @Option(help: "Output plan folder.")
    var out: String

    func validate() throws {
        if plan.lowercased().hasSuffix(".csv") && scenario == nil && households == nil {
            throw ValidationError("a CSV --plan needs --households FILE or a scenario folder")
        }
        if let disruptionCost, !(disruptionCost >= 0) { throw ValidationError("--disruption-cost must be ≥ 0 metres") }
        if !splitCodePattern.contains("{k}") { throw ValidationError("--split-code-pattern needs {k}") }
    }

    func run() throws {
        Planner.bootstrapLogging()
        try Exit.guarding {
            var scenarioRead: Scenario
            var current: CurrentPlan
            if plan.lowercased().hasSuffix(".csv") {
                current = try CurrentPlan.read(csv: URL(fileURLWithPath: plan))
                scenarioRead = scenario != nil
                    ? try ScenarioLoader.load(folder: URL(fileURLWithPath: scenario!), overrides: rules.settings)
                    : try ScenarioLoader.quick(households: URL(fileURLWithPath: households!), overrides: rules.settings)
            } else {
                let staffed = try StaffedPlan.read(folder: URL(fileURLWithPath: plan), households: households.map { URL(fileURLWithPath: $0) })
                current = CurrentPlan(staffed)
                scenarioRead = staffed.plan.scenario
                try rules.settings.apply(to: &scenarioRead.rules) { key in InputError(field: "--" + key.replacingOccurrences(of: "_", with: "-"), "") }
            }
            if let currentLeaders { current.leaders = currentLeaders }
            var redensifier = Redensifier(scenario: scenarioRead, current: current)
            redensifier.keep = keep.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
            redensifier.disruptionCost = disruptionCost
            redensifier.leaders = leaders
            redensifier.codes = DerivedGridCodes(pattern: splitCodePattern)
            redensifier.fromScratch = try scratch.map {
                try PlanFolderReader.read(folder: URL(fileURLWithPath: $0), householdsOverride: households.map { URL(fileURLWithPath: $0) })
            }
            if let scenario {
                redensifier.structure = try ScenarioStructure.load(folder: URL(fileURLWithPath: scenario), scenario: scenarioRead)
            }
            let stop = Interruption.install()
            let limit = scenarioRead.rules.timeLimit
            let result = try redensifier.run(deadline: { Deadline.after(seconds: limit, signal: stop) }, progress: Progress.report)
            try result.write(to: URL(fileURLWithPath: out))
            print(PlanSummary.text(result.plan))
            print(result.report.text)
            if result.plan.structure != nil { print(StaffingSummary.text(result.plan)) }
            print("written: \(out)/plan.json, assignments.csv, changes.csv, redensify.json")
        }
    }
}
