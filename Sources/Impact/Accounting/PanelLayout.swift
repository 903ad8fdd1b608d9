/// The names of the identifying columns of a firm-level panel.
///
/// Defaults (`firm_id`, `year`, `sector`) match the bundled dataset
/// `datasets/chaoyang-2024/panel.csv`.
public struct PanelLayout: Sendable, Equatable, Hashable {
    /// Firm identifier column (text or number); default `firm_id`.
    public let firm: String
    /// Year column (whole numbers); default `year`.
    public let year: String
    /// Sector column (text); default `sector`.
    public let sector: String

    /// Creates a layout; every name defaults to the bundled dataset's.
    public init(firm: String = "firm_id", year: String = "year", sector: String = "sector") {
        self.firm = firm
        self.year = year
        self.sector = sector
    }

    /// The evaluated year: `year` when given, else the latest year in `panel`
    /// (``latestYear(in:)``). The one place where "default: the latest year" is decided.
    public func evaluatedYear(_ year: Int?, in panel: Table) throws(AccountingError) -> Int {
        if let year { return year }
        return try latestYear(in: panel)
    }

    /// The latest year in `panel`'s year column: the default evaluated year.
    ///
    /// Throws for an unknown or non-numeric year column, or a panel without any year.
    public func latestYear(in panel: Table) throws(AccountingError) -> Int {
        let years: NumericColumn
        do { years = try panel.numeric(year) } catch { throw .table(error) }
        guard let latest = years.values.indices.compactMap({ years[$0] }).max() else {
            throw .missingKey(row: 0, column: year)
        }
        guard latest == latest.rounded(), abs(latest) < 1e6 else {
            throw .invalidYear(row: years.values.firstIndex(of: latest) ?? 0, value: latest)
        }
        return Int(latest)
    }
}
