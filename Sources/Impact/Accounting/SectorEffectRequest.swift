/// One sector-effect computation (`impact growth`) with its defaults in one place: where the
/// effect lines come from, which columns, which firms are supported, which year.
///
/// Defaults, each stated once here:
/// - value column ``defaultValueColumn`` (`revenue_wan`);
/// - subsidy column for leverage: the one given, else ``defaultSubsidyColumn``
///   (`subsidy_wan`) when the panel has it (support lines always use it);
/// - supported firms: the criterion given, else `.subsidy(column:)` when a subsidy column is
///   given, else `.flag(column: "supported")`;
/// - year: the one given, else the latest year of the data (increments from the year before).
public struct SectorEffectRequest: Sendable {
    /// Where the effect lines come from.
    public enum Source: Sendable {
        /// Sector totals already aggregated, one row per sector
        /// (``SectorEffectTable/init(totals:year:layout:)``).
        case totals(Table)
        /// Support lines (columns line, sector, value) measured on a firm panel
        /// (``SectorEffectTable/init(panel:lines:year:layout:supportLineColumn:subsidy:)``).
        case lines(Table, panel: Table)
        /// Groups of the firm panel (every sector, some, or the district) by
        /// ``GrowthAccounting``.
        case panel(Table)
    }

    /// The value column used when none is given: `revenue_wan`.
    public static let defaultValueColumn = "revenue_wan"
    /// The subsidy column used when none is given (and, on a panel, when it exists): `subsidy_wan`.
    public static let defaultSubsidyColumn = "subsidy_wan"

    /// Where the lines come from.
    public let source: Source
    /// The value column, or `nil` for ``defaultValueColumn``.
    public let value: String?
    /// The subsidy column, or `nil` for the default described on the type.
    public let subsidy: String?
    /// Which firms are supported, or `nil` for the default described on the type.
    public let supported: SupportCriterion?
    /// Which firms form each group (panel source only). Default `.bySector()`.
    public let grouping: SectorGrouping
    /// Names of the firm, year and sector columns. Default `firm_id`, `year`, `sector`.
    public let layout: PanelLayout
    /// The evaluated year, or `nil` for the latest in the data.
    public let year: Int?

    /// Creates a request; see each property for its default.
    public init(source: Source, value: String? = nil, subsidy: String? = nil, supported: SupportCriterion? = nil,
                grouping: SectorGrouping = .bySector(), layout: PanelLayout = PanelLayout(), year: Int? = nil) {
        self.source = source
        self.value = value
        self.subsidy = subsidy
        self.supported = supported
        self.grouping = grouping
        self.layout = layout
        self.year = year
    }

    /// The effect lines the request describes.
    public func effects() throws(AccountingError) -> SectorEffectTable {
        switch source {
        case let .totals(totals):
            return try SectorEffectTable(totals: totals, year: year)
        case let .lines(lines, panel):
            return try SectorEffectTable(panel: panel, lines: lines, year: year, layout: layout,
                                         subsidy: subsidy ?? Self.defaultSubsidyColumn)
        case let .panel(panel):
            let subsidyColumn = subsidy ?? (panel.hasColumn(Self.defaultSubsidyColumn) ? Self.defaultSubsidyColumn : nil)
            let accounting = GrowthAccounting(value: value ?? Self.defaultValueColumn, support: supportCriterion,
                                              subsidy: subsidyColumn, grouping: grouping, layout: layout)
            let evaluated: Int
            if let year { evaluated = year } else { evaluated = try layout.latestYear(in: panel) }
            return try accounting.effects(in: panel, year: evaluated)
        }
    }

    /// The supported firms: the criterion given, else by the subsidy column given, else the
    /// 0/1 column `supported`.
    public var supportCriterion: SupportCriterion {
        supported ?? subsidy.map { .subsidy(column: $0) } ?? .standard
    }
}
