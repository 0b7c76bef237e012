/// A made-up county: households in town communities and villages, each of which is an `area`
/// named `<township>-<village or community>`, and their adults.
public struct GeneratedCounty: Sendable {
    public var spec: CountySpec
    /// In file order: township by township, seat communities first, then villages.
    public var households: [Household]
    /// The adults of every household, with their offices and the townships' cadres.
    public var people: [Person]
    /// The areas in file order.
    public var areas: [String]
    public var townships: [String]
}
