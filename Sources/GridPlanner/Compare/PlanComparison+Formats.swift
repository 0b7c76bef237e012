import Foundation

extension PlanComparison {
    public enum Format: String, Sendable, CaseIterable {
        case text, csv, json, markdown
    }

    public func rendered(_ format: Format) -> String {
        switch format {
        case .text:
            let table = [["measure"] + names] + rows.map { [$0.measure] + $0.values }
            let widths = (0..<table[0].count).map { c in table.map { $0[c].terminalWidth }.max() ?? 0 }
            return table.map { row in
                row.enumerated().map { c, cell in
                    c == 0 ? cell.padded(toWidth: widths[c])
                           : String(repeating: " ", count: widths[c] - cell.terminalWidth) + cell
                }.joined(separator: "  ")
            }.joined(separator: "\n") + "\n"
        case .csv:
            return csvText([["measure"] + names] + rows.map { [$0.measure] + $0.values })
        case .markdown:
            var out = "| measure | " + names.joined(separator: " | ") + " |\n"
            out += "|---|" + names.map { _ in "---:|" }.joined() + "\n"
            for row in rows { out += "| \(row.measure) | " + row.values.joined(separator: " | ") + " |\n" }
            return out
        case .json:
            let plans = names.indices.map { p in
                "  {\"plan\":\(jsonString(names[p])),"
                    + rows.map { "\(jsonString($0.measure.replacingOccurrences(of: " %", with: " pct").replacingOccurrences(of: " ", with: "_"))):\(jsonValue($0.values[p]))" }
                        .joined(separator: ",") + "}"
            }
            return "[\n" + plans.joined(separator: ",\n") + "\n]\n"
        }
    }

    private func jsonValue(_ text: String) -> String {
        text == "-" ? "null" : (Double(text) != nil ? text : jsonString(text))
    }
}
