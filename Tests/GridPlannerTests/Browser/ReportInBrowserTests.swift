import Foundation
import Testing
@testable import GridPlanner

/// The HTML report rendered by a real headless browser (Debian's chromium, installed by
/// scripts/setup-browser.sh). Skipped, with a message, where chromium is not installed.
enum HeadlessChromium {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var isInstalled: Bool { path != nil }

    /// Runs chromium headless on `url` with `arguments`; returns stdout.
    static func run(_ arguments: [String], url: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("gp-chromium-\(UUID().uuidString)")
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile.path)"]
            + arguments + [url.absoluteString]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: profile)
        return String(decoding: data, as: UTF8.self)
    }
}

@Suite(.enabled(if: HeadlessChromium.isInstalled,
                "chromium is not installed: run scripts/setup-browser.sh (CI does) to test the report in a browser"))
struct ReportInBrowserTests {
    @Test func theRenderedReportHasOnePolygonPerGridAndOneCardPerHouseholdAndAScreenshot() throws {
        let households = TestVillage.households(count: 120, seed: 41, areas: [])
            .enumerated().map { i, h in
                var h = h
                h.name = ["王", "李", "张", "刘", "陈"][i % 5] + "某\(i)"
                h.address = "大华山村\(i % 6 + 1)组\(i + 1)号"
                return h
            }
        let scenario = TestVillage.scenario(households, gridSize: ValueRange(12, 18), grids: .exact(8))
        let plan = try GridPartitioner(scenario: scenario).plan(deadline: .after(seconds: 60))
        var staff: [StaffMember] = []
        for (g, grid) in plan.grids.enumerated() {
            staff.append(StaffMember(personID: "M\(g)", name: "网格员\(g + 1)", phone: "1380000000\(g)", post: .gridMember,
                                     units: [grid.code], homeHousehold: households[grid.centre].id))
        }
        staff.append(StaffMember(personID: "L1", name: "网格长甲", phone: "13900000001", post: .gridLeader,
                                 units: plan.grids.map(\.code), homeHousehold: nil))
        let staffed = StaffedPlan(plan: plan, staff: StaffDirectory(staff: staff))

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gp-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.html")
        try #require(try PlanExporter().files(.html, for: staffed).first).data.write(to: report)

        let dom = try HeadlessChromium.run(["--dump-dom"], url: report)
        #expect(dom.contains("</html>"), "chromium printed no DOM")
        let polygons = matches(of: "<path class=\"grid\" data-grid=\"", in: dom)
        #expect(polygons == plan.grids.count)
        let codes = Set(plan.grids.map(\.code))
        for code in codes { #expect(dom.contains("data-grid=\"\(code)\" fill="), "no polygon for grid \(code)") }
        #expect(matches(of: "<article class=\"card\" data-household=\"", in: dom) == households.count)

        // The screenshot stays in .build for a person to look at; the test checks it was drawn.
        let shot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../.build/report-screenshot.png").standardizedFileURL
        try? FileManager.default.removeItem(at: shot)
        _ = try HeadlessChromium.run(["--window-size=1200,1700", "--hide-scrollbars", "--screenshot=\(shot.path)"], url: report)
        let png = try #require(FileManager.default.contents(atPath: shot.path), "no screenshot written")
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(png.count > 20_000, "the screenshot looks blank")
    }

    private func matches(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}
