import Foundation
import Testing
@testable import GridPlanner

// MARK: - CSV for Excel

@Test func householdListCarriesEachHouseholdsGridMemberAndLeaderWithABOM() throws {
    let files = try PlanExporter().files(.csv, for: try ExportFixture.staffed())
    let list = try #require(files.first { $0.name == HouseholdListCSV.fileName }).data
    #expect(list.starts(with: [0xEF, 0xBB, 0xBF]))
    try GoldenFile.check(list, named: "households-by-grid.csv")
    try GoldenFile.check(try #require(files.first { $0.name == GridLedgerCSV.fileName }).data, named: "grid-ledger.csv")
    try GoldenFile.check(try #require(files.first { $0.name == StaffListCSV.fileName }).data, named: "staff-list.csv")
}

@Test func gbkEncodingReadsBackAsTheSameChineseText() throws {
    var exporter = PlanExporter()
    exporter.encoding = .gbk
    let data = try #require(try exporter.files(.csv, for: StaffedPlan(plan: ExportFixture.plan())).first).data
    #expect(!data.starts(with: [0xEF, 0xBB, 0xBF]))
    let text = try TextDecoding.decode(data, file: "gbk.csv").text
    #expect(text.hasPrefix("户号,户主,地址"))
    #expect(text.contains("一组12号"))
}

@Test func anUnstaffedPlanExportsBlankContacts() throws {
    let text = HouseholdListCSV.text(StaffedPlan(plan: ExportFixture.plan()), labels: ExportLanguage.en.labels)
    let lines = text.split(separator: "\n")
    #expect(lines[0] == "household_id,name,address,area,grid,grid member,grid member phone,grid leader,grid leader phone")
    #expect(lines[1] == "H01,户主1,一组1号,一组,YL-01,,,,")
}

// MARK: - Staffing list

@Test func staffingListFillsMembersAndLeadersAndSkipsUnfilledPosts() throws {
    let staffed = try ExportFixture.staffed()
    #expect(staffed.staff.contacts(forGrid: "YL-01") == GridContacts(memberName: "王网格", memberPhone: "13800000001",
                                                                   leaderName: "赵组长", leaderPhone: "13900000009"))
    #expect(staffed.staff.contacts(forGrid: "YL-03").memberName == nil)
    #expect(staffed.staff.staff.first { $0.name == "王网格" }?.homeHousehold == "H02")
    #expect(staffed.staff.people(in: .chief).map(\.name) == ["张书记"])
}

// MARK: - GeoJSON

@Test func geoJSONInMetresSaysSoAndMatchesItsGoldenFile() throws {
    let text = try #require(try PlanExporter().files(.geojson, for: try ExportFixture.staffed()).first).data
    #expect(String(decoding: text, as: UTF8.self).contains("\"coordinate_units\":\"metres\""))
    try GoldenFile.check(text, named: "plan-metres.geojson")
}

@Test func geoJSONFromDegreesIsWGS84LongitudeLatitudeAroundTheVillage() throws {
    let plan = ExportFixture.plan(geographic: true)
    let data = try #require(try PlanExporter().files(.geojson, for: StaffedPlan(plan: plan)).first).data
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let features = try #require(object["features"] as? [[String: Any]])
    #expect(features.count == 3 + 12)
    let point = try #require(features.last?["geometry"] as? [String: Any])
    let xy = try #require(point["coordinates"] as? [Double])
    let geo = plan.scenario.households[11].geo!
    #expect(abs(xy[0] - geo.longitude) < 1e-6 && abs(xy[1] - geo.latitude) < 1e-6)
    #expect(object["coordinate_units"] == nil)
}

@Test func geoJSONInGCJ02IsShiftedByTheDatumAndSaysSo() throws {
    var exporter = PlanExporter()
    exporter.datum = .gcj02
    let plan = ExportFixture.plan(geographic: true)
    let text = String(decoding: try #require(try exporter.files(.geojson, for: StaffedPlan(plan: plan)).first).data, as: UTF8.self)
    #expect(text.contains("\"datum\":\"gcj02\""))
    let shifted = CoordinateSystem.gcj02.convertFromWGS84(plan.scenario.households[0].geo!)
    #expect(text.contains(String(format: "[%.7f,%.7f]", shifted.longitude, shifted.latitude)))
}

// MARK: - SVG map and HTML report

@Test func svgMapHasOneLabelledPolygonPerGridAndMatchesItsGoldenFile() throws {
    let data = try #require(try PlanExporter().files(.svg, for: try ExportFixture.staffed()).first).data
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.components(separatedBy: "<path class=\"grid\"").count - 1 == 3)
    #expect(text.contains(">YL-02</text>"))
    #expect(text.components(separatedBy: "class=\"home\"").count - 1 == 2)
    try GoldenFile.check(data, named: "map.svg")
}

@Test func htmlReportIsSelfContainedWithOneCardPerHouseholdAndNoResidentPhones() throws {
    let staffed = try ExportFixture.staffed()
    let data = try #require(try PlanExporter().files(.html, for: staffed).first).data
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.components(separatedBy: "<article class=\"card\"").count - 1 == 12)
    #expect(text.components(separatedBy: "<path class=\"grid\"").count - 1 == 3)
    #expect(!text.contains("http://") || !text.contains("src=\"http"))
    #expect(!text.contains("<link") && !text.contains("<script"))
    #expect(text.contains("团队架构表") && text.contains("居民信息卡") && text.contains("@page{size:A4"))
    #expect(text.contains("王网格 13800000001"))
    try GoldenFile.check(data, named: "report.html")
}
