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
    /// A Minhou-style township: teams (队) of about 10 households within villages, sections of
    /// teams, one district per village, and a leader for each.
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
            try writeScenarioFiles(village, manifest: manifest("大华山村（疫情应急加密）", code: "DHS", rules: rules, structure: Self.dahuashanEmergencyStructure), to: folder)
        case .dahuashanRoutine:
            let village = generateVillage(Self.dahuashanVillage)
            var rules = Rules()
            rules.gridSize = ValueRange(15, 20)
            rules.gridCount = .exact(76)
            rules.respectAreas = false
            try writeScenarioFiles(village, manifest: manifest("大华山村（日常网格）", code: "DHS", rules: rules, structure: Self.dahuashanRoutineStructure), to: folder)
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
                village, manifest: manifest("西鹿角村（1+6+23+N 微网格）", code: "XLJ", rules: rules, structure: Self.xilujiaoStructure), to: folder)
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
                households: county.households, people: county.people,
                manifest: manifest(town + "（户-队-片-区，十户一队）", code: "MH", rules: rules, structure: Self.minhouStructure), to: folder)
        }
    }

    static let dahuashanSeed: UInt64 = 20_211_101
    static let dahuashanVillage = VillageSpec(
        households: 1_304, seed: dahuashanSeed, name: "大华山村", code: "DHS",
        centre: GeoPoint(longitude: 117.25, latitude: 40.28), layout: .hamlets(nil), logisticsStaff: 26)

    private func manifest(_ name: String, code: String, rules: Rules, structure: String) -> ScenarioManifest {
        var manifest = ScenarioManifest(
            name: name, code: code, rules: rules,
            comments: [
                "Made by `planner generate bundled --only \(rawValue)`; see README.md for what is real and what invented."
            ])
        manifest.structureYAML = structure
        return manifest
    }

    /// The emergency structure of 2 November 2021: the chief directly over 23 grid leaders,
    /// each leading 3-5 grid members.
    static let dahuashanEmergencyStructure = """
        levels:
          - {id: top, name: 总网格}
          - {id: leader_group, name: 分网格, count: 23, children: 3-5}
        posts:
          - id: chief
            name: 总网格长
            level: top
            eligible: {party_member: true, posts: [党支部书记, 党总支书记, 党支部委员]}
            prefer: {posts: [党支部书记, 党总支书记]}
          - id: grid_leader
            name: 分网格长
            level: leader_group
            eligible: {party_member: true}
            max_distance: 1000
          - id: grid_member
            name: 网格员
            level: grid
            prefer: {posts: [后勤人员], skills: [保洁员, 护林员, 管水员, 社保协管员, 巡视探访员, 公共设施维护员, 特勤人员]}
            max_distance: 500
        """

    /// The routine "1+4+14+76+N": chief, 4 branch heads from the committee, 14 party-member
    /// grid leaders, 76 grid members.
    static let dahuashanRoutineStructure = """
        levels:
          - {id: top, name: 总网格}
          - {id: branch, name: 分支, count: 4, children: 3-4}
          - {id: leader_group, name: 网格长片, count: 14, children: 5-6}
        posts:
          - {id: chief, name: 总格长, level: top, eligible: {party_member: true, posts: [党支部书记, 党总支书记, 党支部委员]}, prefer: {posts: [党支部书记, 党总支书记]}}
          - {id: branch_head, name: 分支长, level: branch, eligible: {posts: [村委会委员]}}
          - {id: grid_leader, name: 网格长, level: leader_group, eligible: {party_member: true}, max_distance: 1200}
          - id: grid_member
            name: 网格员
            level: grid
            prefer: {skills: [保洁员, 护林员, 管水员, 社保协管员, 巡视探访员, 公共设施维护员, 特勤人员]}
            max_distance: 500
        """

    /// "1+6+23+N": 6 zones led by committee members, 23 members from villager representatives
    /// and party members.
    static let xilujiaoStructure = """
        levels:
          - {id: top, name: 总网格}
          - {id: zone, name: 片区, follows: area}
        posts:
          - {id: chief, name: 总网格长, level: top, eligible: {party_member: true, posts: [党支部书记, 党总支书记, 党支部委员]}, prefer: {posts: [党支部书记, 党总支书记]}}
          - {id: zone_head, name: 片长, level: zone, eligible: {posts: [村委会委员, 党支部委员]}}
          - id: grid_member
            name: 网格员
            level: grid
            eligible: [{posts: [村民代表]}, {party_member: true}]
            prefer: {posts: [后勤人员]}
            max_distance: 800
        staffing:
          coverage:
            - {level: zone, at_least: 1, who: {party_member: true}, posts: [grid_member]}
        """

    /// Household → team of 10 → section of up to 10 teams → district (the village), led as
    /// Minhou's team structure table says: district leaders from the branch secretaries, section
    /// leaders from the two committees and the township's cadres, team leaders from the team's
    /// party members, group leaders, representatives and public employees.
    static let minhouStructure = minhouStructure(top: "镇")

    /// Minhou's structure under a top level named `top` (镇 for a town, 县 for a county).
    public static func minhouStructure(top: String) -> String {
        """
        levels:
          - {id: top, name: \(top)}
          - {id: district, name: 网格区, follows: area}
          - {id: section, name: 网格片, children: 4-10}
        posts:
          - id: district_leader
            name: 网格区长
            level: district
            eligible: {posts: [党支部书记]}
            max_distance: 1000
          - id: section_leader
            name: 网格片长
            level: section
            eligible: {posts: [村委会主任, 村委会委员, 居委会主任, 居委会委员, 党支部委员, 乡镇干部]}
            prefer: {posts: [村委会主任, 村委会委员, 居委会主任, 居委会委员, 党支部委员]}
            max_distance: 1500
          - id: team_leader
            name: 网格队长
            level: grid
            eligible:
              - {party_member: true}
              - {posts: [村民小组长, 居民小组长, 村民代表, 居民代表, 公职人员]}
            max_distance: 300
        """
    }
}
