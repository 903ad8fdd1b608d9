/// Text made safe for a terminal: control characters shown visibly instead of obeyed.
///
/// A name taken from data may carry ESC (U+001B) sequences — colour changes, cursor moves,
/// OSC 8 hyperlinks or an OSC 52 clipboard write — or NUL bytes. Copied raw to standard
/// output or standard error, the terminal would obey them. Every control character
/// (general category Cc: U+0000–U+001F, U+007F–U+009F) except those in `keeping` is written
/// as a Swift-style escape, e.g. ESC as `\u{1B}` and NUL as `\u{0}`, so the reader sees that
/// the name holds it. The bidirectional overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069), which can make text read differently from what it is, are shown the
/// same way.
///
/// Conventions: works on Unicode scalars, so nothing can hide inside a grapheme cluster;
/// text without such scalars is returned unchanged; applying it twice changes nothing more.
public enum TerminalText {
    /// `text` with every control scalar not in `keeping` shown as `\u{HEX}`.
    ///
    /// - Parameters:
    ///   - text: the text to show.
    ///   - keeping: scalars passed through as they are; default: line feed only.
    public static func visible(_ text: String, keeping: Set<Unicode.Scalar> = ["\n"]) -> String {
        guard text.unicodeScalars.contains(where: { isHidden($0) && !keeping.contains($0) }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isHidden(scalar) && !keeping.contains(scalar) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether a terminal would act on `scalar` rather than show it: a C0 or C1 control,
    /// DEL, or a bidirectional override or isolate.
    public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
