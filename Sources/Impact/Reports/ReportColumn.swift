/// One column of a ``ReportTable``.
public struct ReportColumn: Sendable, Equatable {
    /// Stable machine key, used as the JSON field name (`snake_case`, English).
    public let key: String
    /// Header shown to people.
    public let header: LocalizedText

    /// Creates a column with a machine key and a localized header.
    public init(key: String, header: LocalizedText) {
        self.key = key
        self.header = header
    }
}
