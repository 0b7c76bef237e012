import Testing
@testable import GridPlanner

// MARK: - CSV parsing

private func parse(_ text: String, file: String = "t.csv") throws -> CSVTable {
    try CSVTable(parsingCSV: text, file: file)
}

@Test func simpleCSVGivesHeaderAndRecordsWithTheirLines() throws {
    let table = try parse("id,x,y\n1,2,3\n4,5,6\n")
    #expect(table.header == ["id", "x", "y"])
    #expect(table.headerLine == 1)
    #expect(table.records.map(\.fields) == [["1", "2", "3"], ["4", "5", "6"]])
    #expect(table.records.map(\.line) == [2, 3])
}

@Test func quotedFieldsKeepCommasDoubledQuotesAndLineBreaks() throws {
    let table = try parse("id,name,note\n1,\"Wang, Li\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",x\n3,c,d")
    #expect(table.records[0].fields == ["1", "Wang, Li", "say \"hi\""])
    #expect(table.records[1].fields == ["2", "two\nlines", "x"])
    // The record after a field with a line break starts one physical line later.
    #expect(table.records.map(\.line) == [2, 3, 5])
}

@Test func crlfLfAndCrLineEndsAllCountAsOneLine() throws {
    for ending in ["\r\n", "\n", "\r"] {
        let table = try parse(["a,b", "1,2", "3,\"x\(ending)y\"", "5,6"].joined(separator: ending) + ending)
        #expect(table.records.map(\.line) == [2, 3, 5], "line end \(ending.debugDescription)")
        #expect(table.records[1].fields == ["3", "x\ny"])
    }
}

@Test func blankLinesAndATrailingEmptyLineAreNotRecords() throws {
    let table = try parse("\n\na,b\n1,2\n\n3,4\n,\n\n")
    #expect(table.headerLine == 3)
    #expect(table.records.map(\.line) == [4, 6])
}

@Test func unquotedFieldsAreTrimmedButQuotedOnesAreNot() throws {
    let table = try parse(" a , b \n  1  , \" 2 \" ")
    #expect(table.header == ["a", "b"])
    #expect(table.records[0].fields == ["1", " 2 "])
}

@Test func tabOrSemicolonIsTheSeparatorWhenTheHeaderHasNoComma() throws {
    #expect(try parse("a\tb\n1,5\t2").records[0].fields == ["1,5", "2"])
    #expect(try parse("a;b\n1,5;2").records[0].fields == ["1,5", "2"])
    #expect(try parse("a,b;c\n1;2,3").records[0].fields == ["1;2", "3"])
    #expect(try parse("\"a,b\";c\n1;2").header == ["a,b", "c"])
}

@Test func shortRecordsReadAsEmptyFields() throws {
    let table = try parse("a,b,c\n1")
    #expect(table.records[0][0] == "1")
    #expect(table.records[0][2] == "")
}

@Test func unterminatedQuoteIsReportedWhereTheFieldStarted() {
    #expect {
        _ = try parse("id,name,x\n1,ok,1\n2,\"broken,2\n3,c,3\n", file: "h.csv")
    } throws: { error in
        let error = error as? InputError
        return error?.file == "h.csv" && error?.line == 3 && error?.field == "name"
            && error?.message == "unterminated quote"
    }
}

@Test func unterminatedQuoteInTheHeaderNamesNoField() {
    #expect {
        _ = try parse("\n\"id,x\n1,2")
    } throws: { error in
        let error = error as? InputError
        return error?.line == 2 && error?.field == nil && error?.message == "unterminated quote"
    }
}

@Test func emptyOrBlankFileIsReportedAsEmpty() {
    for text in ["", "\n\r\n", " , \n", "\u{FEFF}"] {
        #expect {
            _ = try parse(text, file: "e.csv")
        } throws: { error in
            let error = error as? InputError
            return error?.file == "e.csv" && error?.message == "the file is empty"
        }
    }
}

@Test func tableFromRowsTakesTheFirstRowWithTextAsHeader() throws {
    let rows = [
        CSVTable.Record(fields: ["", " "], line: 1),
        CSVTable.Record(fields: ["id", "x"], line: 2),
        CSVTable.Record(fields: [], line: 3),
        CSVTable.Record(fields: ["7", "1.5"], line: 9),
    ]
    let table = try CSVTable(file: "s.xlsx", rows: rows)
    #expect(table.header == ["id", "x"] && table.headerLine == 2)
    #expect(table.records == [CSVTable.Record(fields: ["7", "1.5"], line: 9)])
}
