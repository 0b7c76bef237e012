import Foundation
import Testing
@testable import GridPlanner

// MARK: - Text decoding

/// "户号,x" in GBK/GB18030.
private let gbkHeader: [UInt8] = [0xBB, 0xA7, 0xBA, 0xC5, 0x2C, 0x78]

@Test func plainUTF8IsReadAsUTF8() throws {
    let decoded = try TextDecoding.decode(Data("户号,x\n001,1".utf8), file: "a.csv")
    #expect(decoded.text == "户号,x\n001,1")
    #expect(decoded.encoding == "UTF-8")
}

@Test func utf8ByteOrderMarkIsDropped() throws {
    let decoded = try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array("户号".utf8)), file: "a.csv")
    #expect(decoded.text == "户号")
    #expect(decoded.text.unicodeScalars.first == "户")
    #expect(decoded.encoding == "UTF-8 with BOM")
}

@Test func foundationOnThisPlatformDecodesGB18030() {
    // The library relies on this identifier; if Foundation ever drops it, iconv takes over.
    #expect(String(data: Data(gbkHeader), encoding: TextDecoding.gb18030) == "户号,x")
}

@Test func iconvDecodesGB18030AsTheFallback() {
    #expect(TextDecoding.decodeWithIconv(Data(gbkHeader), from: "GB18030") == "户号,x")
    #expect(TextDecoding.decodeWithIconv(Data([0xFF, 0xFF, 0x41]), from: "GB18030") == nil)
    #expect(TextDecoding.decodeWithIconv(Data([0xBB]), from: "GB18030") == nil)  // cut in the middle
}

@Test func gbkBytesThatAreNotUTF8AreReadAsGB18030() throws {
    let decoded = try TextDecoding.decode(Data(gbkHeader + [0x0A, 0x30, 0x31]), file: "a.csv")
    #expect(decoded.text == "户号,x\n01")
    #expect(decoded.encoding == "GB18030")
}

@Test func utf16WithByteOrderMarkIsReadInEitherByteOrder() throws {
    let units = Array("户号,x".utf16)
    let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
    let fromLittle = try TextDecoding.decode(Data(little), file: "a.csv")
    let fromBig = try TextDecoding.decode(Data(big), file: "a.csv")
    #expect(fromLittle.text == "户号,x" && fromLittle.encoding == "UTF-16LE")
    #expect(fromBig.text == "户号,x" && fromBig.encoding == "UTF-16BE")
}

@Test func bytesInNoKnownEncodingAreAnErrorNamingTheFile() {
    #expect {
        _ = try TextDecoding.decode(Data([0x41, 0xFF, 0xFF, 0x42]), file: "坏.csv")
    } throws: { error in
        (error as? InputError)?.file == "坏.csv" && (error as? InputError)?.line == nil
    }
}

@Test func truncatedUTF16IsAnError() {
    #expect(throws: InputError.self) {
        _ = try TextDecoding.decode(Data([0xFF, 0xFE, 0x37]), file: "a.csv")
    }
}

@Test func aLongGBKTextIsNotMistakenForDamagedUTF8() throws {
    let text = "户号,户主,自然村,类型\n" + (1...200).map { "\($0),王建国李四张三赵六陈大文,东村西村南村北村中心村,农户商铺单位" }
        .joined(separator: "\n")
    let data = try #require(text.data(using: TextDecoding.gb18030))
    let decoded = try TextDecoding.decode(data, file: "a.csv")
    #expect(decoded.encoding == "GB18030" && decoded.text == text)
}

@Test func utf8WithOneDamagedByteIsReportedOnItsLine() {
    var bytes = Array("户号,户主\n001,王建国\n002,李四\n003,张三\n".utf8)
    let damaged = "户号,户主\n001,王建国\n002,".utf8.count  // the first byte of 李
    bytes[damaged] = 0xFF
    #expect {
        _ = try TextDecoding.decode(Data(bytes), file: "a.csv")
    } throws: { error in
        let error = error as? InputError
        return error?.file == "a.csv" && error?.line == 3 && error?.message.contains("UTF-8") == true
    }
}
