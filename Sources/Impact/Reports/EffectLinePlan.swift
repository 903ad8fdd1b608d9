/// One line of the sector effect table of an evaluation: which firms, which group, which
/// value (e.g. "the 14 firms of the 软件规模化 line, their revenue, in 软件和信息服务业").
///
/// A dataset lists its lines in `sector_totals.csv` (columns `line`, `line_en`, `sector`,
/// `sector_en`, `value`; other columns are ignored here). ``accounting`` turns a line into a
/// ``GrowthAccounting`` request on the firm panel:
/// - supported firms: those whose `support_line` equals ``line`` (read in the evaluated year);
/// - group: the firms of ``sector``, or every firm of the panel when the sector is
///   ``districtSector`` (全区), whose total is then the district's;
/// - value: the panel column ``value`` (e.g. `revenue_wan`, `output_wan`, `rd_wan`);
/// - subsidy: `subsidy_wan`, for leverage per 万元.
public struct EffectLinePlan: Sendable, Equatable {
    /// The support line, as in the panel's `support_line` column (e.g. 软件规模化).
    public let line: String
    /// The sector whose total the increment is set against, or ``districtSector``.
    public let sector: LocalizedText
    /// The panel's value column measured (e.g. `revenue_wan`).
    public let value: String

    /// The sector name meaning "the whole district": 全区.
    public static let districtSector = "全区"
    /// The panel column naming each supported firm's support line: `support_line`.
    public static let supportLineColumn = "support_line"
    /// The panel column of subsidies in 万元: `subsidy_wan`.
    public static let subsidyColumn = "subsidy_wan"

    /// Creates a plan line.
    public init(line: String, sector: LocalizedText, value: String) {
        self.line = line
        self.sector = sector
        self.value = value
    }

    /// The accounting request of this line (see the type's description).
    public var accounting: GrowthAccounting {
        let grouping: SectorGrouping = sector.zh == Self.districtSector
            ? .pooled(label: sector) : .bySector(only: [sector.zh])
        return GrowthAccounting(value: value,
                                support: .category(column: Self.supportLineColumn, value: line),
                                subsidy: Self.subsidyColumn, grouping: grouping)
    }

    /// The lines listed in `table` (read from `file`), in order.
    ///
    /// - Throws: ``ReportError/table(file:_:)`` for a missing column,
    ///   ``ReportError/incompleteEffectLine(file:row:column:)`` for an empty `line`, `sector`
    ///   or `value` cell, ``ReportError/noEffectLines(file:)`` for a file without rows.
    public static func lines(in table: Table, file: String) throws(ReportError) -> [EffectLinePlan] {
        let lines: CategoricalColumn, sectors: CategoricalColumn, values: CategoricalColumn
        do {
            lines = try table.categorical("line")
            sectors = try table.categorical("sector")
            values = try table.categorical("value")
        } catch {
            throw .table(file: file, error)
        }
        let english = table.hasColumn("sector_en") ? try? table.categorical("sector_en") : nil
        guard table.rowCount > 0 else { throw .noEffectLines(file: file) }
        var plans: [EffectLinePlan] = []
        for row in 0..<table.rowCount {
            guard let line = lines[row] else { throw .incompleteEffectLine(file: file, row: row + 1, column: "line") }
            guard let sector = sectors[row] else {
                throw .incompleteEffectLine(file: file, row: row + 1, column: "sector")
            }
            guard let value = values[row] else { throw .incompleteEffectLine(file: file, row: row + 1, column: "value") }
            plans.append(EffectLinePlan(line: line, sector: LocalizedText(zh: sector, en: english?[row] ?? sector),
                                        value: value))
        }
        return plans
    }
}
