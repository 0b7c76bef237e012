/// A made-up village: its rows, its adults, and optionally the plan in force.
public struct GeneratedVillage: Sendable {
    public var spec: VillageSpec
    /// In file order: hamlet by hamlet, lane by lane.
    public var households: [Household]
    public var people: [Person]
    /// Empty unless a current plan was drafted (see `draftCurrentPlan`).
    public var currentPlan: [CurrentPlanRow]
    /// Names of the hamlets or zones, in file order.
    public var areas: [String]

    public init(
        spec: VillageSpec, households: [Household], people: [Person],
        currentPlan: [CurrentPlanRow] = [], areas: [String]
    ) {
        self.spec = spec
        self.households = households
        self.people = people
        self.currentPlan = currentPlan
        self.areas = areas
    }
}
