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
}
