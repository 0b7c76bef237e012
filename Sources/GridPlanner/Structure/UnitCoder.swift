/// Gives every unit of a structure a code that extends its parent's (一格一码 all the way up):
/// the top unit takes the scenario code, each child its level's pattern with `{parent}`, numbered
/// among its siblings by area, then west to east, then north to south by centre household.
///
/// With `keptGridCodes`, grids keep their codes and the units above skip numbers whose code is
/// among them.
struct UnitCoder {
    let rules: StructureRules
    let scenario: Scenario
    var keptGridCodes: Set<String>?

    /// Codes every unit, renames the plan's grids to match, and puts grids (and grid units) in
    /// code order: depth first through the structure.
    func assignCodes(_ structure: inout Structure, grids: inout [Grid]) throws(RulesError) {
        let gridLevel = structure.gridLevel
        let gridRules = scenario.rules
        // Grid codes extend their parent's when the pattern asks for it, or when it is the default
        // and there are levels in between; otherwise the grids keep the codes they have.
        let defaultGridPattern = Rules().codePattern
        let regularPattern: String? = gridRules.codePattern.contains("{parent}") ? gridRules.codePattern
            : (gridRules.codePattern == defaultGridPattern && !rules.levels.isEmpty ? "{parent}-{n:02}" : nil)
        let specialPattern: String? = gridRules.specialCodePattern.contains("{parent}") ? gridRules.specialCodePattern : nil

        structure.units[0][0].code = scenario.code
        for level in 1...gridLevel {
            for p in structure.units[level - 1].indices {
                let parent = structure.units[level - 1][p]
                let ordered = parent.children.sorted { before(structure.units[level][$0], structure.units[level][$1]) }
                var regular = 0, special = 0
                for c in ordered {
                    let unit = structure.units[level][c]
                    let pattern: String?
                    let number: Int
                    if unit.isSpecial { special += 1; number = special } else { regular += 1; number = regular }
                    if level == gridLevel { pattern = keptGridCodes == nil ? (unit.isSpecial ? specialPattern : regularPattern) : nil }
                    else { pattern = rules.levels[level - 1].codePattern }
                    guard let pattern else { continue }
                    let filled = pattern.replacingOccurrences(of: "{parent}", with: parent.code)
                    var code = GridCoder.format(filled, code: scenario.code, number: number, area: unit.area)
                    while let kept = keptGridCodes, kept.contains(code) {
                        if unit.isSpecial { special += 1 } else { regular += 1 }
                        let next = GridCoder.format(filled, code: scenario.code, number: unit.isSpecial ? special : regular, area: unit.area)
                        guard next != code else {
                            throw RulesError("unit code '\(code)' is a grid's; make levels.\(rules.levels[level - 1].id).code_pattern number units with {n}")
                        }
                        code = next
                    }
                    structure.units[level][c].code = code
                }
                structure.units[level - 1][p].children = ordered
            }
            var seen: [String: Int] = [:]
            for unit in structure.units[level] {
                if seen[unit.code] != nil {
                    let pattern = level == gridLevel ? "code_pattern" : "levels.\(rules.levels[level - 1].id).code_pattern"
                    throw RulesError("two units get the code '\(unit.code)'; make \(pattern) number units with {n}")
                }
                seen[unit.code] = 1
            }
        }
        reorder(&structure, grids: &grids)
    }

    private func before(_ a: StructureUnit, _ b: StructureUnit) -> Bool {
        if a.isSpecial != b.isSpecial { return !a.isSpecial }
        if (a.area ?? "") != (b.area ?? "") { return (a.area ?? "") < (b.area ?? "") }
        let pa = scenario.households[a.centre].location, pb = scenario.households[b.centre].location
        if pa.x != pb.x { return pa.x < pb.x }
        if pa.y != pb.y { return pa.y > pb.y }
        return a.centre < b.centre
    }

    /// Puts every level's units in depth-first order of the (now sorted) children lists.
    private func reorder(_ structure: inout Structure, grids: inout [Grid]) {
        var order: [Int] = [0]
        for level in 1..<structure.units.count {
            order = order.flatMap { structure.units[level - 1][$0].children }
            var newIndex = [Int](repeating: -1, count: order.count)
            for (k, old) in order.enumerated() { newIndex[old] = k }
            structure.units[level] = order.map { structure.units[level][$0] }
            for p in structure.units[level - 1].indices {
                structure.units[level - 1][p].children = structure.units[level - 1][p].children.map { newIndex[$0] }
            }
            for u in structure.units[level].indices {
                for c in structure.units[level][u].children where level + 1 < structure.units.count {
                    structure.units[level + 1][c].parent = u
                }
            }
            if level == structure.gridLevel {
                grids = order.map { grids[$0] }
                for (g, unit) in structure.units[level].enumerated() { grids[g].code = unit.code }
            }
            order = Array(structure.units[level].indices)
        }
    }
}
