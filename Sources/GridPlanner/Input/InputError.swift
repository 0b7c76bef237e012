/// Bad input, with where it is: the CLI prints it and exits with code 2.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, as the user named it (nil for command-line rules).
    public var file: String?
    /// 1-based line in the file, when the problem is on one line.
    public var line: Int?
    /// The column or key, as written in the file.
    public var field: String?
    /// What is wrong, in the user's terms.
    public var message: String

    public init(file: String? = nil, line: Int? = nil, field: String? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String {
        var place = file ?? ""
        if let line { place += place.isEmpty ? "line \(line)" : ":\(line)" }
        if let field { place += place.isEmpty ? "field '\(field)'" : ": field '\(field)'" }
        return place.isEmpty ? message : "\(place): \(message)"
    }
}
