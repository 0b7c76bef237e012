import Foundation

/// How CSV for Excel is encoded: UTF-8 with a byte order mark (Excel then reads Chinese right),
/// or GBK (GB18030) for older Excel that ignores the mark.
public enum SpreadsheetEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case gbk

    /// `text` as bytes; Windows line ends, which Excel expects.
    func encode(_ text: String, file: String) throws(InputError) -> Data {
        let lines = text.replacingOccurrences(of: "\n", with: "\r\n")
        switch self {
        case .utf8:
            return Data([0xEF, 0xBB, 0xBF]) + Data(lines.utf8)
        case .gbk:
            guard let data = Self.gb18030(lines) else {
                throw InputError(file: file, "the text cannot be written in GBK; use --encoding utf-8")
            }
            return data
        }
    }

    static func gb18030(_ text: String) -> Data? {
        if let bytes = iconvConvert(Array(text.utf8), from: "UTF-8", to: "GB18030") { return Data(bytes) }
        return text.data(using: String.Encoding(rawValue: 0x8000_0632))
    }
}
