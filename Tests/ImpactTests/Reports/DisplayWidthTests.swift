import Testing
@testable import Impact

@Suite("Display width")
struct DisplayWidthTests {
    @Test("ASCII counts one cell per character")
    func ascii() {
        #expect("abc 1.5%".displayWidth == 8)
        #expect("".displayWidth == 0)
    }

    @Test("CJK ideographs and fullwidth forms count two cells")
    func wide() {
        #expect("软件信息服务业".displayWidth == 14)
        #expect("＞90%".displayWidth == 5)       // U+FF1E FULLWIDTH GREATER-THAN SIGN
        #expect("（一）".displayWidth == 6)      // fullwidth parentheses
        #expect("。、".displayWidth == 4)        // CJK punctuation
        #expect("한국".displayWidth == 4)        // Hangul syllables
    }

    @Test("ambiguous characters count one, combining marks and format characters none")
    func narrowAndZero() {
        #expect("—≥…".displayWidth == 3)
        #expect("e\u{301}".displayWidth == 1)     // e + COMBINING ACUTE ACCENT
        #expect("\u{FEFF}a".displayWidth == 1)    // byte-order mark
        #expect("\u{200D}".displayWidth == 0)     // zero-width joiner
    }

    @Test("emoji presentation counts two")
    func emoji() {
        #expect("📈".displayWidth == 2)
        #expect("\u{2764}\u{FE0F}".displayWidth == 2) // heart + emoji variation selector
    }
}
