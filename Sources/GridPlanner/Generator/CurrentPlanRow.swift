/// One row of a current plan (current-plan.csv): a household, its grid and the grid's member.
public struct CurrentPlanRow: Sendable, Hashable {
    public var household: String
    public var grid: String
    /// The id of the person serving the grid, when known.
    public var member: String?

    public init(household: String, grid: String, member: String? = nil) {
        self.household = household
        self.grid = grid
        self.member = member
    }
}
