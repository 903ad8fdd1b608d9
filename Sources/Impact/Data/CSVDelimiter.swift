/// The character that separates fields in a CSV file.
///
/// Default ``comma``. Excel in some European locales writes semicolons; "text (tab
/// delimited)" exports use tabs.
public enum CSVDelimiter: String, Sendable, CaseIterable, Equatable {
    /// `,` (RFC 4180; the default).
    case comma
    /// `;`.
    case semicolon
    /// A tab character.
    case tab
    /// `|`.
    case pipe

    /// The separator's byte.
    var byte: UInt8 {
        switch self {
        case .comma: UInt8(ascii: ",")
        case .semicolon: UInt8(ascii: ";")
        case .tab: UInt8(ascii: "\t")
        case .pipe: UInt8(ascii: "|")
        }
    }
}
