/// Rules that no plan can meet, explained in the user's terms; found before any solver runs.
public struct RulesError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The search found no plan before its time limit.
public struct NoPlanFound: Error, Sendable, CustomStringConvertible {
    public var interrupted: Bool
    public var description: String {
        interrupted ? "interrupted before any plan was found" : "no plan found within the time limit"
    }
}
