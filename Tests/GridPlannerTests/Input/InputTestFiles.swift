import Foundation
import ZIPFoundation

/// Temporary files for input tests, each in a folder of its own that `remove()` deletes.
struct InputTestFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("gridplanner-input-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func write(_ data: Data, named name: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try data.write(to: file)
        return file
    }

    func write(_ text: String, named name: String) throws -> URL {
        try write(Data(text.utf8), named: name)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// A minimal xlsx package written part by part, as Excel lays it out.
struct WorkbookFixture {
    struct Sheet {
        var name: String
        /// The `<sheetData>` content: `<row>` elements.
        var rows: String
        /// Where the workbook's relationship points (relative to xl/ or absolute).
        var target: String
    }

    var sheets: [Sheet] = []
    /// `<si>` elements' content, in order: index 0 is the first shared string.
    var sharedStrings: [String] = []

    mutating func addSheet(_ name: String, rows: String, target: String? = nil) {
        sheets.append(Sheet(name: name, rows: rows, target: target ?? "worksheets/sheet\(sheets.count + 1).xml"))
    }

    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    var parts: [(path: String, xml: String)] {
        let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        var parts: [(String, String)] = []
        parts.append(("[Content_Types].xml", header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#))
        parts.append(("_rels/.rels", header + #"<Relationships xmlns="\#(Self.packageNamespace)"><Relationship Id="rId1" Type="\#(Self.relationshipNamespace)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#))
        let sheetList = sheets.enumerated().map { index, sheet in
            #"<sheet name="\#(sheet.name)" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }.joined()
        parts.append(("xl/workbook.xml", header + #"<workbook xmlns="\#(Self.mainNamespace)" xmlns:r="\#(Self.relationshipNamespace)"><sheets>\#(sheetList)</sheets></workbook>"#))
        var relations = sheets.enumerated().map { index, sheet in
            #"<Relationship Id="rId\#(index + 1)" Type="\#(Self.relationshipNamespace)/worksheet" Target="\#(sheet.target)"/>"#
        }.joined()
        relations += #"<Relationship Id="rIdStrings" Type="\#(Self.relationshipNamespace)/sharedStrings" Target="sharedStrings.xml"/>"#
        parts.append(("xl/_rels/workbook.xml.rels", header + #"<Relationships xmlns="\#(Self.packageNamespace)">\#(relations)</Relationships>"#))
        for sheet in sheets {
            let path = sheet.target.hasPrefix("/") ? String(sheet.target.dropFirst()) : "xl/" + sheet.target
            parts.append((path, header + #"<worksheet xmlns="\#(Self.mainNamespace)"><sheetData>\#(sheet.rows)</sheetData></worksheet>"#))
        }
        let items = sharedStrings.map { "<si>\($0)</si>" }.joined()
        parts.append(("xl/sharedStrings.xml", header + #"<sst xmlns="\#(Self.mainNamespace)" count="\#(sharedStrings.count)" uniqueCount="\#(sharedStrings.count)">\#(items)</sst>"#))
        return parts
    }

    func write(to url: URL) throws {
        let archive = try Archive(url: url, accessMode: .create)
        for part in parts {
            let data = Data(part.xml.utf8)
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }
}
