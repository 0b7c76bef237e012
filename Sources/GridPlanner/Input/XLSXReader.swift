import Foundation
import ZIPFoundation

/// Reads one sheet of an Excel workbook (.xlsx: a ZIP of XML parts) into a ``CSVTable``
/// whose line numbers are Excel's row numbers.
///
/// Cells are placed by their reference (`AB12`), so empty cells in between become empty fields.
/// Shared and inline strings are read as text, booleans as TRUE/FALSE, and whole numbers without
/// a decimal part (`1001`, not `1001.0`); other numbers keep the digits Excel stored.
enum XLSXReader {
    /// No part of a village's workbook comes near this; it stops a ZIP bomb from filling memory.
    static let largestPart: UInt64 = 256 << 20
    /// Excel's last column, XFD.
    static let columnLimit = 16_384

    static func read(url: URL, file: String, sheet sheetName: String? = nil) throws(InputError) -> CSVTable {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw InputError(file: file, "cannot open the workbook: it is not an .xlsx file (not a ZIP archive)")
        }
        let package = WorkbookPackage(archive: archive, file: file)
        let workbookPath = try package.workbookPath()
        let relations = try package.relationships(of: workbookPath)
        let sheetPath = try package.sheetPath(named: sheetName, workbookPath: workbookPath, relations: relations)
        let sharedStrings = try package.sharedStrings(relations: relations)
        let sheet = try package.element(at: sheetPath)
        let rows = try readRows(of: sheet, sharedStrings: sharedStrings, file: file)
        return try CSVTable(file: file, rows: rows)
    }

    static func readRows(
        of worksheet: MarkupElement, sharedStrings: [String], file: String
    ) throws(InputError) -> [CSVTable.Record] {
        guard let sheetData = worksheet.firstChild(named: "sheetData") else { return [] }
        var records: [CSVTable.Record] = []
        var previousRow = 0
        for row in sheetData.children(named: "row") {
            var rowNumber = previousRow + 1
            if let written = row.attributes["r"] {
                guard let number = Int(written), number >= 1 else {
                    throw InputError(file: file, line: rowNumber, "bad row number '\(written)' in the sheet")
                }
                rowNumber = number
            }
            previousRow = rowNumber
            var fields: [String] = []
            for cell in row.children(named: "c") {
                var column = fields.count
                if let reference = cell.attributes["r"] {
                    guard let place = CellReference(reference), place.column < columnLimit else {
                        throw InputError(file: file, line: rowNumber, "bad cell reference '\(reference)' in the sheet")
                    }
                    column = place.column
                }
                let value = try cellText(cell, sharedStrings: sharedStrings, file: file, row: rowNumber)
                if column >= fields.count {
                    fields.append(contentsOf: repeatElement("", count: column - fields.count + 1))
                }
                fields[column] = value
            }
            records.append(CSVTable.Record(fields: fields, line: rowNumber))
        }
        return records
    }

    static func cellText(
        _ cell: MarkupElement, sharedStrings: [String], file: String, row: Int
    ) throws(InputError) -> String {
        let raw = cell.firstChild(named: "v")?.text ?? ""
        switch cell.attributes["t"] ?? "n" {
        case "s":
            guard let index = Int(raw.trimmingWhitespace()), sharedStrings.indices.contains(index) else {
                let place = cell.attributes["r"].map { "cell \($0)" } ?? "a cell"
                throw InputError(
                    file: file, line: row, "\(place) refers to a shared string that the workbook does not have")
            }
            return sharedStrings[index]
        case "inlineStr":
            return cell.firstChild(named: "is").map(richText) ?? raw
        case "b":
            return raw.trimmingWhitespace() == "1" ? "TRUE" : "FALSE"
        case "n":
            return numberText(raw)
        default:  // "str" (a formula's text), "e" (an error such as #N/A), "d" (an ISO date)
            return raw
        }
    }

    /// Whole numbers as integers (Excel may store 1001 as `1001` or `1.001E3`), others as stored.
    static func numberText(_ raw: String) -> String {
        let trimmed = raw.trimmingWhitespace()
        guard let value = Double(trimmed), value.isFinite else { return trimmed }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return trimmed
    }

    /// The text of a string item (`<si>` or `<is>`): plain `<t>` or rich-text runs `<r><t>`,
    /// leaving out phonetic guides (`<rPh>`).
    static func richText(_ item: MarkupElement) -> String {
        var text = ""
        for child in item.children {
            switch child.name {
            case "t": text += child.text
            case "r": text += child.children(named: "t").map(\.text).joined()
            default: break
            }
        }
        return text
    }
}

/// A cell reference such as `B7` or `AB12` (a `$` for absolute references is allowed).
struct CellReference: Hashable, Sendable {
    /// 0-based: A is 0, Z is 25, AA is 26.
    var column: Int
    /// 1-based, as Excel shows it.
    var row: Int

    init?(_ text: String) {
        var column = 0
        var letters = 0
        var digits = ""
        for scalar in text.unicodeScalars where scalar != "$" {
            if digits.isEmpty, let letter = Self.letterValue(scalar) {
                guard letters < 3 else { return nil }
                column = column * 26 + letter
                letters += 1
            } else if scalar.properties.numericType == .decimal, scalar.isASCII {
                digits.unicodeScalars.append(scalar)
            } else {
                return nil
            }
        }
        guard letters > 0, let row = Int(digits), row >= 1 else { return nil }
        self.column = column - 1
        self.row = row
    }

    private static func letterValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 65...90: Int(scalar.value) - 64  // A-Z
        case 97...122: Int(scalar.value) - 96  // a-z
        default: nil
        }
    }
}

/// The parts of an xlsx package and the relationships that tie them together.
private struct WorkbookPackage {
    let archive: Archive
    let file: String

    func data(at path: String) throws(InputError) -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.uncompressedSize <= XLSXReader.largestPart else {
            throw InputError(file: file, "the workbook part \(path) is too large to read")
        }
        var data = Data()
        do {
            _ = try archive.extract(entry) { chunk in
                data.append(chunk)
                if data.count > XLSXReader.largestPart { throw Archive.ArchiveError.invalidEntrySize }
            }
        } catch {
            throw InputError(file: file, "the workbook is damaged: cannot unpack \(path)")
        }
        return data
    }

    func element(at path: String) throws(InputError) -> MarkupElement {
        guard let data = try data(at: path) else {
            throw InputError(file: file, "the workbook is damaged: it has no \(path)")
        }
        guard let root = MarkupElement.parse(data) else {
            throw InputError(file: file, "the workbook is damaged: \(path) is not well-formed XML")
        }
        return root
    }

    /// Relationship targets by id, resolved to package paths, from the rels part of `partPath`.
    typealias Relationship = (id: String, type: String, path: String)

    func relationships(of partPath: String) throws(InputError) -> [Relationship] {
        let directory = partPath.split(separator: "/").dropLast().joined(separator: "/")
        let relsPath = (directory.isEmpty ? "" : directory + "/") + "_rels/"
            + (partPath.split(separator: "/").last.map(String.init) ?? "") + ".rels"
        guard archive[relsPath] != nil else { return [] }
        let root = try element(at: relsPath)
        return root.children(named: "Relationship").compactMap { relation in
            guard let id = relation.attributes["Id"], let target = relation.attributes["Target"] else { return nil }
            return (id, relation.attributes["Type"] ?? "", Self.resolve(target, from: directory))
        }
    }

    /// Resolves a relationship target against the folder of the part that names it.
    static func resolve(_ target: String, from directory: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : directory.split(separator: "/")
        for piece in target.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(piece)
            }
        }
        return parts.joined(separator: "/")
    }

    func workbookPath() throws(InputError) -> String {
        let rootRelations = try relationships(of: "")
        return rootRelations.first { $0.type.hasSuffix("/officeDocument") }?.path ?? "xl/workbook.xml"
    }

    func sheetPath(
        named wanted: String?, workbookPath: String, relations: [Relationship]
    ) throws(InputError) -> String {
        let workbook = try element(at: workbookPath)
        let sheetElements = workbook.firstChild(named: "sheets")?.children(named: "sheet") ?? []
        let sheets = sheetElements.compactMap { sheet -> (name: String, id: String)? in
            guard let name = sheet.attributes["name"], let id = sheet.attributes["id"] else { return nil }
            return (name, id)
        }
        guard !sheets.isEmpty else { throw InputError(file: file, "the workbook has no sheets") }
        var chosen = sheets[0]
        if let wanted {
            let key = wanted.trimmingWhitespace()
            guard let match = sheets.first(where: { $0.name == key })
                ?? sheets.first(where: { $0.name.trimmingWhitespace().lowercased() == key.lowercased() })
            else {
                let names = sheets.map { "'\($0.name)'" }.joined(separator: ", ")
                throw InputError(file: file, "the workbook has no sheet named '\(wanted)' (its sheets: \(names))")
            }
            chosen = match
        }
        guard let relation = relations.first(where: { $0.id == chosen.id }) else {
            throw InputError(file: file, "the workbook is damaged: sheet '\(chosen.name)' has no part")
        }
        return relation.path
    }

    func sharedStrings(relations: [Relationship]) throws(InputError) -> [String] {
        let path = relations.first { $0.type.hasSuffix("/sharedStrings") }?.path ?? "xl/sharedStrings.xml"
        guard archive[path] != nil else { return [] }
        return try element(at: path).children(named: "si").map(XLSXReader.richText)
    }
}
