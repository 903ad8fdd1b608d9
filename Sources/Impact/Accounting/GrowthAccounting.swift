/// Sector growth accounting on a firm-level panel: how much the supported firms added to
/// their sector between `t − 1` and `t`.
///
/// For each group (a sector, or the whole panel), over the firms with the value in both
/// `t − 1` and `t` (balanced pairs):
/// - Δsupported = Σ_{supported firms} (x_t − x_{t−1});
/// - total(t−1), total(t) = Σ x over the same firms;
/// sums are compensated (Neumaier), so two-decimal amounts add up without drift;
/// - the derived pull, growth rate, contribution share and leverage of ``SectorEffect``.
///
/// Conventions (balanced pairs): a firm enters its sector's prior total, current total and
/// increment (and, if supported, the subsidy) only when it has the value in both `t − 1` and
/// `t`; so a blank cell, an entrant or an exit never changes one total and not the other.
/// Firms left out are counted per sector, supported and unsupported apart, in the notes
/// (``AccountingNote/firmsLeftOut(group:year:supported:unsupported:)``); with
/// ``AccountingMissingValues/error`` they are refused instead, all listed in one error. A
/// firm's sector, support status and subsidy are read on its row of year `t` (its `t − 1` row
/// when it has none; see ``SupportCriterion``). When sectors are listed one by one, a sector
/// with no balanced pair has no prior total: its pull is undefined, so it is left out of the
/// table and the ranking with a note. A negative subsidy is an error. Units: amounts stay in
/// the value column's unit (declared by the table, or implied by a `_wan`/`_yi`/`_yuan` name,
/// see ``MoneyUnit/impliedBy(columnName:)``); the subsidy column (万元 unless declared or named
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
    /// What to do with a firm lacking the value in `t − 1` or `t`; default
    /// ``AccountingMissingValues/standard`` (drop and count).
    public let missing: AccountingMissingValues

    /// Creates an accounting request.
    ///
    /// - Parameters:
    ///   - value: the value column; required.
    ///   - support: default `.flag(column: "supported")`.
    ///   - subsidy: default `nil` (no leverage). With `.subsidy(column:)` support, pass the
    ///     same column to get leverage.
    ///   - grouping: default `.bySector()` (every sector).
    ///   - layout: default `firm_id`, `year`, `sector`.
    ///   - missing: default ``AccountingMissingValues/standard`` (balanced pairs, drop).
    public init(value: String, support: SupportCriterion = .standard,
                subsidy: String? = nil, grouping: SectorGrouping = .bySector(),
                layout: PanelLayout = PanelLayout(), missing: AccountingMissingValues = .standard) {
        self.value = value
        self.support = support
        self.subsidy = subsidy
        self.grouping = grouping
        self.layout = layout
        self.missing = missing
    }

    /// The effect lines of year `year` (increments from `year − 1`), one per group.
    ///
    /// Throws for unknown columns (naming the nearest), a duplicate firm-year, a missing year,
    /// a negative subsidy, an infinite value or subsidy in `t − 1` or `t`, a support criterion matching no firm, firms lacking a value under
    /// ``AccountingMissingValues/error`` (all listed), and a zero or missing previous-year
    /// total of a group asked for by name, pooled, or of every sector (naming sector and year).
    public func effects(in panel: Table, year: Int) throws(AccountingError) -> SectorEffectTable {
        let keys = try FirmYearRows(panel: panel, layout: layout)
        try keys.requireYear(year)
        try keys.requireYear(year - 1)
        let columns = try Columns(panel: panel, value: value, subsidy: subsidy,
                                  supported: support.supportedRows(in: panel), keys: keys)
        let used = keys.rows(inYear: year - 1) + keys.rows(inYear: year)
        try AccountingError.requireFinite(columns.values, column: value, keys: keys, rows: used)
        if let subsidy, let subsidies = columns.subsidies {
            try AccountingError.requireFinite(subsidies, column: subsidy, keys: keys, rows: used)
        }
        let pairs = FirmPair.pairs(keys: keys, values: columns.values, supported: columns.supported, year: year)
        if missing == .error {
            let lacking = pairs.flatMap { $0.missing(column: value, year: year) }
            guard lacking.isEmpty else { throw .incompletePairs(lacking) }
        }
        let requested = try groups(keys: keys)
        var effects: [SectorEffect] = []
        var notes: [AccountingNote] = [.supportedIncrement(support, year: year), .balancedPairs(year: year)]
        for group in requested {
            let members = pairs.filter { group.members?.contains($0.sector) ?? true }
            let left = members.filter { !$0.isComplete }
            if !left.isEmpty {
                notes.append(.firmsLeftOut(group: group.group.key, year: year,
                                           supported: left.filter(\.isSupported).count,
                                           unsupported: left.filter { !$0.isSupported }.count))
            }
            guard members.contains(where: \.isComplete) || !canSkipUndefinedGroups else {
                notes.append(.notRanked(group: group.group.key, year: year))
                continue
            }
            effects.append(try effect(of: group.group, members: members, columns: columns, year: year))
        }
        if effects.isEmpty, let first = requested.first {
            throw .missingPriorTotal(sector: first.group.key, year: year - 1)
        }
        return SectorEffectTable(effects: effects, amountUnit: columns.amountUnit, notes: notes)
    }

    /// Whether a group without a prior total may be left out (with a note) rather than stop
    /// the accounting: only when every sector is listed, not when sectors are named or pooled.
    private var canSkipUndefinedGroups: Bool {
        if case .bySector(nil) = grouping { return true }
        return false
    }

    /// The columns one accounting reads, with their units.
    private struct Columns {
        let values: NumericColumn
        let subsidies: NumericColumn?
        let supported: [Bool]
        let amountUnit: MoneyUnit?
        let subsidyUnit: MoneyUnit

        init(panel: Table, value: String, subsidy: String?, supported: [Bool],
             keys: FirmYearRows) throws(AccountingError) {
            do {
                values = try panel.numeric(value)
                subsidies = try subsidy.map { name throws(TableError) in try panel.numeric(name) }
            } catch {
                throw .table(error)
            }
            if let subsidy, let subsidies {
                try AccountingError.requireNonNegative(subsidies, column: subsidy, keys: keys)
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

    /// The effect line of one group over its balanced pairs: Δsupported, Σsubsidy and the two
    /// totals.
    private func effect(of group: EffectGroup, members: [FirmPair], columns: Columns,
                        year: Int) throws(AccountingError) -> SectorEffect {
        let complete = members.filter(\.isComplete)
        guard !complete.isEmpty else { throw .missingPriorTotal(sector: group.key, year: year - 1) }
        var increments: [Double] = []
        var subsidyAmounts: [Double] = []
        for pair in complete where pair.isSupported {
            increments.append(pair.current ?? 0)
            increments.append(-(pair.prior ?? 0))
            subsidyAmounts.append(pair.currentRow.flatMap { columns.subsidies?[$0] } ?? 0)
        }
        let subsidyTotal = compensatedSum(subsidyAmounts)
        return try SectorEffect(
            group: group, measure: value, year: year, supportedFirms: subsidyAmounts.count,
            subsidy: columns.subsidies == nil ? nil : columns.subsidyUnit.convert(subsidyTotal, to: .wan),
            supportedIncrement: compensatedSum(increments),
            priorTotal: compensatedSum(complete.compactMap(\.prior)),
            currentTotal: compensatedSum(complete.compactMap(\.current)))
    }
}
