/// A linear or mixed-integer programme described without reference to any solver.
///
/// Algorithms build one of these; ``GLPKSolver`` validates it and hands it to GLPK.
/// Indices are 0-based throughout.
public struct LinearProgram: Sendable {
    public enum Direction: Sendable { case minimize, maximize }

    public enum Kind: Sendable, Equatable { case continuous, integer, binary }

    public struct Variable: Sendable {
        public var lower: Double
        public var upper: Double
        public var cost: Double
        public var kind: Kind
    }

    /// `lower <= sum(coefficients[k] * x[variables[k]]) <= upper`; either side may be infinite.
    public struct Constraint: Sendable {
        public var variables: [Int]
        public var coefficients: [Double]
        public var lower: Double
        public var upper: Double
    }

    public var direction: Direction
    public var objectiveConstant: Double = 0
    /// Integer variables the branch-and-bound search branches on first while one of them is
    /// fractional: the one nearest to one half, up branch first. GLPK's own rule
    /// (Driebeck-Tomlin) picks among the rest.
    public var branchFirst: [Int] = []
    public private(set) var variables: [Variable] = []
    public private(set) var constraints: [Constraint] = []

    public init(direction: Direction = .minimize) {
        self.direction = direction
    }

    public var hasIntegerVariables: Bool { variables.contains { $0.kind != .continuous } }

    /// Adds a variable and returns its index.
    @discardableResult
    public mutating func addVariable(
        lower: Double = 0, upper: Double = .infinity, cost: Double = 0, kind: Kind = .continuous
    ) -> Int {
        let bounds = kind == .binary ? (max(lower, 0), min(upper, 1)) : (lower, upper)
        variables.append(Variable(lower: bounds.0, upper: bounds.1, cost: cost, kind: kind))
        return variables.count - 1
    }

    /// Adds a constraint over `terms` (variable index, coefficient) and returns its index.
    @discardableResult
    public mutating func addConstraint(
        _ terms: [(Int, Double)], lower: Double = -.infinity, upper: Double = .infinity
    ) -> Int {
        constraints.append(Constraint(
            variables: terms.map(\.0), coefficients: terms.map(\.1), lower: lower, upper: upper))
        return constraints.count - 1
    }

    /// The objective value of `values`, for checking a solution independently of the solver.
    public func objective(of values: [Double]) -> Double {
        zip(variables, values).reduce(objectiveConstant) { $0 + $1.0.cost * $1.1 }
    }
}
