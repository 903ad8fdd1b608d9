extension StringProtocol {
    /// The number of terminal cells the text occupies in a monospaced font.
    ///
    /// East Asian Wide and Fullwidth characters (Unicode Standard Annex #11: CJK ideographs,
    /// kana, Hangul, fullwidth forms such as `＞`, CJK punctuation) and emoji shown as emoji
    /// count two cells; combining marks, format characters (zero-width joiner, byte-order
    /// mark) and variation selectors count none; everything else counts one.
    ///
    /// Conventions: East Asian *Ambiguous* characters (`—`, `≥`, `…`, Greek) count one cell,
    /// as in `wcwidth` and most terminals outside CJK legacy locales.
    var displayWidth: Int {
        reduce(0) { $0 + $1.displayWidth }
    }
}

extension Character {
    /// Terminal cells of this character: 0, 1 or 2 (see `displayWidth`).
    var displayWidth: Int {
        var width = 0
        var hasEmojiSelector = false
        for scalar in unicodeScalars {
            if scalar.value == 0xFE0F { hasEmojiSelector = true }
            let scalarWidth = scalar.displayWidth
            if width == 0 { width = scalarWidth }
        }
        if hasEmojiSelector, width == 1 { return 2 }
        return width
    }
}

extension Unicode.Scalar {
    /// Terminal cells of this scalar on its own: 0, 1 or 2.
    var displayWidth: Int {
        let v = value
        if v == 0 { return 0 }
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v) { return 0 }
        if properties.isEmojiPresentation { return 2 }
        for range in Unicode.Scalar.wideRanges where range.contains(v) { return 2 }
        return 1
    }

    /// Code-point ranges of East Asian Wide (W) and Fullwidth (F) characters outside emoji,
    /// after Unicode 15's EastAsianWidth.txt.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,   // Hangul Jamo initial consonants
        0x2329...0x232A,   // angle brackets
        0x2E80...0x303E,   // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF,   // Hiragana, Katakana, Bopomofo, Hangul compatibility, Kanbun, CJK compatibility
        0x3400...0x4DBF,   // CJK Unified Ideographs Extension A
        0x4E00...0x9FFF,   // CJK Unified Ideographs
        0xA000...0xA4CF,   // Yi
        0xA960...0xA97F,   // Hangul Jamo Extended-A
        0xAC00...0xD7A3,   // Hangul syllables
        0xF900...0xFAFF,   // CJK Compatibility Ideographs
        0xFE10...0xFE19,   // vertical forms
        0xFE30...0xFE6F,   // CJK compatibility forms, small form variants
        0xFF00...0xFF60,   // fullwidth forms
        0xFFE0...0xFFE6,   // fullwidth signs
        0x16FE0...0x18CFF, // Tangut and ideographic symbols
        0x1B000...0x1B2FF, // Kana supplement and extensions, Nushu
        0x1F200...0x1F2FF, // enclosed ideographic supplement
        0x20000...0x2FFFD, // CJK Unified Ideographs Extensions B–F, compatibility supplement
        0x30000...0x3FFFD, // CJK Unified Ideographs Extensions G–H
    ]
}
