/// How a solve ended. Outcomes are values; a broken model is a thrown error instead.
public enum SolveStatus: Sendable, Equatable {
    /// Proven optimal (for a MIP: within the requested relative gap).
    case optimal
    /// A feasible solution, but the search stopped at a time, node or cancellation limit.
    case feasible
    /// The search stopped at a limit before finding any feasible solution.
    case noSolutionAtLimit
    /// The constraints admit no solution.
    case infeasible
    /// The objective can improve without bound (for a MIP: its LP relaxation is unbounded).
    case unbounded
}

public struct SolveOutcome: Sendable {
    public var status: SolveStatus
    /// Objective value of `values`, when a solution exists.
    public var objective: Double?
    /// Variable values (empty without a solution).
    public var values: [Double]
    /// Best proven bound on the optimum (a lower bound when minimising).
    public var bound: Double?
    /// Branch-and-bound nodes explored (0 for an LP).
    public var nodes: Int

    public var hasSolution: Bool { status == .optimal || status == .feasible }

    /// Relative gap |objective - bound| / max(|objective|, 1e-9), when both exist.
    public var relativeGap: Double? {
        guard let objective, let bound else { return nil }
        return abs(objective - bound) / max(abs(objective), 1e-9)
    }
}

/// Limits for one solve. Deterministic limits (nodes) bound the work; the deadline and the
/// cancellation flag only stop early.
public struct SolveLimits: Sendable {
    public var deadline: Deadline = .never
    /// Branch-and-bound nodes, counted by GLPK; reproducible regardless of machine load.
    public var maxNodes: Int? = nil
    /// Relative MIP gap at which the search stops.
    public var relativeGap: Double = 1e-7

    public init(deadline: Deadline = .never, maxNodes: Int? = nil, relativeGap: Double = 1e-7) {
        self.deadline = deadline
        self.maxNodes = maxNodes
        self.relativeGap = relativeGap
    }
}
