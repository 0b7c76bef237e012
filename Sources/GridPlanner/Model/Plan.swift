/// One grid of a plan.
public struct Grid: Sendable, Hashable {
    /// The grid's code (一格一码), e.g. `DHS-07`.
    public var code: String
    /// Index into the scenario's households of the centre household.
    public var centre: Int
    /// Indices into the scenario's households, in file order.
    public var households: [Int]
    /// The `area` the grid lies in, when areas are respected.
    public var area: String?
    /// A special grid (a market, park or firm of its own) rather than a residential one.
    public var isSpecial: Bool
    /// Size in the rules' measure.
    public var size: Double
    /// Sum and maximum of distances (m) from each household to the centre household.
    public var totalDistance: Double
    public var maxDistance: Double
}

/// How the search that produced a plan ended.
public enum PlanStatus: String, Sendable, Codable {
    /// Finished its work; `gap` says how far from optimal the plan can at most be.
    case finished
    /// Stopped at the time limit; the best plan found so far.
    case timeLimit = "time_limit"
    /// Stopped by Ctrl-C; the best plan found so far.
    case interrupted
}

/// A kin group whose households lie in more than one area: the area border wins.
public struct KinGroupSplit: Sendable, Hashable {
    public var kinGroup: String
    public var areas: [String]
}

/// A grid plan: every household in exactly one grid.
public struct Plan: Sendable {
    public var scenario: Scenario
    public var grids: [Grid]
    /// Sum over residential grids of household-to-centre distances (m): what the engine minimises.
    public var totalDistance: Double
    /// Proven lower bound on `totalDistance` for these rules.
    public var lowerBound: Double
    public var status: PlanStatus
    public var seconds: Double
    public var kinGroupSplits: [KinGroupSplit]
    /// Grid count chosen (residential grids).
    public var gridCount: Int
    /// Levels above the grids with their units, when the scenario has `levels:` or `posts:`.
    public var structure: Structure? = nil
    /// Who serves in which post, when the scenario has people and posts.
    public var staffing: Staffing? = nil

    /// Relative gap `(totalDistance − lowerBound) / totalDistance`.
    public var gap: Double {
        totalDistance > 0 ? max(0, totalDistance - lowerBound) / totalDistance : 0
    }

    /// The grid of each household (index into `grids`).
    public func gridOfHousehold() -> [Int] {
        var result = [Int](repeating: -1, count: scenario.households.count)
        for (g, grid) in grids.enumerated() { for h in grid.households { result[h] = g } }
        return result
    }
}
