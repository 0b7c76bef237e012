/// Codes for a re-densified plan (一格一码, keeping history readable): a new grid that is the
/// only heir of an old grid keeps the old code; the several grids split from old grid `07` are
/// `07-1`, `07-2`, ... (west to east), from ``pattern`` with `{parent}` and `{k}`; a grid
/// with no old household gets the rules' pattern with a fresh number.
public struct DerivedGridCodes: Sendable {
    public static let defaultPattern = "{parent}-{k}"
    public var pattern: String = DerivedGridCodes.defaultPattern

    public init(pattern: String = DerivedGridCodes.defaultPattern) {
        self.pattern = pattern
    }

    /// Sets the codes of the grids at `indices` in `plan` (the re-planned ones), given each
    /// grid's parent old code; `taken` are codes already in use (kept grids).
    func assign(_ plan: inout Plan, indices: [Int], parentOf: [Int: String], taken: Set<String>) {
        let households = plan.scenario.households
        func westToEast(_ a: Int, _ b: Int) -> Bool {
            let pa = households[plan.grids[a].centre].location, pb = households[plan.grids[b].centre].location
            return pa.x < pb.x || (pa.x == pb.x && (pa.y > pb.y || (pa.y == pb.y && a < b)))
        }
        var children: [String: [Int]] = [:]
        var orphans: [Int] = []
        for g in indices {
            if let parent = parentOf[g] { children[parent, default: []].append(g) } else { orphans.append(g) }
        }
        var used = taken
        func unique(_ code: String) -> String {
            var candidate = code, extra = 1
            while used.contains(candidate) { extra += 1; candidate = "\(code)~\(extra)" }
            used.insert(candidate)
            return candidate
        }
        for parent in children.keys.sorted(by: GridCodeOrder.precedes) {
            let grids = children[parent]!.sorted(by: westToEast)
            if grids.count == 1 {
                plan.grids[grids[0]].code = unique(parent)
            } else {
                for (k, g) in grids.enumerated() {
                    plan.grids[g].code = unique(pattern.replacingOccurrences(of: "{parent}", with: parent)
                        .replacingOccurrences(of: "{k}", with: String(k + 1)))
                }
            }
        }
        for (n, g) in orphans.sorted(by: westToEast).enumerated() {
            plan.grids[g].code = unique(GridCoder.format(plan.scenario.rules.codePattern, code: plan.scenario.code + "-N",
                                                          number: n + 1, area: plan.grids[g].area))
        }
    }
}
