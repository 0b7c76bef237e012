import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The text of a file and the encoding it was read in.
struct DecodedText: Sendable, Hashable {
    var text: String
    /// "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE" or "GB18030".
    var encoding: String
}

/// Turns the bytes of a text file into a string, whatever a Chinese office PC saved it as:
/// UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 (which includes GBK and GB2312).
enum TextDecoding {
    /// Foundation's identifier for GB18030 (kCFStringEncodingGB_18030_2000 as an NSStringEncoding).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    static func decode(_ data: Data, file: String) throws(InputError) -> DecodedText {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
                throw InputError(file: file, "the file starts with a UTF-8 byte order mark but is not valid UTF-8")
            }
            return DecodedText(text: text, encoding: "UTF-8 with BOM")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            guard let text = decodeUTF16(bytes.dropFirst(2), littleEndian: littleEndian) else {
                throw InputError(file: file, "the file starts with a UTF-16 byte order mark but is not valid UTF-16")
            }
            return DecodedText(text: text, encoding: littleEndian ? "UTF-16LE" : "UTF-16BE")
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: text, encoding: "UTF-8")
        }
        let damage = utf8Damage(in: bytes)
        // Chinese text in GBK almost never forms valid multi-byte UTF-8, so a file full of it
        // is UTF-8 with a few damaged bytes: say where, rather than reading it as GB18030 mojibake.
        if damage.validMultibyte <= 4 * damage.invalid, let text = decodeGB18030(data) {
            return DecodedText(text: text, encoding: "GB18030")
        }
        if damage.validMultibyte > 4 * damage.invalid {
            throw InputError(
                file: file, line: damage.firstInvalidLine,
                "this line has a byte that is not valid UTF-8, unlike the rest of the file; "
                    + "fix it or save the file again as UTF-8")
        }
        throw InputError(file: file, "cannot read the text: it is neither UTF-8, UTF-16 nor GB18030/GBK")
    }

    /// Counts valid multi-byte UTF-8 sequences and runs of invalid bytes (a damaged character
    /// is one run), and the 1-based line of the first invalid byte (lines end at LF, CR or CRLF).
    static func utf8Damage(in bytes: [UInt8]) -> (validMultibyte: Int, invalid: Int, firstInvalidLine: Int?) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var validMultibyte = 0, invalid = 0, offset = 0
        var inInvalidRun = false
        var firstInvalidOffset: Int?
        parsing: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count > 1 { validMultibyte += 1 }
                offset += encoded.count
                inInvalidRun = false
            case .error(let length):
                if !inInvalidRun { invalid += 1 }
                inInvalidRun = true
                if firstInvalidOffset == nil { firstInvalidOffset = offset }
                offset += length
            case .emptyInput:
                break parsing
            }
        }
        let line = firstInvalidOffset.map { end in
            var line = 1
            for index in 0..<end where bytes[index] == 0x0A || (bytes[index] == 0x0D && bytes[index + 1] != 0x0A) {
                line += 1
            }
            return line
        }
        return (validMultibyte, invalid, line)
    }

    /// Strict UTF-16: nil on an odd byte count or an unpaired surrogate.
    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String? {
        guard bytes.count % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        return String(validating: units, as: UTF16.self)
    }

    static func decodeGB18030(_ data: Data) -> String? {
        if let text = String(data: data, encoding: gb18030) { return text }
        return decodeWithIconv(data, from: "GB18030")
    }

    /// Converts with glibc's iconv, for when Foundation lacks the encoding. Nil on any invalid byte.
    static func decodeWithIconv(_ data: Data, from encoding: String) -> String? {
        guard let utf8 = iconvConvert([UInt8](data), from: encoding, to: "UTF-8") else { return nil }
        return String(validating: utf8, as: UTF8.self)
    }
}
