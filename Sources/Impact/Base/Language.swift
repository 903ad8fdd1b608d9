/// The language of labels in printed output.
public enum Language: String, Sendable, CaseIterable, Codable {
    /// Simplified Chinese, the default for the evaluation office.
    case zh
    /// English.
    case en
}

/// A label in both output languages.
public struct LocalizedText: Sendable, Equatable, Hashable, Codable {
    /// Chinese text.
    public let zh: String
    /// English text.
    public let en: String

    /// Creates a label from its Chinese and English forms.
    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// A label that reads the same in both languages (a name, a code).
    public init(verbatim text: String) {
        self.init(zh: text, en: text)
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .zh: zh
        case .en: en
        }
    }
}
