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

    /// Text read from data, not written in code: a sector's name in a panel or a lines
    /// file, a profile's summary in a profile file. `english` is the data's English form
    /// when it has one; without it, the Chinese form serves both languages. Sentences and
    /// labels written in code are made in `Reports/` instead.
    public init(readChinese chinese: String, english: String?) {
        self.init(zh: chinese, en: english ?? chinese)
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .zh: zh
        case .en: en
        }
    }
}
