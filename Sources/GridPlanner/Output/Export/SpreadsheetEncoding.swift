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
        #if canImport(Glibc)
        let converter = iconv_open("GB18030", "UTF-8")
        guard let converter, Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }
        var input = Array(text.utf8CString.dropLast())
        let inputCount = input.count
        var output = [CChar](repeating: 0, count: inputCount * 2 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var inLeft = inputCount
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                var outLeft = outBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                guard result != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        return Data(output.prefix(produced).map { UInt8(bitPattern: $0) })
        #else
        return text.data(using: String.Encoding(rawValue: 0x8000_0632))
        #endif
    }
}
