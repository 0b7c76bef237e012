import Foundation

/// Cheap checks, before any solver runs, that the rules can be met; and the grid count each
/// area gets. Problems are explained in the user's terms.
struct GridCountCheck {
    struct Layout {
        var total: Int
        /// Grids per area, in the order of ``GridBlocks/areas``.
        var perArea: [Int]
    }

    let blocks: GridBlocks
    let rules: Rules
    /// "households", "residents" or "weight".
    let unit: String

    private var bounds: ValueRange { rules.gridSize }
    private var range: String { bounds.description }

    func resolve() throws(RulesError) -> Layout {
        guard bounds.upper > 0 else { throw RulesError("grid size \(range): the maximum must be above 0") }
        try checkBlocks()
        let limits = try blocks.areas.map { area throws(RulesError) in try countRange(of: area) }
        let fewest = limits.reduce(0) { $0 + $1.lowerBound }, most = limits.reduce(0) { $0 + $1.upperBound }
        let total = blocks.areas.reduce(0) { $0 + $1.size }
        let sizeText = "\(Self.count(total)) \(unit)"
        let wanted: ClosedRange<Int>
        switch rules.gridCount {
        case .exact(let n): wanted = n...n
        case .range(let r): wanted = r
        case .derived:
            let middle = (bounds.lower + bounds.upper) / 2
            let n = Int((total / max(middle, 1e-9)).rounded())
            wanted = min(max(n, fewest), most)...min(max(n, fewest), most)
        }
        guard wanted.lowerBound >= 1 else { throw RulesError("the number of grids must be at least 1") }
        if wanted.upperBound < fewest {
            let grids = wanted.upperBound
            let most = Double(grids) * bounds.upper
            throw RulesError(blocks.areas.count > 1 && fewest > Int((total / bounds.upper).rounded(.up))
                ? "\(sizeText) in \(blocks.areas.count) areas need at least \(fewest) grids of at most \(ValueRange.format(bounds.upper)), not \(grids)"
                : "\(sizeText) do not fit in \(grids) grids of at most \(ValueRange.format(bounds.upper)) (they hold \(Self.count(most)))")
        }
        if wanted.lowerBound > most {
            let grids = wanted.lowerBound
            throw RulesError("\(sizeText) cannot fill \(grids) grids of at least \(ValueRange.format(bounds.lower)) (that needs \(Self.count(Double(grids) * bounds.lower))); at most \(most) grids fit")
        }
        let chosen: Int
        if wanted.lowerBound == wanted.upperBound { chosen = wanted.lowerBound } else {
            let middle = (bounds.lower + bounds.upper) / 2
            let n = Int((total / max(middle, 1e-9)).rounded())
            chosen = min(max(n, max(fewest, wanted.lowerBound)), min(most, wanted.upperBound))
        }
        return Layout(total: chosen, perArea: allocate(chosen, limits: limits))
    }

    /// Every kin group must fit in one grid.
    private func checkBlocks() throws(RulesError) {
        for area in blocks.areas {
            for block in area.blocks where block.size > bounds.upper + loadTolerance {
                let name = block.kinGroup.map { "kin group '\($0)' (\(block.members.count) households)" } ?? "one household"
                throw RulesError("\(name) has a size of \(Self.count(block.size)) \(unit), more than a grid of \(range) holds; raise the bound or set keep_kin_groups: false")
            }
        }
    }

    /// The grid counts an area can take: enough grids to hold it, few enough to fill them.
    private func countRange(of area: GridBlocks.AreaGroup) throws(RulesError) -> ClosedRange<Int> {
        let size = area.size
        let fewest = Int((size / bounds.upper - 1e-9).rounded(.up))
        var most = bounds.lower > 0 ? Int((size / bounds.lower + 1e-9).rounded(.down)) : area.blocks.count
        most = min(most, area.blocks.count)
        if max(fewest, 1) > most {
            let name = area.name.map { "area '\($0)'" } ?? "the scenario"
            throw RulesError("\(name) has \(Self.count(size)) \(unit): no grid of \(range) fits")
        }
        return max(fewest, 1)...most
    }

    /// Shares `total` grids among areas in proportion to their size, within each area's limits.
    private func allocate(_ total: Int, limits: [ClosedRange<Int>]) -> [Int] {
        let sizes = blocks.areas.map(\.size)
        let all = sizes.reduce(0, +)
        var counts = limits.indices.map { a in
            min(max(Int((Double(total) * sizes[a] / max(all, 1e-9)).rounded()), limits[a].lowerBound), limits[a].upperBound)
        }
        while counts.reduce(0, +) > total {
            let a = counts.indices.filter { counts[$0] > limits[$0].lowerBound }
                .min { sizes[$0] / Double(counts[$0]) < sizes[$1] / Double(counts[$1]) }!
            counts[a] -= 1
        }
        while counts.reduce(0, +) < total {
            let a = counts.indices.filter { counts[$0] < limits[$0].upperBound }
                .max { sizes[$0] / Double(counts[$0]) < sizes[$1] / Double(counts[$1]) }!
            counts[a] += 1
        }
        return counts
    }

    /// 1304 -> "1,304"; fractional values keep one decimal.
    static func count(_ value: Double) -> String {
        if value != value.rounded() { return String(format: "%.1f", value) }
        let digits = String(Int(value))
        var out = ""
        for (k, ch) in digits.reversed().enumerated() {
            if k > 0 && k % 3 == 0 && ch != "-" { out.append(",") }
            out.append(ch)
        }
        return String(out.reversed())
    }
}
