import ArgumentParser
import Foundation
import GridPlanner

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Writes a plan's paperwork: CSV for Excel, GeoJSON, an SVG map or the HTML report.",
        discussion: """
            Reads DIR/plan.json, the households file it names and DIR/staffing.csv when the plan \
            is staffed (staff columns are blank otherwise). Files go into DIR unless --out says \
            otherwise: csv → households-by-grid.csv, grid-ledger.csv, staff-list.csv (--out is a \
            folder); geojson → plan.geojson; svg → map.svg; html → report.html. \
            Degrees in, WGS84 longitude/latitude out (--crs gcj02|bd09 for Chinese web maps); \
            metres in, metres out. Residents' own phone and ID numbers are never written. \
            See docs/exports.md.
            """)

    @Argument(help: "Plan folder (made by planner plan or planner redensify).")
    var plan: String

    @Option(help: "csv, geojson, svg or html; repeat or separate with commas for several.")
    var format: [String] = ["html"]

    @Option(help: "Language of headers and captions: zh or en.")
    var lang: String = "zh"

    @Option(help: "CSV encoding: utf-8 (with BOM) or gbk (older Excel).")
    var encoding: String = "utf-8"

    @Option(help: "Datum of GeoJSON longitude/latitude: wgs84, gcj02 (Amap, Tencent) or bd09 (Baidu).")
    var crs: String = "wgs84"

    @Option(help: "Households file, when the one plan.json names has moved.")
    var households: String?

    @Option(help: "Output file (single-file formats) or folder (csv); default the plan folder.")
    var out: String?

    func validate() throws {
        for f in formats where PlanExporter.Format(rawValue: f) == nil {
            throw ValidationError("--format '\(f)' is not one of csv, geojson, svg, html")
        }
        if ExportLanguage(rawValue: lang) == nil { throw ValidationError("--lang '\(lang)' is not zh or en") }
        if SpreadsheetEncoding(rawValue: encoding.lowercased()) == nil { throw ValidationError("--encoding '\(encoding)' is not utf-8 or gbk") }
        if CoordinateSystem(rawValue: crs.lowercased()) == nil { throw ValidationError("--crs '\(crs)' is not one of wgs84, gcj02, bd09") }
        if out != nil && formats.count > 1 { throw ValidationError("--out takes one format at a time") }
    }

    var formats: [String] {
        format.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() } }
    }

    func run() throws {
        try Exit.guarding {
            let folder = URL(fileURLWithPath: plan)
            let staffed = try StaffedPlan.read(folder: folder, households: households.map { URL(fileURLWithPath: $0) })
            var exporter = PlanExporter()
            exporter.language = ExportLanguage(rawValue: lang)!
            exporter.encoding = SpreadsheetEncoding(rawValue: encoding.lowercased())!
            exporter.datum = CoordinateSystem(rawValue: crs.lowercased())!
            for f in formats {
                let written = try exporter.write(PlanExporter.Format(rawValue: f)!, for: staffed, folder: folder,
                                                 out: out.map { URL(fileURLWithPath: $0) })
                for path in written { print("written: \(path)") }
            }
        }
    }
}
