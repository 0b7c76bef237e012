import ArgumentParser
import GridPlanner

@main
struct Planner: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planner",
        abstract: "Plans grid-based community management (网格化管理): grids, codes and plans.",
        discussion: """
            Exit codes: 0 a plan was written (optimal, or the best found at the time limit, \
            with its gap); 2 bad input data or rules that no plan can meet; 3 no plan found \
            within the time limit; 64 a malformed command line; 130 interrupted before any plan.
            """,
        version: gridPlannerVersion,
        subcommands: [PlanCommand.self, Bench.self])
}
