import Foundation
import Testing
@testable import GridPlanner

private let households = [
    Household(id: "0001", location: PlanePoint(x: 0, y: 0)),
    Household(id: "0002", location: PlanePoint(x: 100, y: 50)),
]

private func read(_ text: String) throws(InputError) -> [Person] {
    try PeopleTable.people(from: try CSVTable(parsingCSV: text, file: "people.csv"), households: households)
}

// MARK: - Columns and values

@Test func chineseHeadersSeveralSeparatorsAndVillageYesNoAreRead() throws {
    let people = try read("""
        编号,姓名,电话,户号,政治面貌,职务,技能,在岗,身份证号
        A1,张三,13800000001,0001,中共党员,村委会委员、村民代表,保洁员|医生,是,110101199001011234
        A2,李四,,0002,群众,"村民代表，后勤人员",护林员;管水员,外出,110101199001015678
        A3,王五,,0002,1,,,y,
        """)
    #expect(people.map(\.id) == ["A1", "A2", "A3"])
    #expect(people[0].posts == ["村委会委员", "村民代表"])
    #expect(people[0].skills == ["保洁员", "医生"])
    #expect(people.map(\.isPartyMember) == [true, false, true])
    #expect(people.map(\.isAvailable) == [true, false, true])
    #expect(people[1].posts == ["村民代表", "后勤人员"])
    #expect(people[1].home == PlanePoint(x: 100, y: 50))
    #expect(!String(describing: people).contains("110101199001011234"))
}

@Test func canonicalHeadersWithCurrentPostsAndXYAreRead() throws {
    let people = try read("""
        id,name,phone,household,party_member,posts,skills,available,current_post,current_unit,x,y
        P1,民警甲,110,,no,,民警,true,police,C-01,500,600
        """)
    #expect(people[0].home == PlanePoint(x: 500, y: 600))
    #expect(people[0].currentPost == "police")
    #expect(people[0].currentUnit == "C-01")
}

// MARK: - Errors name file, line and column

@Test func aHouseholdMissingFromTheHouseholdsFileIsNamedWithItsLine() {
    #expect(throws: InputError(file: "people.csv", line: 3, field: "户号", "household '0009' is not in the households file")) {
        try read("编号,姓名,户号\nA1,张三,0001\nA2,李四,0009\n")
    }
}

@Test func aYesNoValueThatIsNeitherIsNamed() {
    #expect(throws: InputError(file: "people.csv", line: 2, field: "党员", "'也许' is not yes or no (是/否, 1/0, true/false, y/n)")) {
        try read("编号,姓名,户号,党员\nA1,张三,0001,也许\n")
    }
}

@Test func aDuplicateIDIsNamed() {
    #expect(throws: InputError(file: "people.csv", line: 3, field: "id", "duplicate id 'A1' (first on line 2)")) {
        try read("id,name,household\nA1,张三,0001\nA1,李四,0002\n")
    }
}
