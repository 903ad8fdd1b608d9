import Foundation

/// A dataset's evaluation, end to end: the sector effect table computed from the firm
/// panel (and, with the indicator table, the filled 绩效自评表).
///
/// ``load(directory:)`` reads a dataset folder laid out like `datasets/chaoyang-2024`:
/// - `panel.csv`: the firm panel (`firm_id`, `year`, `sector`, `support_line`,
///   `subsidy_wan` and value columns such as `revenue_wan`);
/// - `sector_totals.csv`: the effect lines to compute (see ``EffectLinePlan``).
///
/// The evaluated year is the panel's latest; increments run from the year before. The
/// result is an immutable value; ``tables(language:)`` and ``rendered(format:language:)``
/// print it.
public struct EvaluationReport: Sendable, Equatable {
    /// The dataset folder's path.
    public let directory: String
    /// The evaluated year `t` (the panel's latest year).
    public let year: Int
    /// One effect line per plan line, in the plan's order.
    public let sectorEffects: SectorEffectTable

    /// File name of the firm panel: `panel.csv`.
    public static let panelFile = "panel.csv"
    /// File name of the effect-line plan: `sector_totals.csv`.
    public static let effectLinesFile = "sector_totals.csv"
    /// Unit of increments and totals in the printed sector table: 亿元, as in the seed report.
    public static let amountUnit = MoneyUnit.yi

    /// Creates a report from its parts; use ``load(directory:)`` to compute one.
    public init(directory: String, year: Int, sectorEffects: SectorEffectTable) {
        self.directory = directory
        self.year = year
        self.sectorEffects = sectorEffects
    }

    /// The heading of the whole report, naming the dataset folder.
    public var title: LocalizedText {
        let name = URL(fileURLWithPath: directory).lastPathComponent
        return LocalizedText(zh: "绩效评价：\(name)", en: "Performance evaluation: \(name)")
    }

    /// The report's tables in print order: the sector effect table (amounts in
    /// ``amountUnit``, with a bar chart of the pulls in HTML).
    public func tables(language: Language) -> [ReportTable] {
        [sectorEffects.reportTable(unit: Self.amountUnit)]
    }

    /// The whole report in `format` with labels in `language`, under ``title``.
    public func rendered(format: OutputFormat, language: Language) -> String {
        ReportRenderer.render(tables(language: language), format: format, language: language, title: title)
    }
}
