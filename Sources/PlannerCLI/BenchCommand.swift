import ArgumentParser
import Foundation
import GridPlanner

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmarks the partitioning engine on published instances.",
        subcommands: [CPMP.self, Village.self])
}

extension Bench {
    struct CPMP: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cpmp",
            abstract: "Solves capacitated p-median instances; prints one JSON line per instance.",
            discussion: """
                Exit 1 if an objective falls below a proven optimum from --best-known: that \
                means a bug in reading, distances or feasibility.
                """)

        @Argument(help: "Instance files: 'n p' then n rows 'x y capacity demand'.")
        var files: [String]

        @Option(help: "Seconds allowed per instance.")
        var timeLimit: Double = 60

        @Option(help: "CSV instance,n,p,best_known,proven_optimal to compare with.")
        var bestKnown: String?

        @Option(help: "Distance convention: floor or real (default: floor for cpmp* files, else real).")
        var distance: CPMPInstance.DistanceConvention?

        @Option(help: "Write 'point median' lines (0-based): a file for one instance, a folder for several.")
        var solution: String?

        @Option(help: "Random seed.")
        var seed: UInt64 = 1

        func run() throws {
            Planner.bootstrapLogging()
            let known = try bestKnown.map { try BestKnown.read(URL(fileURLWithPath: $0)) } ?? [:]
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            var belowOptimum: [String] = []
            for file in files {
                let instance = try CPMPInstance.read(URL(fileURLWithPath: file), convention: distance)
                let best = known[instance.name]
                let result = try CPMPBenchmark.solve(
                    instance, best: best, seed: seed, deadline: .after(seconds: timeLimit))
                print(String(decoding: try encoder.encode(result), as: UTF8.self))
                if let solution { try writeSolution(result, to: solution, single: files.count == 1) }
                if let best, best.provenOptimal, let z = result.objective, z < best.value - 1e-6 * max(1, best.value) {
                    belowOptimum.append(instance.name)
                }
            }
            if !belowOptimum.isEmpty {
                FileHandle.standardError.write(Data("error: below the proven optimum (a bug): \(belowOptimum.joined(separator: ", "))\n".utf8))
                throw ExitCode(1)
            }
        }

        private func writeSolution(_ result: CPMPBenchmark.Result, to path: String, single: Bool) throws {
            let url = single ? URL(fileURLWithPath: path)
                : URL(fileURLWithPath: path).appendingPathComponent("\(result.instance).sol")
            if !single { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
            let text = result.medianOf.enumerated().map { "\($0.offset) \($0.element)" }.joined(separator: "\n") + "\n"
            try AtomicFile.write(Data(text.utf8), to: url)
        }
    }
}

extension Bench {
    struct Village: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "village",
            abstract: "Plans villages given as village:PATH:p:lo:hi; prints one JSON line per village.",
            discussion: """
                PATH is a households file (CSV or .xlsx; x/y in metres or longitude/latitude), p the \
                number of grids, lo-hi the grid size in households. The line has the fields of \
                'bench cpmp'; the instance is named STEM-pP-LO-HI.
                """)

        @Argument(help: "Villages: village:PATH:p:lo:hi.")
        var villages: [String]

        @Option(help: "Seconds allowed per village.")
        var timeLimit: Double = 60

        @Option(help: "Random seed.")
        var seed: UInt64 = 1

        func run() throws {
            Planner.bootstrapLogging()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            for text in villages {
                guard let village = VillageBenchmark.Specification(text) else {
                    throw ValidationError("'\(text)' is not village:PATH:p:lo:hi with whole numbers 0 <= lo <= hi, p > 0")
                }
                try Exit.guarding {
                    let result = try VillageBenchmark.solve(village, seed: seed, deadline: .after(seconds: timeLimit))
                    print(String(decoding: try encoder.encode(result), as: UTF8.self))
                }
            }
        }
    }
}

extension CPMPInstance.DistanceConvention: ExpressibleByArgument {}
