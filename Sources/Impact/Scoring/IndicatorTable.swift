/// An indicator table as read from a file: the rows of the 绩效自评表 in order.
///
/// Read one with ``IndicatorTable/init(csv:file:)``, ``IndicatorTable/init(json:file:)``
/// or ``IndicatorTable/init(contentsOfFile:)``; score it with
/// `ScoreSheet.init(table:profile:data:)`.
public struct IndicatorTable: Sendable, Equatable {
    /// A title for the table (the project's name), if the file gave one.
    public let title: String?
    /// The rows, in file order.
    public let indicators: [Indicator]
    /// The file's name as given, used in messages.
    public let file: String

    /// Creates a table from rows.
    public init(indicators: [Indicator], title: String? = nil, file: String = "<memory>") {
        self.indicators = indicators
        self.title = title
        self.file = file
    }

    /// Σ weights of all rows, in points.
    public var weightSum: Double { indicators.reduce(0) { $0 + $1.weight } }
}
