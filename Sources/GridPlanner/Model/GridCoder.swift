/// Gives every grid its code (一格一码) from the rules' pattern, numbering grids in a stable
/// order: by area, then west to east, then north to south by centre household.
public enum GridCoder {
    public static func assignCodes(_ plan: inout Plan) {
        let households = plan.scenario.households
        let order = plan.grids.indices.sorted { a, b in
            let ga = plan.grids[a], gb = plan.grids[b]
            if ga.isSpecial != gb.isSpecial { return !ga.isSpecial }
            if (ga.area ?? "") != (gb.area ?? "") { return (ga.area ?? "") < (gb.area ?? "") }
            let pa = households[ga.centre].location, pb = households[gb.centre].location
            if pa.x != pb.x { return pa.x < pb.x }
            if pa.y != pb.y { return pa.y > pb.y }
            return ga.centre < gb.centre
        }
        var grids: [Grid] = []
        var regular = 0, special = 0
        let width = String(max(plan.grids.count, 1)).count
        for g in order {
            var grid = plan.grids[g]
            let number: Int
            if grid.isSpecial { special += 1; number = special } else { regular += 1; number = regular }
            let pattern = grid.isSpecial ? plan.scenario.rules.specialCodePattern : plan.scenario.rules.codePattern
            grid.code = format(pattern, code: plan.scenario.code, number: number, area: grid.area, width: width)
            grids.append(grid)
        }
        plan.grids = grids
    }

    /// Fills `{code}`, `{area}`, `{n}` and `{n:0W}` (zero-padded to W digits).
    public static func format(_ pattern: String, code: String, number: Int, area: String?, width: Int = 2) -> String {
        var out = pattern.replacingOccurrences(of: "{code}", with: code)
            .replacingOccurrences(of: "{area}", with: area ?? "")
        while let open = out.range(of: "{n"), let close = out[open.upperBound...].firstIndex(of: "}") {
            let spec = out[open.upperBound..<close]
            var text = String(number)
            if spec.hasPrefix(":0"), let w = Int(spec.dropFirst(2)) { text = String(repeating: "0", count: max(0, w - text.count)) + text }
            out.replaceSubrange(open.lowerBound...close, with: text)
        }
        return out
    }
}
