import Foundation
import Testing
@testable import GridPlanner

// MARK: - Reading households

private func households(_ csv: String, crs: CoordinateSystem = .wgs84) throws -> [Household] {
    try HouseholdTable.households(from: CSVTable(parsingCSV: csv, file: "h.csv"), crs: crs)
}

@Test func chineseHeadersInAGBKFileGiveHouseholdsWithTextIDs() throws {
    let csv = """
        户号,户主,x,y,人口,权重,家族,自然村,类型,固定网格,备注
        001,王建国,10,20,4,,王家,东村,商铺,,
        002,李四,30.5,-4,,2,,东村,,G-01,不用的列
        """
    let gbk = try #require(csv.data(using: TextDecoding.gb18030))
    #expect(String(data: gbk, encoding: .utf8) == nil)  // really not UTF-8
    let folder = try InputTestFolder()
    defer { folder.remove() }
    let url = try folder.write(gbk, named: "households.csv")
    let result = try HouseholdTable.read(url: url, displayName: "村/households.csv")

    #expect(result.map(\.id) == ["001", "002"])
    #expect(result.map(\.line) == [2, 3])
    #expect(result[0] == Household(
        id: "001", location: PlanePoint(x: 10, y: 20), name: "王建国", residents: 4, weight: 1,
        kinGroup: "王家", area: "东村", kind: "shop", line: 2))
    #expect(result[1] == Household(
        id: "002", location: PlanePoint(x: 30.5, y: -4), name: "李四", weight: 2, area: "东村",
        kind: "household", fixedGrid: "G-01", line: 3))
}

@Test func englishHeadersMatchInAnyCaseAndOtherColumnsAreIgnored() throws {
    let result = try households("""
        \u{FEFF} ID ,X,Y,Kind,Fixed Grid,Kin-Group,Remarks
        a1,1,2,Unit,,Zhang,x
        a2,3,4,market stall,A-03,,y
        """)
    #expect(result.map(\.kind) == ["unit", "market stall"])
    #expect(result.map(\.fixedGrid) == [nil, "A-03"])
    #expect(result.map(\.kinGroup) == ["Zhang", nil])
    #expect(result.map(\.id) == ["a1", "a2"])
}

@Test func traditionalCharacterHeadersAreRecognised() throws {
    let result = try households("""
        戶號,戶主,經度,緯度,村民小組,類型,人口,家族
        1,陳大文,117.1,40.2,一組,單位,3,陳氏
        """)
    let household = try #require(result.first)
    #expect(household.name == "陳大文" && household.area == "一組" && household.kind == "unit")
    #expect(household.residents == 3 && household.kinGroup == "陳氏")
    #expect(household.geo == GeoPoint(longitude: 117.1, latitude: 40.2))
}

@Test func headersWithUnitsInBracketsStillMatch() throws {
    let result = try households("户号,经度（度）,纬度(°),人口（人）\n1,117.1,40.2,5")
    #expect(result.first?.geo?.latitude == 40.2)
    #expect(result.first?.residents == 5)
}

@Test func chineseKindNamesBecomeEnglish() {
    #expect(KindAliases.canonical("农户") == "household")
    #expect(KindAliases.canonical(" 店铺 ") == "shop")
    #expect(KindAliases.canonical("机关") == "unit")
    #expect(KindAliases.canonical("市场") == "market")
    #expect(KindAliases.canonical("园区") == "park")
    #expect(KindAliases.canonical("养殖场") == "养殖场")
    #expect(KindAliases.canonical("School") == "school")
}

@Test func titleRowsAboveTheHeaderAreSkipped() throws {
    let result = try households("大花山村户籍信息表,,\n填表日期：2024年5月,,\n户号,x,y\n001,1,2\n002,3,4")
    #expect(result.map(\.id) == ["001", "002"])
    #expect(result.map(\.line) == [4, 5])
}

@Test func theMoreSpecificOfTwoIDColumnsIsUsed() throws {
    let result = try households("编号,户号,x,y\n1,0101,0,0\n2,0102,1,1")
    #expect(result.map(\.id) == ["0101", "0102"])
}

@Test func idsThatDifferOnlyInLeadingZerosAreDifferentHouseholds() throws {
    #expect(try households("id,x,y\n1,0,0\n01,0,0\n001,0,0").map(\.id) == ["1", "01", "001"])
}

@Test func longitudeAndLatitudeInGCJ02AreConvertedAndProjectedAroundTheCentroid() throws {
    let written = [GeoPoint(longitude: 117.10, latitude: 40.20), GeoPoint(longitude: 117.12, latitude: 40.21),
                   GeoPoint(longitude: 117.09, latitude: 40.19)]
    let csv = "户号,经度,纬度\n" + written.enumerated().map { "\($0),\($1.longitude),\($1.latitude)" }.joined(separator: "\n")
    let result = try households(csv, crs: .gcj02)
    for (household, point) in zip(result, written) {
        let geo = try #require(household.geo)
        #expect(geo == CoordinateSystem.gcj02.convertToWGS84(point))
    }
    let meanX = result.map(\.location.x).reduce(0, +) / 3, meanY = result.map(\.location.y).reduce(0, +) / 3
    #expect(abs(meanX) < 1 && abs(meanY) < 1)
    let metres = result[0].location.distance(to: result[1].location)
    let expected = result[0].geo!.greatCircleDistance(to: result[1].geo!)
    #expect(abs(metres - expected) / expected < 0.005)
}

@Test func xyInMetresArePreferredWhileLongitudeAndLatitudeStillFillGeo() throws {
    let result = try households("id,x,y,lon,lat\n1,5,6,117.1,40.2\n2,7,8,,")
    #expect(result[0].location == PlanePoint(x: 5, y: 6))
    #expect(result[0].geo == GeoPoint(longitude: 117.1, latitude: 40.2))
    #expect(result[1].geo == nil)
}

@Test func emptyXYColumnsFallBackToLongitudeAndLatitude() throws {
    let result = try households("id,x,y,lon,lat\n1,,,117.1,40.2\n2,,,117.2,40.3")
    #expect(result.allSatisfy { $0.geo != nil })
    #expect(result[1].location.x > 4000 && result[0].location.x < -4000)  // 0.1° apart, about 8.5 km
}

@Test func fullWidthDigitsTypedWithAChineseInputMethodAreNumbers() throws {
    let result = try households("id,x,y\n1,１２．５,－３")
    #expect(result.first?.location == PlanePoint(x: 12.5, y: -3))
}

@Test func xlsxHouseholdsKeepTextIDsAndUseExcelRowNumbers() throws {
    var workbook = WorkbookFixture()
    workbook.sharedStrings = ["<t>户号</t>", "<t>户主</t>", "<t>x</t>", "<t>y</t>", "<t>007</t>", "<t>张三</t>"]
    workbook.addSheet("说明", rows: #"<row r="1"><c r="A1" t="inlineStr"><is><t>本表说明</t></is></c></row>"#)
    workbook.addSheet("户籍", rows: """
        <row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c><c r="D2" t="s"><v>2</v></c><c r="E2" t="s"><v>3</v></c></row>
        <row r="4"><c r="B4" t="s"><v>4</v></c><c r="C4" t="s"><v>5</v></c><c r="D4"><v>1.5</v></c><c r="E4"><v>2</v></c></row>
        <row r="5"><c r="B5"><v>8</v></c><c r="D5"><v>3</v></c><c r="E5"><v>4.25</v></c></row>
        """)
    let folder = try InputTestFolder()
    defer { folder.remove() }
    let url = folder.url.appendingPathComponent("村.XLSX")
    try workbook.write(to: url)
    let result = try HouseholdTable.read(url: url, sheet: "户籍")
    #expect(result.map(\.id) == ["007", "8"])
    #expect(result.map(\.line) == [4, 5])
    #expect(result[0].name == "张三" && result[1].name == nil)
    #expect(result[1].location == PlanePoint(x: 3, y: 4.25))
}
