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

@Test(arguments: [UInt64(1), 2, 3])
func branchingOnOpeningsFirstStillProvesTheOptimum(seed: UInt64) throws {
    // Two of six sites serve ten weighted points within a capacity: the optimum by
    // enumeration, by GLPK's own branching and by branching on the site openings first.
    var rng = SeededGenerator(seed: seed)
    let sites = 6, points = 10
    let demand = (0..<points).map { _ in Double(1 + rng.index(below: 3)) }
    // Room for everything in two sites, but not in one.
    let capacity = (demand.reduce(0, +) / 2).rounded(.up) + 1
    let cost = (0..<points).map { _ in (0..<sites).map { _ in Double(1 + rng.index(below: 20)) } }
    var best = Double.infinity
    for a in 0..<sites {
        for b in (a + 1)..<sites {
            // Every split of the points between sites a and b.
            for mask in 0..<(1 << points) {
                var load = (0.0, 0.0), total = 0.0
                for i in 0..<points {
                    if mask & (1 << i) != 0 { load.0 += demand[i]; total += cost[i][a] }
                    else { load.1 += demand[i]; total += cost[i][b] }
                }
                if load.0 <= capacity, load.1 <= capacity { best = min(best, total) }
            }
        }
    }
    var lp = LinearProgram()
    let open = (0..<sites).map { _ in lp.addVariable(kind: .binary) }
    let serve = (0..<points).map { i in (0..<sites).map { j in lp.addVariable(cost: cost[i][j], kind: .binary) } }
    for i in 0..<points { lp.addConstraint((0..<sites).map { (serve[i][$0], 1.0) }, lower: 1, upper: 1) }
    for j in 0..<sites {
        for i in 0..<points { lp.addConstraint([(serve[i][j], 1), (open[j], -1)], upper: 0) }
        lp.addConstraint((0..<points).map { (serve[$0][j], demand[$0]) } + [(open[j], -capacity)], upper: 0)
    }
    lp.addConstraint(open.map { ($0, 1.0) }, lower: 2, upper: 2)
    let plain = try GLPKSolver.solve(lp)
    lp.branchFirst = open
    let openingsFirst = try GLPKSolver.solve(lp)

    #expect(best.isFinite)
    for outcome in [plain, openingsFirst] {
        #expect(outcome.status == .optimal)
        #expect(abs(outcome.objective! - best) < 1e-9)
    }
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

    var continuousFirst = LinearProgram()
    let z = continuousFirst.addVariable(upper: 1)
    continuousFirst.branchFirst = [z]
    #expect(throws: ModelError.branchingOnNonInteger(variable: z)) { try GLPKSolver.solve(continuousFirst) }
}
