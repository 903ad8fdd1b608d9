/// The language of labels in printed output.
public enum Language: String, Sendable, CaseIterable, Codable {
    /// Simplified Chinese, the default for the evaluation office.
    case zh
    /// English.
    case en
}
