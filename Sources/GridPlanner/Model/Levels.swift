/// One level of the structure above the grids: leader groups, zones, sections, districts.
///
/// A level either groups the units below it into compact units (with a bound on each unit's
/// children, an exact number of units, or both), or follows the households' `area` column:
/// its units are then the areas.
public struct Level: Sendable, Hashable {
    /// Identifier used by posts and coverage rules, e.g. `leader_group`, `zone`, `section`.
    public var id: String
    /// Display name, e.g. 分网格 or 片区.
    public var name: String
    /// How many children (units of the level below) each unit holds.
    public var children: ClosedRange<Int>?
    /// Exact number of units of this level.
    public var count: Int?
    /// The units are the households' areas.
    public var followsArea: Bool
    /// Units do not cross area borders.
    public var withinArea: Bool
    /// Code of each unit: `{parent}` the code of the unit above, `{code}` the scenario code,
    /// `{area}` the area, `{n}` / `{n:02}` the number among its siblings.
    public var codePattern: String

    public init(id: String, name: String? = nil, children: ClosedRange<Int>? = nil, count: Int? = nil,
                followsArea: Bool = false, withinArea: Bool = false, codePattern: String = Level.defaultCodePattern) {
        self.id = id
        self.name = name ?? id
        self.children = children
        self.count = count
        self.followsArea = followsArea
        self.withinArea = withinArea
        self.codePattern = codePattern
    }

    public static let defaultCodePattern = "{parent}-{n:02}"
    /// The whole scenario: the unit the chief serves.
    public static let topID = "top"
    /// The grids themselves.
    public static let gridID = "grid"
}

/// The levels of a scenario's structure, from the one just below the top down to the one just
/// above the grids. Empty: the grids sit directly under the top unit.
public struct StructureRules: Sendable, Hashable {
    public var levels: [Level]
    /// Display name of the top unit (the village or community as a whole).
    public var topName: String

    public init(levels: [Level] = [], topName: String = "总网格") {
        self.levels = levels
        self.topName = topName
    }

    /// Level ids a post may name, top first: `top`, each level, `grid`.
    public var levelIDs: [String] { [Level.topID] + levels.map(\.id) + [Level.gridID] }
}
