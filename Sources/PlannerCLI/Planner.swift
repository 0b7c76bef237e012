import ArgumentParser
import GridPlanner
import Logging
import Foundation

@main
struct Planner: ParsableCommand {
    /// Log level from GRIDPLANNER_LOG (trace, debug, info, notice, warning, error); default warning.
    static func bootstrapLogging() {
        let level = ProcessInfo.processInfo.environment["GRIDPLANNER_LOG"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "planner",
        abstract: "Plans grid-based community management (网格化管理): grids, codes and plans.",
        discussion: """
            Exit codes: 0 a plan was written (optimal, or the best found at the time limit, \
            with its gap); 2 bad input data or rules that no plan can meet; 3 no plan found \
            within the time limit; 64 a malformed command line; 130 interrupted before any plan.
            """,
        version: gridPlannerVersion,
        subcommands: [
            PlanCommand.self, StaffCommand.self, RedensifyCommand.self, CompareCommand.self, SweepCommand.self,
            ExportCommand.self, Generate.self, Bench.self,
        ])
}
