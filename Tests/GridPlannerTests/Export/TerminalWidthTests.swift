import Testing
@testable import GridPlanner

@Test func chineseTextCountsTwoColumnsPerCharacterWhenPadded() {
    #expect("网格 (grid)".terminalWidth == 11)
    #expect("总网格长，".terminalWidth == 10)
    #expect("level".terminalWidth == 5)
    let cells = ["网格 (grid)", "level", "分网格 (leader_group)"].map { $0.padded(toWidth: 22) }
    #expect(cells.allSatisfy { $0.terminalWidth == 22 })
    #expect("toolong".padded(toWidth: 3) == "toolong")
}
