/// Which column of a households file holds what, decided from its header.
struct HouseholdColumnLayout {
    /// Column index for each canonical column the header has.
    private(set) var indices: [HouseholdColumn: Int] = [:]
    let header: [String]

    /// Maps each header cell to a canonical column. When two headers mean one column the more
    /// specific alias wins (`户号` over `编号`); the same header twice is an error.
    init(header: [String], file: String, headerLine: Int) throws(InputError) {
        self.header = header
        var ranks: [HouseholdColumn: Int] = [:]
        for (index, cell) in header.enumerated() {
            guard let match = ColumnAliases.match(cell) else { continue }
            if let earlier = indices[match.column], let rank = ranks[match.column] {
                if match.rank == rank {
                    let meaning = match.column.rawValue
                    throw InputError(
                        file: file, line: headerLine, field: cell.trimmingWhitespace(),
                        "columns \(earlier + 1) and \(index + 1) both mean '\(meaning)'; remove or rename one")
                }
                let (kept, dropped) = match.rank < rank ? (index, earlier) : (earlier, index)
                Log.planner.notice("""
                    \(file): using column '\(name(at: kept))' as \(match.column.rawValue), \
                    ignoring '\(name(at: dropped))'
                    """)
                if kept == earlier { continue }
            }
            indices[match.column] = index
            ranks[match.column] = match.rank
        }
    }

    func index(of column: HouseholdColumn) -> Int? { indices[column] }

    func has(_ column: HouseholdColumn) -> Bool { indices[column] != nil }

    /// The header of a column as the user wrote it (the canonical name if the file lacks it).
    func name(of column: HouseholdColumn) -> String {
        indices[column].map(name(at:)) ?? column.rawValue
    }

    private func name(at index: Int) -> String {
        header[index].trimmingWhitespace()
    }

    /// The headers as written, for telling the user what was found.
    var foundColumns: String {
        let names = header.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        return names.isEmpty ? "none" : names.map(HouseholdRow.shown).joined(separator: ", ")
    }
}
