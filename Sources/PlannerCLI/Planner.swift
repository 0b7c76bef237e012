import ArgumentParser
import GridPlanner

@main
struct Planner: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "planner", abstract: "Plans grids.", subcommands: [Generate.self])
    func run() throws { print(gridPlannerVersion) }
}
