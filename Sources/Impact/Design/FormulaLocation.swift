/// A span of a formula's text, used to point at the token an error is about.
///
/// Positions count characters (extended grapheme clusters) from 0, so a Chinese column
/// name is one position per character. ``caretLines`` prints the formula with a caret
/// line under the span; East Asian wide characters take two terminal cells and the
/// caret line accounts for that.
public struct FormulaLocation: Sendable, Equatable, Hashable {
    /// The whole formula as written.
    public let formula: String
    /// Offset of the first character of the span, from 0.
    public let position: Int
    /// Number of characters in the span (at least 1 when printed).
    public let length: Int

    /// Creates a location; `position` may equal the formula's length (the end of input).
    public init(formula: String, position: Int, length: Int = 1) {
        self.formula = formula
        self.position = position
        self.length = length
    }

    /// Two lines: the formula indented by two spaces and, under it, carets (`^`) marking
    /// the span.
    public var caretLines: String {
        let characters = Array(formula)
        let prefix = characters.prefix(position)
        let span = characters.dropFirst(position).prefix(max(length, 1))
        let lead = prefix.reduce(0) { $0 + terminalWidth(of: $1) }
        let width = max(1, span.reduce(0) { $0 + terminalWidth(of: $1) })
        return "  " + formula + "\n  " + String(repeating: " ", count: lead)
            + String(repeating: "^", count: width)
    }
}

/// Terminal cells a character takes: 2 for East Asian wide and full-width characters
/// (CJK ideographs, kana, Hangul, full-width forms), 1 otherwise.
func terminalWidth(of character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 1 }
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
         0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
         0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
        return 2
    default:
        return 1
    }
}
