/// One unit of a level: the top unit, a zone, a leader group, a section, or a grid.
public struct StructureUnit: Sendable, Hashable {
    /// Extends the parent's code, e.g. `DHS-03` for a leader group, `DHS-03-2` for its grid.
    public var code: String
    /// Index into ``Structure/levels``.
    public var level: Int
    /// Index of the parent unit in the level above; nil for the top unit.
    public var parent: Int?
    /// Indices of the children in the level below (for a lowest group: indices into the plan's grids).
    public var children: [Int]
    /// Index into the scenario's households of the unit's centre household.
    public var centre: Int
    /// The area the unit lies in, when all its households share one.
    public var area: String?
    /// A special grid (market, park, firm); never counted against children bounds.
    public var isSpecial: Bool = false
}

/// The nested partition: every grid in exactly one unit of the level above, and so on up to
/// the single top unit. Level 0 is the top; the last level is the grids, whose units follow
/// the order of ``Plan/grids``.
public struct Structure: Sendable, Hashable {
    /// Id of each level, top first, grids last.
    public var levelIDs: [String]
    /// Display name of each level.
    public var levelNames: [String]
    public var units: [[StructureUnit]]

    public init(levelIDs: [String], levelNames: [String], units: [[StructureUnit]]) {
        self.levelIDs = levelIDs
        self.levelNames = levelNames
        self.units = units
    }

    public var gridLevel: Int { levelIDs.count - 1 }

    public func level(named id: String) -> Int? { levelIDs.firstIndex(of: id) }

    /// The unit with `code`, as (level, index).
    public func locate(code: String) -> (level: Int, index: Int)? {
        for (l, units) in units.enumerated() {
            if let i = units.firstIndex(where: { $0.code == code }) { return (l, i) }
        }
        return nil
    }

    /// The units of `level` at or below the unit (`ancestorLevel`, `ancestor`), as indices.
    func descendants(of ancestor: Int, at ancestorLevel: Int, downTo level: Int) -> [Int] {
        var current = [ancestor]
        var l = ancestorLevel
        while l < level {
            current = current.flatMap { units[l][$0].children }
            l += 1
        }
        return current
    }

    /// The ancestor at `level` of unit `index` of `unitLevel` (the unit itself when the levels match).
    func ancestor(of index: Int, at unitLevel: Int, upTo level: Int) -> Int? {
        guard level <= unitLevel else { return nil }
        var i = index, l = unitLevel
        while l > level {
            guard let p = units[l][i].parent else { return nil }
            i = p
            l -= 1
        }
        return i
    }
}
