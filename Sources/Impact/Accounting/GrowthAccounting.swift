/// Sector growth accounting on a firm-level panel: how much the supported firms added to
/// their sector between `t − 1` and `t`.
///
/// For each group (a sector, or the whole panel):
/// - Δsupported = Σ_{supported firms} (x_t − x_{t−1});
/// - total(t−1), total(t) = Σ x over all firms of the group with a value that year;
/// sums are compensated (Neumaier), so two-decimal amounts add up without drift;
/// - the derived pull, growth rate, contribution share and leverage of ``SectorEffect``.
///
/// Conventions: a firm's sector, support status and subsidy are read on its row of year `t`
/// (see ``SupportCriterion``); a supported firm needs a value in both years (otherwise
/// ``AccountingError/missingValue(firm:year:column:)``), while missing cells of unsupported
/// firms are left out of the totals. A firm present in `t − 1` only counts in that year's
/// total under its `t − 1` sector. Units: amounts stay in the value column's unit (declared by
/// the table, or implied by a `_wan`/`_yi`/`_yuan` name, see
/// ``MoneyUnit/impliedBy(columnName:)``); the subsidy column (万元 unless declared or named
/// otherwise) is converted to 万元.
public struct GrowthAccounting: Sendable, Equatable {
    /// The value column `x` (e.g. `revenue_wan`); reports label it with its statistical term.
    public let value: String
    /// Which firms are supported.
    public let support: SupportCriterion
    /// The subsidy amount column summed over supported firms for leverage, if any.
    public let subsidy: String?
    /// Which firms form each total.
    public let grouping: SectorGrouping
    /// Names of the firm, year and sector columns.
    public let layout: PanelLayout

    /// Creates an accounting request.
    ///
    /// - Parameters:
    ///   - value: the value column; required.
    ///   - support: default `.flag(column: "supported")`.
    ///   - subsidy: default `nil` (no leverage). With `.subsidy(column:)` support, pass the
    ///     same column to get leverage.
    ///   - grouping: default `.bySector()` (every sector).
    ///   - layout: default `firm_id`, `year`, `sector`.
    public init(value: String, support: SupportCriterion = .standard,
                subsidy: String? = nil, grouping: SectorGrouping = .bySector(),
                layout: PanelLayout = PanelLayout()) {
        self.value = value
        self.support = support
        self.subsidy = subsidy
        self.grouping = grouping
        self.layout = layout
    }

    /// The effect lines of year `year` (increments from `year − 1`), one per group.
    ///
    /// Throws for unknown columns (naming the nearest), a duplicate firm-year, a missing year,
    /// a supported firm without a value in either year, and a zero or missing previous-year
    /// total (naming sector and year).
    public func effects(in panel: Table, year: Int) throws(AccountingError) -> SectorEffectTable {
        let keys = try FirmYearRows(panel: panel, layout: layout)
        try keys.requireYear(year)
        try keys.requireYear(year - 1)
        let columns = try Columns(panel: panel, value: value, subsidy: subsidy,
                                  supported: support.supportedRows(in: panel))
        let effects = try groups(keys: keys).map { group throws(AccountingError) in
            try effect(of: group, keys: keys, columns: columns, year: year)
        }
        return SectorEffectTable(effects: effects, amountUnit: columns.amountUnit,
                                 notes: [.supportedIncrement(support, year: year)])
    }

    /// The columns one accounting reads, with their units.
    private struct Columns {
        let values: NumericColumn
        let subsidies: NumericColumn?
        let supported: [Bool]
        let amountUnit: MoneyUnit?
        let subsidyUnit: MoneyUnit

        init(panel: Table, value: String, subsidy: String?, supported: [Bool]) throws(AccountingError) {
            do {
                values = try panel.numeric(value)
                subsidies = try subsidy.map { name throws(TableError) in try panel.numeric(name) }
            } catch {
                throw .table(error)
            }
            self.supported = supported
            amountUnit = MoneyUnit.of(column: value, in: panel)
            subsidyUnit = subsidy.flatMap { MoneyUnit.of(column: $0, in: panel) } ?? .wan
        }
    }

    /// The groups to measure, each with its sectors (`nil`: every firm).
    private func groups(keys: FirmYearRows) throws(AccountingError) -> [(group: EffectGroup, members: Set<String>?)] {
        switch grouping {
        case .pooled(let group):
            return [(group, nil)]
        case .bySector(let only):
            guard let only else { return keys.sectorOrder.map { (.sector($0), [$0]) } }
            for name in only where !keys.sectorOrder.contains(name) {
                throw .unknownSector(name, nearest: nearestName(to: name, among: keys.sectorOrder))
            }
            return only.map { (.sector($0), [$0]) }
        }
    }

    /// The effect line of one group: Δsupported, Σsubsidy and the two totals.
    private func effect(of group: (group: EffectGroup, members: Set<String>?), keys: FirmYearRows,
                        columns: Columns, year: Int) throws(AccountingError) -> SectorEffect {
        let inGroup: (Int) -> Bool = { row in group.members?.contains(keys.sectors[row]) ?? true }
        let currentRows = keys.rows(inYear: year).filter(inGroup)
        let priorValues = keys.rows(inYear: year - 1).filter(inGroup).compactMap { columns.values[$0] }
        guard !priorValues.isEmpty else {
            throw .missingPriorTotal(sector: group.group.key, year: year - 1)
        }
        let currentValues = currentRows.compactMap { columns.values[$0] }
        var increments: [Double] = []
        var subsidyAmounts: [Double] = []
        for row in currentRows where columns.supported[row] {
            let (now, before) = try valuesOfSupportedFirm(row: row, keys: keys, values: columns.values, year: year)
            increments.append(now)
            increments.append(-before)
            subsidyAmounts.append(columns.subsidies?[row] ?? 0)
        }
        let subsidyTotal = compensatedSum(subsidyAmounts)
        return try SectorEffect(
            group: group.group, measure: value, year: year, supportedFirms: subsidyAmounts.count,
            subsidy: columns.subsidies == nil ? nil : columns.subsidyUnit.convert(subsidyTotal, to: .wan),
            supportedIncrement: compensatedSum(increments), priorTotal: compensatedSum(priorValues),
            currentTotal: currentValues.isEmpty ? nil : compensatedSum(currentValues))
    }

    /// The value of the supported firm on `row` in `year` and in `year − 1`; both are required.
    private func valuesOfSupportedFirm(row: Int, keys: FirmYearRows, values: NumericColumn,
                                       year: Int) throws(AccountingError) -> (now: Double, before: Double) {
        let firm = keys.firms[row]
        guard let now = values[row] else {
            throw .missingValue(firm: firm, year: year, column: value)
        }
        guard let priorRow = keys.row(firm: firm, year: year - 1), let before = values[priorRow] else {
            throw .missingValue(firm: firm, year: year - 1, column: value)
        }
        return (now, before)
    }
}
