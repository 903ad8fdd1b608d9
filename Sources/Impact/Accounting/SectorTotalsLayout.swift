/// Column names of a sector-totals file: one effect line per row, when only aggregates
/// exist (as in a published report).
///
/// Defaults match `datasets/chaoyang-2024/sector_totals.csv`. Optional columns (`nil`, or
/// absent from the file) leave the corresponding quantity unknown.
public struct SectorTotalsLayout: Sendable, Equatable, Hashable {
    /// The evaluated year `t` of each row; default `year` (used if present).
    public let year: String?
    /// Sector name (Chinese); default `sector`.
    public let sector: String
    /// English sector name; default `sector_en` (used if present).
    public let sectorEnglish: String?
    /// Name of the value column the line measures (e.g. `revenue_wan`); default `value`
    /// (used if present, labelled by ``MeasureLabels``).
    public let measure: String?
    /// Number of supported firms; default `firms` (used if present).
    public let firms: String?
    /// Σ subsidy; default `subsidy_wan` (used if present).
    public let subsidy: String?
    /// Δsupported; default `increment_wan`.
    public let increment: String
    /// Sector total of the previous year; default `prior_total_wan`.
    public let priorTotal: String
    /// Sector total of the year; default `current_total_wan` (used if present).
    public let currentTotal: String?

    /// Creates a layout; every name defaults to the bundled dataset's.
    public init(year: String? = "year", sector: String = "sector", sectorEnglish: String? = "sector_en",
                measure: String? = "value", firms: String? = "firms",
                subsidy: String? = "subsidy_wan", increment: String = "increment_wan",
                priorTotal: String = "prior_total_wan", currentTotal: String? = "current_total_wan") {
        self.year = year
        self.sector = sector
        self.sectorEnglish = sectorEnglish
        self.measure = measure
        self.firms = firms
        self.subsidy = subsidy
        self.increment = increment
        self.priorTotal = priorTotal
        self.currentTotal = currentTotal
    }
}
