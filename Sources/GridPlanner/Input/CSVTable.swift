/// A table of text cells: a header row and the records below it, each with the line it
/// started on. CSV files parse into it, and xlsx sheets are turned into it row by row.
struct CSVTable: Sendable, Hashable {
    struct Record: Sendable, Hashable {
        var fields: [String]
        /// 1-based physical line (CSV) or row number (xlsx) where the record starts.
        var line: Int

        /// The field in a column, or "" when the record is shorter than the header.
        subscript(column: Int) -> String { column < fields.count ? fields[column] : "" }
    }

    /// The file as the user named it, for messages.
    var file: String
    var header: [String]
    var headerLine: Int
    var records: [Record]

    /// Builds a table from rows: the first row with any non-blank cell is the header, and
    /// rows whose cells are all blank are dropped. Throws "the file is empty" when no row has text.
    init(file: String, rows: [Record]) throws(InputError) {
        let kept = rows.filter { !$0.fields.allSatisfy { $0.trimmingWhitespace().isEmpty } }
        guard let first = kept.first else { throw InputError(file: file, "the file is empty") }
        self.file = file
        self.header = first.fields
        self.headerLine = first.line
        self.records = Array(kept.dropFirst())
    }

    /// The same table with one of its records as the header, and the rows above it dropped
    /// (for sheets that have a title above the real header).
    func withHeader(atRecord index: Int) -> CSVTable {
        var table = self
        table.header = records[index].fields
        table.headerLine = records[index].line
        table.records = Array(records[(index + 1)...])
        return table
    }
}

// MARK: - CSV parsing

extension CSVTable {
    /// Parses RFC 4180 CSV: quoted fields may hold separators, doubled quotes and line breaks;
    /// lines end in CRLF, LF or CR. The separator is `,`, or `\t` or `;` when the header line
    /// has no comma but one of those. Unquoted fields are trimmed of surrounding whitespace.
    init(parsingCSV text: String, file: String) throws(InputError) {
        let scalars = Array(text.unicodeScalars)
        let separator = Self.detectSeparator(in: scalars)
        var rows: [Record] = []
        var reader = CSVScanner(scalars: scalars, separator: separator)
        while let row = reader.nextRecord() {
            rows.append(row)
        }
        if let unterminated = reader.unterminatedQuote {
            // The header is the first row with text; name the column when we know it.
            let header = rows.first { !$0.fields.allSatisfy { $0.trimmingWhitespace().isEmpty } }
            let isHeaderRow = header == nil || unterminated.recordLine == header?.line
            let field = isHeaderRow ? nil : header.flatMap {
                unterminated.column < $0.fields.count ? $0.fields[unterminated.column] : nil
            }
            throw InputError(file: file, line: unterminated.fieldLine, field: field, "unterminated quote")
        }
        try self.init(file: file, rows: rows)
    }

    /// The separator used in the first line (outside quotes): `,` first, then tab, then `;`.
    static func detectSeparator(in scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var seen: Set<Unicode.Scalar> = []
        var quoted = false
        for scalar in scalars {
            if scalar == "\"" { quoted.toggle(); continue }
            if quoted { continue }
            if scalar == "\n" || scalar == "\r" {
                if seen.isEmpty { continue }  // leading blank lines
                break
            }
            if scalar == "," || scalar == "\t" || scalar == ";" { seen.insert(scalar) }
        }
        for candidate: Unicode.Scalar in [",", "\t", ";"] where seen.contains(candidate) {
            return candidate
        }
        return ","
    }
}

/// Walks the scalars of a CSV text one record at a time, counting physical lines.
private struct CSVScanner {
    struct UnterminatedQuote {
        var fieldLine: Int
        var recordLine: Int
        var column: Int
    }

    let scalars: [Unicode.Scalar]
    let separator: Unicode.Scalar
    var position = 0
    var line = 1
    var unterminatedQuote: UnterminatedQuote?

    init(scalars: [Unicode.Scalar], separator: Unicode.Scalar) {
        self.scalars = scalars
        self.separator = separator
    }

    /// Consumes a line break at the current position, if any (CRLF counts as one).
    private mutating func consumeLineBreak() -> Bool {
        guard position < scalars.count else { return false }
        if scalars[position] == "\r" {
            position += 1
            if position < scalars.count, scalars[position] == "\n" { position += 1 }
        } else if scalars[position] == "\n" {
            position += 1
        } else {
            return false
        }
        line += 1
        return true
    }

    mutating func nextRecord() -> CSVTable.Record? {
        guard position < scalars.count, unterminatedQuote == nil else { return nil }
        let recordLine = line
        var fields: [String] = []
        while true {
            let field = nextField(recordLine: recordLine, column: fields.count)
            fields.append(field)
            if unterminatedQuote != nil { return nil }
            if position < scalars.count, scalars[position] == separator {
                position += 1
                continue
            }
            _ = consumeLineBreak()
            return CSVTable.Record(fields: fields, line: recordLine)
        }
    }

    /// Reads one field and stops before the separator or line break that ends it.
    private mutating func nextField(recordLine: Int, column: Int) -> String {
        var text = String.UnicodeScalarView()
        var wasQuoted = false
        // Unquoted part (and leading whitespace before an opening quote).
        while position < scalars.count {
            let scalar = scalars[position]
            if scalar == separator || scalar == "\n" || scalar == "\r" { break }
            if scalar == "\"", !wasQuoted, String(text).trimmingWhitespace().isEmpty {
                wasQuoted = true
                text = String.UnicodeScalarView()
                let fieldLine = line
                position += 1
                guard readQuoted(into: &text) else {
                    unterminatedQuote = UnterminatedQuote(fieldLine: fieldLine, recordLine: recordLine, column: column)
                    return String(text)
                }
                continue
            }
            if wasQuoted, scalar.properties.isWhitespace {
                // Whitespace between the closing quote and the separator is not part of the field.
                position += 1
                continue
            }
            text.append(scalar)
            position += 1
        }
        return wasQuoted ? String(text) : String(text).trimmingWhitespace()
    }

    /// Reads a quoted body after its opening quote, through the closing quote. False if the text ends first.
    private mutating func readQuoted(into text: inout String.UnicodeScalarView) -> Bool {
        while position < scalars.count {
            let scalar = scalars[position]
            if scalar == "\"" {
                if position + 1 < scalars.count, scalars[position + 1] == "\"" {
                    text.append("\"")
                    position += 2
                    continue
                }
                position += 1
                return true
            }
            if scalar == "\r" || scalar == "\n" {
                text.append("\n")  // a line break inside a field, whatever the file's line ends
                _ = consumeLineBreak()
                continue
            }
            text.append(scalar)
            position += 1
        }
        return false
    }
}
