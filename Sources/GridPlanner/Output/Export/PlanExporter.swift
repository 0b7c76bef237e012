import Foundation

/// Writes a plan's paperwork: CSV for Excel, GeoJSON, an SVG map or the HTML report.
public struct PlanExporter: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case csv, geojson, svg, html
    }

    public var language: ExportLanguage = .zh
    public var encoding: SpreadsheetEncoding = .utf8
    /// Datum of GeoJSON longitude/latitude (plans read in degrees only).
    public var datum: CoordinateSystem = .wgs84

    public init() {}

    /// The files one format makes, by file name, as bytes.
    public func files(_ format: Format, for staffed: StaffedPlan) throws(InputError) -> [(name: String, data: Data)] {
        let labels = language.labels
        switch format {
        case .csv:
            return [
                (HouseholdListCSV.fileName, try encoding.encode(HouseholdListCSV.text(staffed, labels: labels), file: HouseholdListCSV.fileName)),
                (GridLedgerCSV.fileName, try encoding.encode(GridLedgerCSV.text(staffed, labels: labels), file: GridLedgerCSV.fileName)),
                (StaffListCSV.fileName, try encoding.encode(StaffListCSV.text(staffed, labels: labels), file: StaffListCSV.fileName)),
            ]
        case .geojson:
            return [(PlanGeoJSON.fileName, Data(PlanGeoJSON.text(staffed, polygons: GridPolygons(plan: staffed.plan), datum: datum).utf8))]
        case .svg:
            return [(GridMapSVG.fileName, Data(GridMapSVG.svg(staffed, polygons: GridPolygons(plan: staffed.plan), labels: labels).utf8))]
        case .html:
            return [(PlanReportHTML.fileName, Data(PlanReportHTML.html(staffed, polygons: GridPolygons(plan: staffed.plan), language: language).utf8))]
        }
    }

    /// Writes one format into `folder`, or to `file` for a single-file format; returns the paths.
    /// CSV makes three files, so its `out` is a folder.
    public func write(_ format: Format, for staffed: StaffedPlan, folder: URL, out: URL?) throws -> [String] {
        let made = try files(format, for: staffed)
        var written: [String] = []
        if let out, made.count == 1 {
            try FileManager.default.createDirectory(at: out.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.write(made[0].data, to: out)
            return [out.path]
        }
        let target = out ?? folder
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        for file in made {
            let url = target.appendingPathComponent(file.name)
            try AtomicFile.write(file.data, to: url)
            written.append(url.path)
        }
        return written
    }
}
