/// Where the post-policy indicator of a difference-in-differences comes from.
///
/// - ``column(_:)``: a 0/1 column of the table, read as it is.
/// - ``from(period:)``: built from the period column: 1 where `time ≥ period`, 0 before,
///   missing where the period is missing (a policy that starts in `period`, e.g. the
///   evaluated year of a report). The built column is named `post_PERIOD`, or
///   `post_from_PERIOD` when the table already has a column `post_PERIOD`, so the effect
///   term reads `treated:post_2023`.
public enum PostPeriod: Sendable, Hashable {
    /// A 0/1 column of the table.
    case column(String)
    /// Post from this period on (`time ≥ period`).
    case from(period: Int)

    /// The name of the indicator column in `table`: the column itself, or the name of
    /// the built indicator (`post_PERIOD`, `post_from_PERIOD` when that is taken).
    public func columnName(in table: Table) -> String {
        switch self {
        case let .column(name): name
        case let .from(period): table.hasColumn("post_\(period)") ? "post_from_\(period)" : "post_\(period)"
        }
    }

    /// The indicator's values in `table` (`time` is the period column).
    public func indicator(in table: Table, time: String) throws(PolicyEffectError) -> NumericColumn {
        switch self {
        case let .column(name):
            return try PolicyColumns.numeric(table, name)
        case let .from(period):
            let periods = try PolicyColumns.numeric(table, time)
            return NumericColumn(periods.values.indices.map {
                periods.isMissing[$0] ? nil : (periods.values[$0] >= Double(period) ? 1.0 : 0.0)
            })
        }
    }

    /// `table` with the indicator present, and its column name: unchanged for
    /// ``column(_:)``, with the built column appended for ``from(period:)``.
    public func resolve(in table: Table, time: String) throws(PolicyEffectError) -> (table: Table, column: String) {
        guard case .from = self else { return (table, columnName(in: table)) }
        let name = columnName(in: table)
        let values = try indicator(in: table, time: time)
        return (try policyStep { try table.appending(.numeric(values), named: name) }, name)
    }
}
