import Foundation

/// Writes a file so that readers never see it half written: the bytes go to
/// `NAME.tmp-XXXXXXXX` in the same folder, which is then renamed over `NAME`.
enum TempFileThenRename {
    static func write(_ bytes: [UInt8], to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 16)  // a name only, never output
        let temporary = folder.appendingPathComponent("\(url.lastPathComponent).tmp-\(suffix)")
        do {
            try Data(bytes).write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                let message = "cannot rename \(temporary.lastPathComponent) to \(url.lastPathComponent): \(reason)"
                throw CocoaError(
                    .fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path, NSLocalizedDescriptionKey: message])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    static func write(_ text: String, to url: URL) throws {
        try write(Array(text.utf8), to: url)
    }
}
