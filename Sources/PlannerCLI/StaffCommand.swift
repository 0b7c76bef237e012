import ArgumentParser
import Foundation
import GridPlanner

struct StaffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: "Re-staffs an existing plan when people drop out; writes plan.json, assignments.csv and staffing.csv.",
        discussion: """
            Reads DIR/plan.json (with its levels) and DIR/staffing.csv (today's staffing), and the \
            posts of the scenario the plan came from. People named by --unavailable, and those the \
            people file marks unavailable, leave their posts. The integer programme moves as few \
            people as possible (post or unit), then minimises walking distance; the run reports how \
            many people change. Empty seats are explained, with people proposed from the reserve pool.

            Exit codes: 0 staffing written (complete, or partial and marked so); 2 bad input; \
            64 malformed command line.
            """)

    @Option(help: "Plan folder written by 'planner plan'.")
    var plan: String

    @Option(help: "People CSV or .xlsx file (default: the scenario's people file).")
    var people: String?

    @Option(help: "Comma-separated ids of people who cannot serve now.")
    var unavailable: String?

    @Option(help: "Scenario folder (default: the folder of the households file recorded in plan.json).")
    var scenario: String?

    @Option(help: "Output folder (default: the plan folder, replaced as a whole).")
    var out: String?

    @Option(help: "Seconds allowed for the staffing search.")
    var timeLimit: Double = 60

    func validate() throws {
        guard timeLimit.isFinite, timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds") }
    }

    func run() throws {
        Planner.bootstrapLogging()
        try Exit.guarding {
            let stored = try RestaffingInput.read(folder: URL(fileURLWithPath: plan),
                                                  scenarioFolder: scenario.map { URL(fileURLWithPath: $0) })
            var restaffed = stored.plan
            guard restaffed.structure != nil else {
                throw InputError(file: "\(plan)/\(PlanFolder.planFile)", field: "structure",
                                 "the plan has no levels or posts; plan a scenario with posts: first")
            }
            var setup = try ScenarioStructure.load(folder: stored.scenarioFolder, scenario: restaffed.scenario)
            if let people {
                let url = URL(fileURLWithPath: people)
                setup.people = try PeopleTable.read(url: url, displayName: people, households: restaffed.scenario.households)
                setup.peopleFile = people
            }
            guard let rules = setup.settings.staffing else {
                throw InputError(file: stored.scenarioFolder.appendingPathComponent("scenario.yaml").path, field: "posts",
                                 "the scenario has no posts: to staff")
            }
            guard let roster = setup.people, let rosterFile = setup.peopleFile else {
                throw InputError(field: "--people", "no people file: give --people FILE")
            }
            var assigner = StaffAssigner(rules: rules, people: roster, peopleFile: rosterFile)
            assigner.mode = .restaff
            if !stored.current.isEmpty { assigner.current = stored.current }
            assigner.unavailable = (unavailable ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            let stop = Interruption.install()
            restaffed.staffing = try assigner.staff(restaffed, deadline: .after(seconds: timeLimit, signal: stop))
            let target = out ?? plan
            try PlanFolder.write(restaffed, to: URL(fileURLWithPath: target))
            print(StaffingSummary.text(restaffed))
            print("written: \(target)/\(PlanFolder.planFile), \(target)/\(PlanFolder.assignmentsFile), \(target)/\(PlanFolder.staffingFile)")
        }
    }
}
