import Testing
@testable import GridPlanner

// MARK: - Linear programmes with known optima

@Test func textbookLinearProgramReachesItsKnownOptimum() throws {
    // max 3x + 5y s.t. x <= 4, 2y <= 12, 3x + 2y <= 18 (Hillier & Lieberman): x=2, y=6, z=36.
    var lp = LinearProgram(direction: .maximize)
    let x = lp.addVariable(cost: 3)
    let y = lp.addVariable(cost: 5)
    lp.addConstraint([(x, 1)], upper: 4)
    lp.addConstraint([(y, 2)], upper: 12)
    lp.addConstraint([(x, 3), (y, 2)], upper: 18)
    let outcome = try GLPKSolver.solve(lp)
    #expect(outcome.status == .optimal)
    #expect(abs(outcome.objective! - 36) < 1e-9)
    #expect(abs(outcome.values[x] - 2) < 1e-9 && abs(outcome.values[y] - 6) < 1e-9)
}

@Test func infeasibleLinearProgramIsReportedAsInfeasible() throws {
    var lp = LinearProgram()
    let x = lp.addVariable(cost: 1)
    lp.addConstraint([(x, 1)], lower: 5)
    lp.addConstraint([(x, 1)], upper: 3)
    #expect(try GLPKSolver.solve(lp).status == .infeasible)
}

@Test func unboundedLinearProgramIsReportedAsUnbounded() throws {
    var lp = LinearProgram(direction: .maximize)
    let x = lp.addVariable(cost: 1)
    let y = lp.addVariable(cost: 1)
    lp.addConstraint([(x, 1), (y, -1)], upper: 1)
    #expect(try GLPKSolver.solve(lp).status == .unbounded)
}

// MARK: - Mixed-integer programmes

@Test func knapsackMIPFindsTheIntegerOptimumNotTheLPOne() throws {
    // max 5a + 4b + 3c s.t. 2a + 3b + c <= 5, 4a + b + 2c <= 11, 3a + 4b + 2c <= 8, binary: a=b=1, c=0 -> 9.
    var lp = LinearProgram(direction: .maximize)
    let v = [5.0, 4, 3].map { lp.addVariable(cost: $0, kind: .binary) }
    lp.addConstraint([(v[0], 2), (v[1], 3), (v[2], 1)], upper: 5)
    lp.addConstraint([(v[0], 4), (v[1], 1), (v[2], 2)], upper: 11)
    lp.addConstraint([(v[0], 3), (v[1], 4), (v[2], 2)], upper: 8)
    let outcome = try GLPKSolver.solve(lp)
    #expect(outcome.status == .optimal)
    #expect(abs(outcome.objective! - 9) < 1e-9)
    #expect(outcome.values.map { $0.rounded() } == [1, 1, 0])
}

@Test func integerProgramWithFractionalRelaxationRoundsCorrectly() throws {
    // max x + y s.t. -x + y <= 1, 3x + 2y <= 12, 2x + 3y <= 12, integer: optimum 4 (LP: 4.8).
    var lp = LinearProgram(direction: .maximize)
    let x = lp.addVariable(cost: 1, kind: .integer)
    let y = lp.addVariable(cost: 1, kind: .integer)
    lp.addConstraint([(x, -1), (y, 1)], upper: 1)
    lp.addConstraint([(x, 3), (y, 2)], upper: 12)
    lp.addConstraint([(x, 2), (y, 3)], upper: 12)
    let outcome = try GLPKSolver.solve(lp)
    #expect(outcome.status == .optimal)
    #expect(abs(outcome.objective! - 4) < 1e-9)
}

@Test func infeasibleIntegerProgramIsReportedAsInfeasible() throws {
    // 2x = 3 has no integer solution although its relaxation does.
    var lp = LinearProgram()
    let x = lp.addVariable(upper: 10, cost: 1, kind: .integer)
    lp.addConstraint([(x, 2)], lower: 3, upper: 3)
    #expect(try GLPKSolver.solve(lp).status == .infeasible)
}

@Test func nodeLimitStopsTheSearchWithABoundBelowTheIncumbent() throws {
    // A knapsack with many equal ratios forces branching; one node cannot prove optimality.
    var lp = LinearProgram(direction: .minimize)
    let weights = [31.0, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97]
    let vars = weights.map { lp.addVariable(cost: $0 + 0.5, kind: .binary) }
    lp.addConstraint(Array(zip(vars, weights)), lower: 400.5)
    let outcome = try GLPKSolver.solve(lp, limits: SolveLimits(maxNodes: 1))
    if outcome.status == .feasible {
        #expect(outcome.bound! <= outcome.objective! + 1e-9)
    } else {
        #expect(outcome.status == .optimal || outcome.status == .noSolutionAtLimit)
    }
}

// MARK: - Validation before GLPK sees the model

@Test func invalidModelsAreRejectedBeforeGLPKCouldAbort() {
    var lp = LinearProgram()
    let x = lp.addVariable(lower: 3, upper: 1)
    #expect(throws: ModelError.invalidBounds(variable: x, lower: 3, upper: 1)) { try GLPKSolver.solve(lp) }

    var duplicate = LinearProgram()
    let y = duplicate.addVariable()
    duplicate.addConstraint([(y, 1), (y, 2)], upper: 1)
    #expect(throws: ModelError.duplicateEntry(constraint: 0, variable: y)) { try GLPKSolver.solve(duplicate) }

    var missing = LinearProgram()
    missing.addConstraint([(7, 1)], upper: 1)
    #expect(throws: ModelError.variableOutOfRange(constraint: 0, variable: 7)) { try GLPKSolver.solve(missing) }

    var nan = LinearProgram()
    nan.addVariable(cost: .nan)
    #expect(throws: ModelError.nonFiniteCost(variable: 0)) { try GLPKSolver.solve(nan) }
}
