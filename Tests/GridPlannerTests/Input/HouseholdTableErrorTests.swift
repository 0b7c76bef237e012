import Foundation
import Testing
@testable import GridPlanner

// MARK: - Errors in households files

/// A households file with one mistake, and where the error must point.
struct BadHouseholdFile: Sendable, CustomTestStringConvertible {
    var why: String
    var csv: String
    var line: Int
    var field: String?
    var message: String

    var testDescription: String { why }
}

private let badFiles: [BadHouseholdFile] = [
    .init(why: "no id column", csv: "name,x,y\nA,1,2", line: 1, field: "id",
          message: "found 'name', 'x', 'y'"),
    .init(why: "x without y", csv: "户号,x\n1,2", line: 1, field: "y", message: "no y column"),
    .init(why: "longitude without latitude", csv: "户号,经度\n1,117", line: 1, field: "latitude",
          message: "no latitude column"),
    .init(why: "no coordinates at all", csv: "户号,户主\n1,A", line: 1, field: "x, y / longitude, latitude",
          message: "found '户号', '户主'"),
    .init(why: "duplicate id", csv: "户号,x,y\n001,1,2\n002,1,2\n001,3,4", line: 4, field: "户号",
          message: "duplicate id '001' (first on line 2)"),
    .init(why: "duplicate id after a multi-line field", csv: "id,name,x,y\n1,\"a\nb\",1,2\n1,c,3,4", line: 4,
          field: "id", message: "first on line 2"),
    .init(why: "empty id", csv: "ID,x,y\n1,1,1\n  ,2,2", line: 3, field: "ID", message: "empty id"),
    .init(why: "text as a coordinate", csv: "id,X坐标,y\n1,abc,2", line: 2, field: "X坐标",
          message: "'abc' is not a number"),
    .init(why: "nan as a coordinate", csv: "id,x,y\n1,1,nan", line: 2, field: "y", message: "not a finite number"),
    .init(why: "infinity as a coordinate", csv: "id,x,y\n1,-inf,1", line: 2, field: "x", message: "not a finite number"),
    .init(why: "empty coordinate", csv: "id,x,y\n1,1,1\n2,,2", line: 3, field: "x", message: "missing value"),
    .init(why: "latitude beyond the pole", csv: "户号,经度,纬度\n1,117,95", line: 2, field: "纬度",
          message: "outside -90 to 90"),
    .init(why: "longitude beyond 180", csv: "户号,经度,纬度\n1,190,40", line: 2, field: "经度",
          message: "outside -180 to 180"),
    .init(why: "empty latitude", csv: "户号,lon,lat\n1,117,", line: 2, field: "lat", message: "missing value"),
    .init(why: "latitude without longitude next to x/y", csv: "id,x,y,lon,lat\n1,0,0,,40", line: 2, field: "lon",
          message: "missing value"),
    .init(why: "negative residents", csv: "id,x,y,人口\n1,0,0,-3", line: 2, field: "人口", message: "must not be negative"),
    .init(why: "fractional residents", csv: "id,x,y,人数\n1,0,0,2.5", line: 2, field: "人数", message: "not a whole number"),
    .init(why: "residents as text", csv: "id,x,y,residents\n1,0,0,three", line: 2, field: "residents",
          message: "'three' is not a number"),
    .init(why: "negative weight", csv: "id,x,y,权重\n1,0,0,1\n2,0,0,-0.5", line: 3, field: "权重",
          message: "must not be negative"),
    .init(why: "nan weight", csv: "id,x,y,weight\n1,0,0,NaN", line: 2, field: "weight", message: "not a finite number"),
    .init(why: "the same header twice", csv: "户号,x,y,户号\n1,2,3,4", line: 1, field: "户号", message: "both mean 'id'"),
    .init(why: "a header but no households", csv: "\nid,x,y\n\n", line: 2, field: nil, message: "no households"),
    .init(why: "unterminated quote", csv: "id,name,x,y\n1,ok,1,2\n2,\"open,1,2\n", line: 3, field: "name",
          message: "unterminated quote"),
]

@Test(arguments: badFiles)
func eachMistakeIsReportedWithFileLineAndField(_ bad: BadHouseholdFile) {
    #expect {
        _ = try HouseholdTable.households(from: CSVTable(parsingCSV: bad.csv, file: "村/h.csv"), crs: .wgs84)
    } throws: { error in
        guard let error = error as? InputError else { return false }
        #expect(error.file == "村/h.csv")
        #expect(error.line == bad.line)
        #expect(error.field == bad.field)
        #expect(error.message.contains(bad.message), "\(error.message)")
        return true
    }
}

@Test func emptyFileIsAnErrorNamingTheFile() throws {
    let folder = try InputTestFolder()
    defer { folder.remove() }
    let url = try folder.write("", named: "empty.csv")
    #expect {
        _ = try HouseholdTable.read(url: url)
    } throws: { error in
        let error = error as? InputError
        return error?.file == "empty.csv" && error?.line == nil && error?.message == "the file is empty"
    }
}

@Test func aMissingFileIsAnErrorNamingItAsTheUserDid() {
    let url = URL(fileURLWithPath: "/nonexistent/gridplanner/户籍.csv")
    #expect {
        _ = try HouseholdTable.read(url: url, displayName: "data/户籍.csv")
    } throws: { error in
        (error as? InputError) == InputError(file: "data/户籍.csv", "the file does not exist")
    }
}

@Test func oldBinaryExcelFilesAreRefusedWithAHint() throws {
    let folder = try InputTestFolder()
    defer { folder.remove() }
    let url = try folder.write(Data([0xD0, 0xCF, 0x11, 0xE0]), named: "old.xls")
    #expect {
        _ = try HouseholdTable.read(url: url)
    } throws: { error in
        (error as? InputError)?.message.contains(".xlsx or CSV") == true
    }
}

@Test func aWorkbookSavedUnderATextNameIsAnErrorWithAHint() throws {
    var workbook = WorkbookFixture()
    workbook.addSheet("S", rows: "")
    let folder = try InputTestFolder()
    defer { folder.remove() }
    let url = folder.url.appendingPathComponent("households.csv")
    try workbook.write(to: url)
    #expect {
        _ = try HouseholdTable.read(url: url)
    } throws: { error in
        (error as? InputError) == InputError(
            file: "households.csv", "this is an Excel workbook, not a text file; name it .xlsx")
    }
}

@Test func anXLSXErrorPointsAtTheExcelRowAndTheHeaderAsWritten() throws {
    var workbook = WorkbookFixture()
    workbook.addSheet("S", rows: """
        <row r="3"><c r="A3" t="inlineStr"><is><t>户号</t></is></c><c r="B3" t="inlineStr"><is><t>X</t></is></c>\
        <c r="C3" t="inlineStr"><is><t>Y</t></is></c></row>
        <row r="7"><c r="A7"><v>1</v></c><c r="B7" t="inlineStr"><is><t>东</t></is></c><c r="C7"><v>1</v></c></row>
        """)
    let folder = try InputTestFolder()
    defer { folder.remove() }
    let url = folder.url.appendingPathComponent("w.xlsx")
    try workbook.write(to: url)
    #expect {
        _ = try HouseholdTable.read(url: url)
    } throws: { error in
        let error = error as? InputError
        return error?.file == "w.xlsx" && error?.line == 7 && error?.field == "X"
            && error?.message == "'东' is not a number"
    }
}

@Test func errorsReadAsFileLineFieldAndMessage() {
    let error = InputError(file: "h.csv", line: 4, field: "户号", "duplicate id '001' (first on line 2)")
    #expect(error.description == "h.csv:4: field '户号': duplicate id '001' (first on line 2)")
}
