import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Converts bytes between character sets with the C library's iconv; nil when the bytes are not
/// valid in `source` or iconv is missing. Used where Foundation's own GB18030 support fails.
func iconvConvert(_ bytes: [UInt8], from source: String, to target: String) -> [UInt8]? {
    #if canImport(Glibc)
    let converter = iconv_open(target, source)
    guard let converter, Int(bitPattern: converter) != -1 else { return nil }
    defer { iconv_close(converter) }
    var input = bytes.map { CChar(bitPattern: $0) }
    if input.isEmpty { return [] }
    // Any of the conversions used here at most doubles the length.
    var output = [CChar](repeating: 0, count: bytes.count * 2 + 16)
    let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
        output.withUnsafeMutableBufferPointer { outBuffer in
            var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
            var inLeft = inBuffer.count
            var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
            var outLeft = outBuffer.count
            let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
            guard result != -1, inLeft == 0 else { return nil }
            return outBuffer.count - outLeft
        }
    }
    return produced.map { output.prefix($0).map { UInt8(bitPattern: $0) } }
    #else
    return nil
    #endif
}
