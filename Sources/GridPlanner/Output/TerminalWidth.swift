/// Column widths of text in a terminal: Chinese characters and full-width forms take two
/// columns, so tables that mix them with Latin text line up only when padded by this width.
extension String {
    var terminalWidth: Int {
        unicodeScalars.reduce(0) { $0 + ($1.isWide ? 2 : 1) }
    }

    /// The text followed by spaces up to `width` terminal columns (unchanged if wider).
    func padded(toWidth width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - terminalWidth))
    }
}

private extension Unicode.Scalar {
    /// East Asian wide and full-width ranges (Hangul Jamo, CJK symbols to Yi, Hangul
    /// syllables, CJK compatibility, vertical and full-width forms, supplementary ideographs).
    var isWide: Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD: true
        default: false
        }
    }
}
