import Foundation
import Testing
@testable import GridPlanner

// MARK: - Disruption

@Test func splittingEveryGridInTwoIsFullyNestedAndMovesNobody() {
    let old = ExportFixture.plan()
    var oldGridOf: [String: String] = [:]
    for grid in old.grids { for h in grid.households { oldGridOf[old.scenario.households[h].id] = "OLD-" + grid.code } }
    var split = old
    split.grids = old.grids.flatMap { grid in
        [Grid(code: grid.code + "a", centre: grid.households[0], households: Array(grid.households.prefix(2)), area: nil,
              isSpecial: false, size: 2, totalDistance: 0, maxDistance: 0),
         Grid(code: grid.code + "b", centre: grid.households[2], households: Array(grid.households.suffix(2)), area: nil,
              isSpecial: false, size: 2, totalDistance: 0, maxDistance: 0)]
    }
    let disruption = PlanDisruption(oldGridOf: oldGridOf, plan: split)
    #expect(disruption.nestedShare == 1)
    #expect(disruption.movedHouseholds.isEmpty)
    #expect(disruption.parentOfGrid["YL-02b"] == "OLD-YL-02")
}

@Test func aHouseholdSwappedIntoAnotherGridCountsAsMovedAndUnnestsItsGrid() {
    let old = ExportFixture.plan()
    var swapped = old
    swapped.grids[0].households = [0, 1, 2, 4]
    swapped.grids[1].households = [3, 5, 6, 7]
    let disruption = PlanDisruption(oldGridOf: PlanDisruption.gridCodes(of: old), plan: swapped)
    #expect(disruption.movedHouseholds == ["H04", "H05"])
    #expect(disruption.nestedGrids == 1)
}

// MARK: - Comparison table

@Test func comparisonTableHasOneColumnPerPlanInEveryFormat() throws {
    let a = StaffedPlan(plan: ExportFixture.plan()), b = try ExportFixture.staffed()
    let table = PlanComparison(plans: [("a", a), ("b", b)])
    #expect(table.rows.first { $0.measure == "grids" }?.values == ["3", "3"])
    #expect(table.rows.first { $0.measure == "members in post" }?.values == ["-", "2"])
    #expect(table.rows.first { $0.measure == "members needed" }?.values == ["3", "1"])
    #expect(table.rows.first { $0.measure == "households moved" }?.values == ["0", "0"])
    #expect(table.rendered(.csv).hasPrefix("measure,a,b\ngrids,3,3\n"))
    #expect(table.rendered(.markdown).hasPrefix("| measure | a | b |\n|---|---:|---:|\n"))
    let json = try JSONSerialization.jsonObject(with: Data(table.rendered(.json).utf8)) as? [[String: Any]]
    #expect(json?.count == 2)
    #expect(json?[1]["gap_pct"] as? Double == 100)  // the fixture claims no bound
}

@Test func sweepPlansEachCountOfTheRange() {
    let households = TestVillage.households(count: 120, seed: 8)
    let scenario = TestVillage.scenario(households, gridSize: ValueRange(12, 18), grids: .derived)
    let outcomes = GridCountSweep(scenario: scenario, counts: 7...10, step: 2).run(deadline: { .after(seconds: 60) })
    #expect(outcomes.map(\.count) == [7, 9])
    #expect(outcomes.allSatisfy { $0.plan != nil })
    #expect(outcomes.map { $0.plan?.grids.count } == [7, 9])
}
