import Testing
@testable import GridPlanner

// MARK: - ColumnLP

/// Two items to cover once each: single covers at 3 and 4, then a pair at 5 that replaces them;
/// fixing the pair at zero brings the singles back, and the fixed pair can then be removed.
@Test func columnLPReoptimisesAsColumnsComeAndGo() throws {
    let lp = try ColumnLP(rows: [(1, 1), (1, 1)])
    try lp.addColumn(cost: 3, rows: [0], coefficients: [1])
    try lp.addColumn(cost: 4, rows: [1], coefficients: [1])
    let singles = try #require(try lp.solve(deadline: .never))
    #expect(abs(singles.objective - 7) < 1e-9)
    #expect(abs(singles.duals[0] - 3) < 1e-9 && abs(singles.duals[1] - 4) < 1e-9)

    let pair = try lp.addColumn(cost: 5, rows: [0, 1], coefficients: [1, 1])
    let joined = try #require(try lp.solve(deadline: .never))
    #expect(abs(joined.objective - 5) < 1e-9)
    #expect(abs(joined.values[pair] - 1) < 1e-9)
    // No column prices out: each reduced cost is at least zero.
    #expect(3 - joined.duals[0] >= -1e-9 && 4 - joined.duals[1] >= -1e-9)
    #expect(abs(5 - joined.duals[0] - joined.duals[1]) < 1e-9)
    #expect(throws: ModelError.self) { try lp.removeColumns([pair]) }  // basic

    try lp.setBounds(column: pair, 0, 0)
    let apart = try #require(try lp.solve(deadline: .never))
    #expect(abs(apart.objective - 7) < 1e-9)
    #expect(!lp.isBasic(column: pair))
    try lp.removeColumns([pair])
    #expect(lp.columnCount == 2)
    let again = try #require(try lp.solve(deadline: .never))
    #expect(abs(again.objective - 7) < 1e-9 && again.values.count == 2)
}

@Test func columnLPRejectsWhatGLPKWouldAbortOn() throws {
    #expect(throws: ModelError.self) { try ColumnLP(rows: [(2, 1)]) }
    let lp = try ColumnLP(rows: [(0, 1)])
    #expect(throws: ModelError.self) { try lp.addColumn(cost: 1, rows: [1], coefficients: [1]) }
    #expect(throws: ModelError.self) { try lp.addColumn(cost: 1, rows: [0, 0], coefficients: [1, 1]) }
    #expect(throws: ModelError.self) { try lp.addColumn(cost: .nan, rows: [0], coefficients: [1]) }
    #expect(throws: ModelError.self) { try lp.addColumn(cost: 1, rows: [0], coefficients: [.infinity]) }
    #expect(throws: ModelError.self) { try lp.setBounds(column: 0, 0, 1) }
    #expect(lp.columnCount == 0)
}

/// Two items covered by singles at 3 and 4 or a pair at 5: a row added later that caps the
/// pair at one half brings the singles back for the rest, and the row's dual prices the cap.
@Test func columnLPTakesARowAddedBetweenSolves() throws {
    let lp = try ColumnLP(rows: [(1, 1), (1, 1)])
    try lp.addColumn(cost: 3, rows: [0], coefficients: [1])
    try lp.addColumn(cost: 4, rows: [1], coefficients: [1])
    let pair = try lp.addColumn(cost: 5, rows: [0, 1], coefficients: [1, 1])
    let joined = try #require(try lp.solve(deadline: .never))
    #expect(abs(joined.objective - 5) < 1e-9)
    #expect(throws: ModelError.self) { try lp.addRow(lower: 0, upper: 0.5, columns: [3], coefficients: [1]) }
    #expect(throws: ModelError.self) { try lp.addRow(lower: 1, upper: 0.5, columns: [pair], coefficients: [1]) }
    let cap = try lp.addRow(lower: -.infinity, upper: 0.5, columns: [pair], coefficients: [2])
    #expect(cap == 2 && lp.rowCount == 3)
    let capped = try #require(try lp.solve(deadline: .never))
    #expect(abs(capped.objective - 6.5) < 1e-9)
    #expect(abs(capped.values[pair] - 0.25) < 1e-9)
    #expect(capped.duals.count == 3 && capped.duals[2] < -1e-9)
}
