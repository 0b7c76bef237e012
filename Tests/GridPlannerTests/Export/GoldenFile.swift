import Foundation
import Testing

/// Golden files for exports, kept next to the tests in `Export/Golden/`. Run the tests with
/// `GRIDPLANNER_RECORD=1` to write them afresh after an intended change, then review the diff.
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static var recording: Bool { ProcessInfo.processInfo.environment["GRIDPLANNER_RECORD"] == "1" }

    static func check(_ data: Data, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: url)
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            Issue.record("no golden file \(name); run with GRIDPLANNER_RECORD=1 to record it", sourceLocation: sourceLocation)
            return
        }
        if expected != data {
            let got = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let want = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let line = Array(zip(got, want)).firstIndex { $0.0 != $0.1 } ?? min(got.count, want.count)
            Issue.record("""
                \(name) differs from the golden file at line \(line + 1):
                  expected: \(line < want.count ? String(want[line]) : "<end>")
                  got:      \(line < got.count ? String(got[line]) : "<end>")
                (GRIDPLANNER_RECORD=1 re-records it)
                """, sourceLocation: sourceLocation)
        }
    }
}
