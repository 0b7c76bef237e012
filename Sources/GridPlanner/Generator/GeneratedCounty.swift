/// A made-up county: households in town communities and villages, each of which is an `area`
/// named `<township>-<village or community>`.
public struct GeneratedCounty: Sendable {
    public var spec: CountySpec
    /// In file order: township by township, seat communities first, then villages.
    public var households: [Household]
    /// The areas in file order.
    public var areas: [String]
    public var townships: [String]
}
