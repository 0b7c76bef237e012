import Logging

/// The library's loggers. The CLI decides where they write and at which level.
enum Log {
    static let planner = Logger(label: "gridplanner")
    /// GLPK's own terminal output, routed here instead of stdout.
    static let glpk = Logger(label: "gridplanner.glpk")
}
