import Foundation
import Testing
@testable import GridPlanner

// MARK: - xlsx reading

/// A workbook like one a village office keeps: households on the first sheet, shops on a
/// second sheet whose part is named by an absolute path.
private func villageWorkbook() -> WorkbookFixture {
    var workbook = WorkbookFixture()
    workbook.sharedStrings = [
        "<t>户号</t>", "<t>户主</t>", "<t>经度</t>", "<t>纬度</t>", "<t>007</t>",
        // Rich text in runs, with a phonetic guide that is not part of the text.
        "<r><rPr><b/></rPr><t>王</t></r><r><t xml:space=\"preserve\">建国 </t></r><rPh sb=\"0\" eb=\"1\"><t>wang</t></rPh>",
        "<t>类型</t>", "<t>商户</t>", "<t>A&amp;B</t>",
    ]
    // Row 1 is the header with column B left empty; row 2 is missing; row 3 and 4 hold data.
    workbook.addSheet("户籍", rows: """
        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c><c r="D1" t="s"><v>2</v></c>\
        <c r="E1" t="s"><v>3</v></c><c r="F1" t="inlineStr"><is><t>常住</t></is></c><c r="G1" t="s"><v>6</v></c></row>
        <row r="3"><c r="A3" t="s"><v>4</v></c><c r="C3" t="s"><v>5</v></c><c r="D3"><v>117.1</v></c>\
        <c r="E3"><v>40.2</v></c><c r="F3"><v>3</v></c><c r="G3" t="b"><v>1</v></c></row>
        <row r="4"><c r="A4"><v>1.001E3</v></c><c r="C4" t="str"><v>李四</v></c><c r="D4"><v>117.11</v></c>\
        <c r="E4"><v>40.21</v></c><c r="G4" t="s"><v>7</v></c></row>
        """)
    workbook.addSheet("商户", rows: """
        <row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2"><v>5</v></c></row>
        <row r="5"><c r="B5" t="s"><v>8</v></c><c r="AB5"><v>2.5</v></c></row>
        """, target: "/xl/worksheets/shops.xml")
    return workbook
}

private func readWorkbook(_ workbook: WorkbookFixture, sheet: String? = nil) throws -> CSVTable {
    let folder = try InputTestFolder()
    defer { folder.remove() }
    let url = folder.url.appendingPathComponent("村.xlsx")
    try workbook.write(to: url)
    return try XLSXReader.read(url: url, file: "村.xlsx", sheet: sheet)
}

@Test func firstSheetIsReadWithCellsPlacedByTheirReference() throws {
    let table = try readWorkbook(villageWorkbook())
    #expect(table.header == ["户号", "", "户主", "经度", "纬度", "常住", "类型"])
    #expect(table.headerLine == 1)
    #expect(table.records.map(\.line) == [3, 4])
    #expect(table.records[0].fields == ["007", "", "王建国 ", "117.1", "40.2", "3", "TRUE"])
    #expect(table.records[1].fields == ["1001", "", "李四", "117.11", "40.21", "", "商户"])
}

@Test func namedSheetIsFoundThroughTheWorkbookRelationships() throws {
    let table = try readWorkbook(villageWorkbook(), sheet: "商户")
    #expect(table.header == ["", "户号", "5"])
    #expect(table.headerLine == 2)
    #expect(table.records.count == 1)
    #expect(table.records[0].line == 5)
    #expect(table.records[0].fields.count == 28)  // up to column AB
    #expect(table.records[0][1] == "A&B" && table.records[0][27] == "2.5")
}

@Test func unknownSheetNameIsAnErrorListingTheSheets() {
    #expect {
        _ = try readWorkbook(villageWorkbook(), sheet: "Sheet9")
    } throws: { error in
        let error = error as? InputError
        return error?.file == "村.xlsx" && error?.message.contains("'户籍', '商户'") == true
    }
}

@Test func cellReferencesTurnIntoColumnsAndRows() {
    #expect(CellReference("A1")?.column == 0 && CellReference("A1")?.row == 1)
    #expect(CellReference("Z9")?.column == 25)
    #expect(CellReference("AA10")?.column == 26 && CellReference("AA10")?.row == 10)
    #expect(CellReference("$AB$12")?.column == 27 && CellReference("$AB$12")?.row == 12)
    #expect(CellReference("XFD1048576")?.column == 16_383)
    #expect(CellReference("12") == nil)
    #expect(CellReference("A") == nil)
    #expect(CellReference("A0") == nil)
    #expect(CellReference("ABCD1") == nil)
}

@Test func excelNumbersReadAsTheirShortestText() {
    #expect(XLSXReader.numberText("3") == "3")
    #expect(XLSXReader.numberText("3.0") == "3")
    #expect(XLSXReader.numberText("1.2345E4") == "12345")
    #expect(XLSXReader.numberText("117.123456") == "117.123456")
}

@Test func aFileThatIsNotAZipArchiveIsAnError() throws {
    let folder = try InputTestFolder()
    defer { folder.remove() }
    let url = try folder.write("户号,x,y\n1,2,3\n", named: "fake.xlsx")
    #expect {
        _ = try XLSXReader.read(url: url, file: "fake.xlsx")
    } throws: { error in
        (error as? InputError)?.file == "fake.xlsx" && (error as? InputError)?.message.contains("ZIP") == true
    }
}

@Test func aSharedStringIndexPastTheEndIsAnErrorOnItsRow() {
    var workbook = WorkbookFixture()
    workbook.sharedStrings = ["<t>id</t>"]
    workbook.addSheet("S", rows: #"<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>5</v></c></row>"#)
    #expect {
        _ = try readWorkbook(workbook)
    } throws: { error in
        (error as? InputError)?.line == 2 && (error as? InputError)?.message.contains("A2") == true
    }
}
