import ArgumentParser
import Foundation
import GridPlanner

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Prints plans side by side: grids, sizes, distances, bound and gap, posts, disruption.",
        discussion: """
            One column per plan folder. Posts come from each folder's staffing.csv ("-" when not \
            staffed); disruption (grids nested in one grid of the first plan, households moved to \
            a grid mostly made of another grid's households, households whose member changed) is \
            measured against the first plan. See docs/redensify.md.
            """)

    @Argument(help: "Plan folders; the first is the reference for disruption.")
    var plans: [String]

    @Option(help: "text, csv, json or markdown.")
    var format: String = "text"

    func validate() throws {
        if plans.isEmpty { throw ValidationError("give at least one plan folder") }
        if PlanComparison.Format(rawValue: format) == nil { throw ValidationError("--format '\(format)' is not one of text, csv, json, markdown") }
    }

    func run() throws {
        try Exit.guarding {
            let read = try plans.map { path throws -> (name: String, plan: StaffedPlan) in
                (URL(fileURLWithPath: path).lastPathComponent, try StaffedPlan.read(folder: URL(fileURLWithPath: path)))
            }
            print(PlanComparison(plans: read).rendered(PlanComparison.Format(rawValue: format)!), terminator: "")
        }
    }
}
