import ArgumentParser
import Foundation
import GridPlanner

/// `planner generate ...`: synthetic villages and counties to plan. All the work is in the library.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make up villages or a county to plan (synthetic data from a seed).",
        subcommands: [Village.self, County.self, Bundled.self]
    )

    struct Village: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write households.csv, people.csv and scenario.yaml for a made-up village.")

        @Option(help: "Rows to write, shops and units included.") var households: Int
        @Option(help: "Random seed; the same seed gives the same files.") var seed: UInt64 = 1
        @Option(help: "Folder to write into (created if missing).") var out: String
        @Option(help: "Village name.") var name = "示范村"
        @Option(help: "Scenario code (grid code prefix).") var code = "V"
        @Flag(help: "Write WGS84 longitude/latitude instead of local metres.") var lonlat = false
        @Option(help: "Centre for --lonlat, as LON,LAT.") var centre = "117.25,40.28"
        @Option(help: "Grid size range for scenario.yaml, A-B.") var gridSize = "15-20"
        @Option(help: "Grid count for scenario.yaml (omitted: derived).") var grids: Int?

        func validate() throws {
            guard households >= 1 else { throw ValidationError("--households must be at least 1") }
            _ = try parsedGridSize()
            if lonlat { _ = try parsedCentre() }
        }

        func run() throws {
            var spec = VillageSpec(households: households, seed: seed, name: name, code: code)
            if lonlat { spec.centre = try parsedCentre() }
            let village = generateVillage(spec)
            var rules = Rules()
            rules.gridSize = try parsedGridSize()
            rules.gridCount = grids.map(GridCount.exact) ?? .derived
            rules.respectAreas = false
            let manifest = ScenarioManifest(
                name: name, code: code, rules: rules,
                comments: ["Made by `planner generate village --households \(households) --seed \(seed)`."])
            try writeScenarioFiles(village, manifest: manifest, to: URL(fileURLWithPath: out))
            print("wrote \(out): \(village.households.count) households, \(village.people.count) people")
        }

        private func parsedGridSize() throws -> ValueRange {
            do { return try ValueRange.parse(gridSize) } catch {
                throw ValidationError("--grid-size: \(error.message)")
            }
        }

        private func parsedCentre() throws -> GeoPoint {
            let parts = centre.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 2, abs(parts[0]) <= 180, abs(parts[1]) < 90 else {
                throw ValidationError("--centre must be LON,LAT in degrees, like 117.25,40.28")
            }
            return GeoPoint(longitude: parts[0], latitude: parts[1])
        }
    }

    struct County: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write households.csv, people.csv and scenario.yaml for a made-up county: teams of 8-12 households in sections in districts (villages), led as in Minhou.")

        @Option(help: "Households in the county (at least 40).") var households: Int
        @Option(help: "Random seed; the same seed gives the same files.") var seed: UInt64 = 1
        @Option(help: "Folder to write into (created if missing).") var out: String
        @Option(help: "County name.") var name = "示范县"
        @Option(help: "Scenario code (grid code prefix).") var code = "CTY"

        func validate() throws {
            guard households >= 40 else { throw ValidationError("--households must be at least 40") }
        }

        func run() throws {
            let spec = CountySpec(households: households, seed: seed, name: name)
            let county = generateCounty(spec)
            let manifest = spec.manifest(code: code)
            try writeScenarioFiles(
                households: county.households, people: county.people, manifest: manifest, to: URL(fileURLWithPath: out))
            print("wrote \(out): \(county.households.count) households in \(county.areas.count) areas, \(county.people.count) people")
        }
    }

    struct Bundled: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rewrite the bundled scenarios' data files (each into OUT/<name>/).")

        @Option(help: "The scenarios folder.") var out = "scenarios"
        @Option(help: "Only this scenario: \(BundledScenario.allCases.map(\.rawValue).joined(separator: ", ")).")
        var only: String?

        func validate() throws {
            if let only, BundledScenario(rawValue: only) == nil {
                throw ValidationError("unknown scenario '\(only)'")
            }
        }

        func run() throws {
            let chosen = only.flatMap(BundledScenario.init(rawValue:)).map { [$0] } ?? BundledScenario.allCases
            for scenario in chosen {
                let folder = URL(fileURLWithPath: out).appendingPathComponent(scenario.folderName)
                try scenario.write(to: folder)
                print("wrote \(folder.path)")
            }
        }
    }
}
