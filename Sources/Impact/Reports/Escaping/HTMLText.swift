/// Text made safe for HTML and SVG: the one escaper every HTML or SVG write goes through.
///
/// The five characters that end text or an attribute value — `&`, `<`, `>`, `"` and `'` —
/// become the references `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;`. Control characters
/// other than tab, LF and CR (U+0000–U+001F, U+007F, which HTML forbids in text) become the
/// replacement character U+FFFD.
///
/// Conventions: the escaper works on **Unicode scalars**, not on `Character`s (grapheme
/// clusters). A name such as `؀<img src=x onerror=…>` puts U+0600 (a prepended
/// concatenation mark) before `<`; Swift joins both into one `Character` that is not equal
/// to `"<"`, so an escaper that compares characters lets the `<` through. Comparing scalars
/// sees every `<`, whatever precedes or follows it.
public enum HTMLText {
    /// `text` escaped for HTML or SVG text content and for quoted attribute values.
    public static func escaped(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            case "'": result.append(contentsOf: "&#39;".unicodeScalars)
            case "\t", "\n", "\r": result.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// The Content-Security-Policy of every report page: nothing may load or run (no
    /// scripts, frames, fonts, connections or forms), inline style sheets are allowed and
    /// images only as `data:` URLs. A report that somehow contained markup from data could
    /// still not run a script.
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'"

    /// The `<meta http-equiv="Content-Security-Policy">` element carrying
    /// ``contentSecurityPolicy``, to be placed in `<head>` before any other content.
    public static let contentSecurityPolicyMeta =
        "<meta http-equiv=\"Content-Security-Policy\" content=\"\(contentSecurityPolicy)\">"
}
