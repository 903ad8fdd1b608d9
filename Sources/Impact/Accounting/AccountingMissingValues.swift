/// What an accounting does with a firm that lacks a value it needs.
///
/// Growth accounting (``GrowthAccounting``) needs each firm's value in both `t − 1` and `t`
/// (balanced pairs); R&D intensity (``RDIntensityAccounting``) needs each firm's R&D and a
/// positive revenue in `t` (no increment). Default ``drop``, stated once in
/// ``AccountingMissingValues/standard``.
public enum AccountingMissingValues: String, Sendable, CaseIterable, Codable {
    /// Leave the firm out of every figure of its sector (totals, increment, subsidy) and
    /// count it, supported and unsupported apart, in the notes. The default.
    case drop
    /// Refuse: throw one error listing every firm that lacks a needed value.
    case error

    /// The rule used when none is named: ``drop``.
    public static let standard = AccountingMissingValues.drop
}

/// A firm lacking a value an accounting needs: which firm, year and column, and its data row
/// (0-based; `nil` when the firm has no row that year).
public struct MissingFirmValue: Sendable, Equatable, Hashable {
    /// The firm as the data name it.
    public let firm: String
    /// The year lacking a value.
    public let year: Int
    /// The column lacking a value.
    public let column: String
    /// The 0-based data row (`nil`: the firm has no row in `year`).
    public let row: Int?

    /// Creates an entry.
    public init(firm: String, year: Int, column: String, row: Int?) {
        self.firm = firm
        self.year = year
        self.column = column
        self.row = row
    }

    /// `firm 'f1' has no 'revenue_wan' in 2022 (data row 3)`, or `… has no row in 2022`.
    public var description: String {
        guard let row else { return "firm '\(firm)' has no row in \(year)" }
        return "firm '\(firm)' has no '\(column)' in \(year) (data row \(row + 1))"
    }
}
