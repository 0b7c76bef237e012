/// What is wrong with a ``LinearProgram`` that GLPK would refuse by aborting the process.
public enum ModelError: Error, Equatable, CustomStringConvertible {
    case nonFiniteCost(variable: Int)
    case invalidBounds(variable: Int, lower: Double, upper: Double)
    case invalidConstraintBounds(constraint: Int, lower: Double, upper: Double)
    case variableOutOfRange(constraint: Int, variable: Int)
    case duplicateEntry(constraint: Int, variable: Int)
    case nonFiniteCoefficient(constraint: Int, variable: Int)
    case mismatchedTerms(constraint: Int)
    case tooLarge(rows: Int, columns: Int, entries: Int)
    case startingPointSize(expected: Int, got: Int)
    case branchingOnNonInteger(variable: Int)
    /// A row removed from a ``ColumnLP`` that is missing, named twice, or binds in the basis.
    case rowNotRemovable(constraint: Int)

    public var description: String {
        switch self {
        case .nonFiniteCost(let j): "variable \(j) has a non-finite cost"
        case .invalidBounds(let j, let l, let u): "variable \(j) has bounds \(l) > \(u) or NaN"
        case .invalidConstraintBounds(let i, let l, let u):
            "constraint \(i) has bounds \(l) > \(u) or NaN"
        case .variableOutOfRange(let i, let j): "constraint \(i) refers to missing variable \(j)"
        case .duplicateEntry(let i, let j): "constraint \(i) names variable \(j) twice"
        case .nonFiniteCoefficient(let i, let j):
            "constraint \(i) has a non-finite coefficient on variable \(j)"
        case .mismatchedTerms(let i): "constraint \(i) has unequal variable and coefficient lists"
        case .tooLarge(let r, let c, let e):
            "model of \(r) rows, \(c) columns and \(e) entries exceeds GLPK's index range"
        case .startingPointSize(let n, let m): "starting point has \(m) values for \(n) variables"
        case .rowNotRemovable(let i): "constraint \(i) is missing, named twice or binding, so it cannot be removed"
        case .branchingOnNonInteger(let j): "variable \(j), to branch on first, is missing or not integer"
        }
    }
}

/// Whether GLPK accepts `lower ... upper` as the bounds of a row or column: no NaN, lower at
/// most upper, and neither side infinite the wrong way.
func areValidBounds(_ lower: Double, _ upper: Double) -> Bool {
    !lower.isNaN && !upper.isNaN && lower <= upper && lower < .infinity && upper > -.infinity
}

extension LinearProgram {
    /// Checks everything GLPK would otherwise reject with a fatal error.
    public func validate() throws(ModelError) {
        for (j, v) in variables.enumerated() {
            guard v.cost.isFinite else { throw .nonFiniteCost(variable: j) }
            guard areValidBounds(v.lower, v.upper) else {
                throw .invalidBounds(variable: j, lower: v.lower, upper: v.upper)
            }
        }
        var seen = [Int](repeating: -1, count: variables.count)
        var entries = 0
        for (i, c) in constraints.enumerated() {
            guard c.variables.count == c.coefficients.count else { throw .mismatchedTerms(constraint: i) }
            guard areValidBounds(c.lower, c.upper) else {
                throw .invalidConstraintBounds(constraint: i, lower: c.lower, upper: c.upper)
            }
            for (j, a) in zip(c.variables, c.coefficients) {
                guard j >= 0, j < variables.count else { throw .variableOutOfRange(constraint: i, variable: j) }
                guard seen[j] != i else { throw .duplicateEntry(constraint: i, variable: j) }
                guard a.isFinite else { throw .nonFiniteCoefficient(constraint: i, variable: j) }
                seen[j] = i
            }
            entries += c.variables.count
        }
        for j in branchFirst where !variables.indices.contains(j) || variables[j].kind == .continuous {
            throw .branchingOnNonInteger(variable: j)
        }
        let limit = Int(Int32.max) - 1
        guard variables.count < limit, constraints.count < limit, entries < limit else {
            throw .tooLarge(rows: constraints.count, columns: variables.count, entries: entries)
        }
    }
}
