/// The language documents are written in: Chinese by default, English for visitors and tests.
public enum ExportLanguage: String, Sendable, CaseIterable {
    case zh, en

    /// Every word a document prints, in this language.
    var labels: ExportLabels { self == .zh ? .chinese : .english }
}

/// Column headers, headings and captions of the exported documents.
struct ExportLabels: Sendable {
    var householdID, householdName, address, area, grid, gridMember, gridMemberPhone, gridLeader, gridLeaderPhone: String
    var kind, regular, special, households, residents, size, centreHousehold, centreAddress: String
    var totalDistance, maxDistance, post, name, phone, grids, chief, zone, noZone: String
    var reportTitle, map, teamStructure, gridTables, residentCards, summary, legendCentre, legendStaffHome: String
    var cardTitle, unstaffed, generatedBy, scenario, gridCount, distanceNote: String
    var personalDataNote: String

    func postName(_ post: StaffMember.Post) -> String {
        switch post {
        case .chief: chief
        case .zoneLeader: zone
        case .gridLeader: gridLeader
        case .gridMember: gridMember
        }
    }

    static let chinese = ExportLabels(
        householdID: "户号", householdName: "户主", address: "地址", area: "片区", grid: "网格编码",
        gridMember: "网格员", gridMemberPhone: "网格员电话", gridLeader: "网格长", gridLeaderPhone: "网格长电话",
        kind: "类型", regular: "常规网格", special: "专属网格", households: "户数", residents: "人口", size: "规模",
        centreHousehold: "中心户", centreAddress: "中心户地址", totalDistance: "总距离(米)", maxDistance: "最远距离(米)",
        post: "岗位", name: "姓名", phone: "电话", grids: "负责网格", chief: "总网格长", zone: "分支长", noZone: "未分片",
        reportTitle: "网格化管理", map: "网格地图", teamStructure: "团队架构表", gridTables: "网格台账",
        residentCards: "居民信息卡", summary: "概况", legendCentre: "中心户", legendStaffHome: "网格员/网格长住处",
        cardTitle: "居民信息卡", unstaffed: "（待配）", generatedBy: "由 GridPlanner 生成", scenario: "村（社区）",
        gridCount: "网格数", distanceNote: "距离为到中心户的直线距离",
        personalDataNote: "本文件只含网格工作人员的联系电话，不含居民本人的电话和身份证号。")

    static let english = ExportLabels(
        householdID: "household_id", householdName: "name", address: "address", area: "area", grid: "grid",
        gridMember: "grid member", gridMemberPhone: "grid member phone", gridLeader: "grid leader",
        gridLeaderPhone: "grid leader phone", kind: "kind", regular: "regular", special: "special",
        households: "households", residents: "residents", size: "size", centreHousehold: "centre household",
        centreAddress: "centre address", totalDistance: "total distance (m)", maxDistance: "max distance (m)",
        post: "post", name: "name", phone: "phone", grids: "grids", chief: "chief grid leader", zone: "zone leader",
        noZone: "no zone", reportTitle: "Grid management", map: "Grid map", teamStructure: "Team structure",
        gridTables: "Grid ledger", residentCards: "Resident info cards", summary: "Summary",
        legendCentre: "centre household", legendStaffHome: "staff home", cardTitle: "Resident info card",
        unstaffed: "(to be filled)", generatedBy: "made with GridPlanner", scenario: "village",
        gridCount: "grids", distanceNote: "distances are straight lines to the centre household",
        personalDataNote: "This document holds staff contacts only: no resident's own phone number or ID-card number.")
}
