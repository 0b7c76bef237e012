import Foundation

/// The scenarios shipped in `scenarios/`, each rebuilt from a fixed seed. Their README files
/// say which figures come from the published cases and which are invented.
public enum BundledScenario: String, CaseIterable, Sendable {
    /// Dahuashan village, Pinggu, Beijing, the night of 1 November 2021: from 40 grids of about
    /// 30 households to 74 grids of 12-18, shops and units included.
    case dahuashan
    /// Dahuashan's routine layout: 76 grids, each member serving 15-20 households.
    case dahuashanRoutine = "dahuashan-routine"
    /// Xilujiao village, Pinggu: 6 zones and 23 grids of about 58 households.
    case xilujiao
    /// A Minhou-style township: teams (队) of about 10 households within villages.
    case minhouTown = "minhou-town"

    public var folderName: String { rawValue }

    /// Writes the scenario's data files and scenario.yaml into `folder` (not its README).
    public func write(to folder: URL) throws {
        switch self {
        case .dahuashan:
            var village = generateVillage(Self.dahuashanVillage)
            village.draftCurrentPlan(grids: 40, sizes: 28...38, leaders: 10, absentMembers: 6, seed: Self.dahuashanSeed)
            var rules = Rules()
            rules.gridSize = ValueRange(12, 18)
            rules.gridCount = .exact(74)
            rules.respectAreas = false
            try writeScenarioFiles(village, manifest: manifest("大华山村（疫情应急加密）", code: "DHS", rules: rules), to: folder)
        case .dahuashanRoutine:
            let village = generateVillage(Self.dahuashanVillage)
            var rules = Rules()
            rules.gridSize = ValueRange(15, 20)
            rules.gridCount = .exact(76)
            rules.respectAreas = false
            try writeScenarioFiles(village, manifest: manifest("大华山村（日常网格）", code: "DHS", rules: rules), to: folder)
        case .xilujiao:
            let village = generateVillage(
                VillageSpec(
                    households: 1_334, seed: 20_220_905, name: "西鹿角村", code: "XLJ",
                    layout: .zones(6), kinGroupsMayCrossHamlets: false, partyMembers: 122,
                    villagerRepresentatives: 60, villageCadres: 7, logisticsStaff: 8))
            var rules = Rules()
            rules.gridSize = ValueRange(40, 75)
            rules.gridCount = .exact(23)
            rules.respectAreas = true
            try writeScenarioFiles(
                village, manifest: manifest("西鹿角村（1+6+23+N 微网格）", code: "XLJ", rules: rules), to: folder)
        case .minhouTown:
            let county = generateCounty(
                CountySpec(
                    households: 2_000, seed: 20_211_102, name: "闽侯县", townships: 1, seatShare: 0.2...0.3))
            var rules = Rules()
            rules.gridSize = ValueRange(8, 12)
            rules.gridCount = .exact(200)
            rules.respectAreas = true
            let town = county.townships[0]
            try writeScenarioFiles(
                households: county.households,
                manifest: manifest(town + "（户-队-片-区，十户一队）", code: "MH", rules: rules), to: folder)
        }
    }

    static let dahuashanSeed: UInt64 = 20_211_101
    static let dahuashanVillage = VillageSpec(
        households: 1_304, seed: dahuashanSeed, name: "大华山村", code: "DHS",
        centre: GeoPoint(longitude: 117.25, latitude: 40.28), layout: .hamlets(nil), logisticsStaff: 26)

    private func manifest(_ name: String, code: String, rules: Rules) -> ScenarioManifest {
        ScenarioManifest(
            name: name, code: code, rules: rules,
            comments: [
                "Made by `planner generate bundled --only \(rawValue)`; see README.md for what is real and what invented."
            ])
    }
}
