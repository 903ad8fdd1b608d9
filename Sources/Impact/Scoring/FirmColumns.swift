/// The column names of a firm table used to compute actuals (see ``ActualSource``).
///
/// Defaults match the bundled panel `datasets/chaoyang-2024/panel.csv`: `firm_id`, `year`,
/// `supported` (0/1; when absent, a firm is supported where the subsidy > 0), `subsidy_wan`
/// (in 万元), `rd_wan`, `revenue_wan`.
public struct FirmColumns: Sendable, Equatable, Hashable {
    /// Firm identifier.
    public var firm: String
    /// Year.
    public var year: String
    /// Supported flag (non-zero, `true`, `是` = supported); optional in the table.
    public var supported: String
    /// Subsidy amount.
    public var subsidy: String
    /// Unit of the subsidy column. Default 万元.
    public var subsidyUnit: IndicatorUnit
    /// R&D spending.
    public var rd: String
    /// Revenue (营业收入).
    public var revenue: String

    /// Creates column names; every argument defaults to the bundled panel's name.
    public init(firm: String = "firm_id", year: String = "year", supported: String = "supported",
                subsidy: String = "subsidy_wan", subsidyUnit: IndicatorUnit = .wanYuan,
                rd: String = "rd_wan", revenue: String = "revenue_wan") {
        self.firm = firm
        self.year = year
        self.supported = supported
        self.subsidy = subsidy
        self.subsidyUnit = subsidyUnit
        self.rd = rd
        self.revenue = revenue
    }
}
