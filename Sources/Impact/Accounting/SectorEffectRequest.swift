/// One sector-effect computation (`impact growth`) with its defaults in one place: where the
/// effect lines come from, which columns, which firms are supported, which year.
///
/// Defaults, each stated once here:
/// - value column ``defaultValueColumn`` (`revenue_wan`);
/// - subsidy column for leverage: the one given, else ``defaultSubsidyColumn``
///   (`subsidy_wan`) when the panel has it (support lines always use it);
/// - supported firms: the criterion given, else `.subsidy(column:)` when a subsidy column is
///   given, else `.flag(column: "supported")`;
/// - year: the one given, else the latest year of the data (increments from the year before);
/// - missing values: ``AccountingMissingValues/standard`` (balanced pairs, firms left out are
///   counted in the notes).
public struct SectorEffectRequest: Sendable {
    /// Where the effect lines come from, with what each source needs.
    public enum Source: Sendable {
        /// Sector totals already aggregated, one row per sector
        /// (``SectorEffectTable/init(totals:year:layout:)``).
        case totals(Table)
        /// Support lines (columns line, sector, value) measured on a firm panel
        /// (``SectorEffectTable/init(panel:lines:year:layout:supportLineColumn:subsidy:missing:)``).
        case lines(Table, panel: Table)
        /// Groups of the firm panel measured by ``GrowthAccounting``: the value column
        /// (`nil`: ``SectorEffectRequest/defaultValueColumn``), the supported firms (`nil`:
        /// the default described on ``SectorEffectRequest``) and the groups.
        case panel(Table, value: String? = nil, supported: SupportCriterion? = nil,
                   grouping: SectorGrouping = .bySector())
    }

    /// The value column used when none is given: `revenue_wan`.
    public static let defaultValueColumn = "revenue_wan"
    /// The subsidy column used when none is given (and, on a panel, when it exists): `subsidy_wan`.
    public static let defaultSubsidyColumn = "subsidy_wan"

    /// Where the lines come from.
    public let source: Source
    /// The subsidy column (panel and lines sources), or `nil` for the default described on
    /// the type.
    public let subsidy: String?
    /// Names of the firm, year and sector columns. Default `firm_id`, `year`, `sector`.
    public let layout: PanelLayout
    /// The evaluated year, or `nil` for the latest in the data.
    public let year: Int?
    /// What to do with a firm lacking the value in `t − 1` or `t` (panel and lines sources).
    public let missing: AccountingMissingValues

    /// Creates a request; see each property for its default.
    public init(source: Source, subsidy: String? = nil, layout: PanelLayout = PanelLayout(), year: Int? = nil,
                missing: AccountingMissingValues = .standard) {
        self.source = source
        self.subsidy = subsidy
        self.layout = layout
        self.year = year
        self.missing = missing
    }

    /// The effect lines the request describes.
    public func effects() throws(AccountingError) -> SectorEffectTable {
        switch source {
        case let .totals(totals):
            return try SectorEffectTable(totals: totals, year: year)
        case let .lines(lines, panel):
            return try SectorEffectTable(panel: panel, lines: lines, year: year, layout: layout,
                                         subsidy: subsidy ?? Self.defaultSubsidyColumn, missing: missing)
        case let .panel(panel, value, supported, grouping):
            let subsidyColumn = subsidy ?? (panel.hasColumn(Self.defaultSubsidyColumn) ? Self.defaultSubsidyColumn : nil)
            let accounting = GrowthAccounting(value: value ?? Self.defaultValueColumn,
                                              support: supportCriterion(supported),
                                              subsidy: subsidyColumn, grouping: grouping, layout: layout,
                                              missing: missing)
            return try accounting.effects(in: panel, year: layout.evaluatedYear(year, in: panel))
        }
    }

    /// The supported firms of a panel source: `supported` when given, else by the subsidy
    /// column given, else ``SupportCriterion/standard``.
    public func supportCriterion(_ supported: SupportCriterion?) -> SupportCriterion {
        supported ?? subsidy.map { .subsidy(column: $0) } ?? .standard
    }
}
