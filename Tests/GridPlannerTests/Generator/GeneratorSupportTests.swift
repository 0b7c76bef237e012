import Testing

@testable import GridPlanner

@Test func apportionmentAddsUpAndGivesEveryPartItsMinimum() {
    let parts = Apportionment.split(100, weights: [1, 2, 3, 0.1], minimum: 5)
    #expect(parts.reduce(0, +) == 100)
    #expect(parts.allSatisfy { $0 >= 5 })
    #expect(parts[2] > parts[1] && parts[1] > parts[0])
}

@Test func chineseNumeralsReadAsInGroupNames() {
    #expect(ChineseNumerals.text(1) == "一")
    #expect(ChineseNumerals.text(10) == "十")
    #expect(ChineseNumerals.text(12) == "十二")
    #expect(ChineseNumerals.text(20) == "二十")
    #expect(ChineseNumerals.text(23) == "二十三")
    #expect(ChineseNumerals.text(105) == "一百零五")
    #expect(ChineseNumerals.text(112) == "一百一十二")
}

@Test func fixedPointTextRoundsAndPadsTheSameEverywhere() {
    #expect(FixedPointText.text(12.34, decimals: 1) == "12.3")
    #expect(FixedPointText.text(-0.04, decimals: 1) == "0.0")
    #expect(FixedPointText.text(-3.05, decimals: 0) == "-3")
    #expect(FixedPointText.text(117.25, decimals: 7) == "117.2500000")
    #expect(FixedPointText.text(0.0000123, decimals: 7) == "0.0000123")
    #expect(FixedPointText.text(-1.5, decimals: 2) == "-1.50")
}

@Test func csvFieldsWithCommasQuotesOrNewlinesAreQuoted() {
    var csv = CSVTextBuilder()
    csv.appendRow(["a", "b,c", "say \"hi\"", "two\nlines", "大华山村"])
    #expect(String(decoding: csv.bytes, as: UTF8.self) == "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",大华山村\n")
}

@Test func coordinateBisectionMakesPartsOfExactlyTheRequestedSizes() {
    var rng = SeededGenerator(seed: 9)
    let points = (0..<200).map { _ in PlanePoint(x: rng.uniform(0, 1000), y: rng.uniform(0, 300)) }
    let sizes = [30, 33, 37, 28, 34, 38]
    let parts = CoordinateBisection.split(points, sizes: sizes)
    #expect(parts.map(\.count) == sizes)
    #expect(parts.flatMap { $0 }.sorted() == Array(0..<200))
}

@Test func placeNamesAreDistinctEvenWhenMoreAreAskedThanPairsExist() {
    var rng = SeededGenerator(seed: 1)
    let names = PlaceNames.villages(700, using: &rng)
    #expect(Set(names).count == 700)
    #expect(names.allSatisfy { $0.hasSuffix("村") })
}

@Test func scenarioYAMLQuotesOnlyWhatWouldNotReadBackAsText() {
    #expect(ScenarioManifest.scalar("大华山村（疫情应急加密）") == "大华山村（疫情应急加密）")
    #expect(ScenarioManifest.scalar("12-18") == "12-18")
    #expect(ScenarioManifest.scalar("yes") == "\"yes\"")
    #expect(ScenarioManifest.scalar("74") == "\"74\"")
    #expect(ScenarioManifest.scalar("a: b") == "\"a: b\"")
    #expect(ScenarioManifest.scalar("-x") == "\"-x\"")
    #expect(ScenarioManifest.scalar("say \"hi\"") == "say \"hi\"")
    #expect(ScenarioManifest.scalar("\"quoted\"") == "\"\\\"quoted\\\"\"")
}
