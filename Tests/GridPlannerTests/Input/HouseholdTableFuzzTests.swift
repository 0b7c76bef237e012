import Foundation
import Testing
@testable import GridPlanner

// MARK: - Fuzzing the households reader

private let validHouseholds = Data("""
    户号,户主,经度,纬度,人口,权重,家族,自然村,类型,备注
    001,王建国,117.100,40.200,4,1,王家,东村,农户,"门前有树, 好找"
    002,"李""小""四",117.101,40.201,3,2,,东村,商铺,
    003,张三,117.102,40.199,,,张家,西村,,"两行
    备注"
    004,赵六,117.103,40.202,5,1.5,,西村,单位,
    """.utf8)

/// One random change of the kinds that damage real files: flipped or lost bytes, stray quotes
/// and separators, a cut-off end, a repeated line.
private func mutate(_ bytes: inout [UInt8], using generator: inout SeededGenerator) {
    guard !bytes.isEmpty else { return }
    let at = Int.random(in: 0..<bytes.count, using: &generator)
    switch Int.random(in: 0..<6, using: &generator) {
    case 0: bytes[at] = Bool.random(using: &generator)
        ? UInt8.random(in: 0...255, using: &generator) : UInt8.random(in: 0x20...0x7E, using: &generator)
    case 1: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...8, using: &generator)))
    case 2: bytes.insert(UInt8(ascii: "\""), at: at)
    case 3: bytes.insert([UInt8(ascii: ","), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: ";")]
        .randomElement(using: &generator)!, at: at)
    case 4: bytes.removeSubrange(at...)
    default:
        let lineStart = bytes[..<at].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let lineEnd = bytes[at...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        bytes.insert(contentsOf: Array(bytes[lineStart..<lineEnd]) + [UInt8(ascii: "\n")], at: lineStart)
    }
}

@Test(.timeLimit(.minutes(1)))
func mutatedHouseholdFilesEitherParseOrFailWithAnInputError() {
    var generator = SeededGenerator(seed: 20_240_617)
    var parsed = 0, rejected = 0
    let started = ContinuousClock.now
    for _ in 0..<300 {
        var bytes = [UInt8](validHouseholds)
        for _ in 0..<Int.random(in: 1...4, using: &generator) { mutate(&bytes, using: &generator) }
        do throws(InputError) {
            let text = try TextDecoding.decode(Data(bytes), file: "fuzz.csv")
            let table = try CSVTable(parsingCSV: text.text, file: "fuzz.csv")
            let households = try HouseholdTable.households(from: table, crs: .gcj02)
            #expect(!households.isEmpty)
            #expect(Set(households.map(\.id)).count == households.count)
            #expect(households.allSatisfy { $0.location.x.isFinite && $0.location.y.isFinite && $0.weight >= 0 })
            parsed += 1
        } catch {
            #expect(error.file == "fuzz.csv")
            if let line = error.line { #expect(line >= 1) }
            rejected += 1
        }
    }
    // The mutations must exercise both outcomes, or the test proves little.
    #expect(parsed >= 10 && rejected >= 10, "parsed \(parsed), rejected \(rejected)")
    #expect(started.duration(to: .now) < .seconds(10))
}
