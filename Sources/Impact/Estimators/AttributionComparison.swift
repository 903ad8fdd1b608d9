/// The report's naive attribution per 万元 set beside a causal (difference-in-differences)
/// estimate, sector by sector. Immutable.
///
/// For each sector line (a sector and the panel column it is measured on):
/// - naive: `Σ_supported (v_t − v_{t−1}) / Σ subsidy` — the seed report's leverage, which
///   credits the subsidy with the supported firms' whole increment;
/// - causal: the two-way fixed-effects DiD on the sector's firms, `v_it = α_i + λ_t +
///   τ·supported_i·1{t = evaluated year} + ε_it` over every year up to the evaluated one,
///   firm-clustered; its ATT (万元 per supported firm) times the supported firms, divided
///   by their subsidy (`CostEffectiveness.differenceInDifferences`), with its interval.
/// The gap between the two is the growth the supported firms would have had anyway, as
/// measured by the unsupported firms of the same sector.
public struct AttributionComparison: Sendable, Equatable {
    /// One sector line.
    public struct Row: Sendable, Equatable {
        /// Sector name as in the panel.
        public let sector: String
        /// Panel column measured (`revenue_wan`, `output_wan`).
        public let value: String
        /// Supported and unsupported firms of the sector.
        public let supportedFirms: Int
        /// Unsupported firms of the sector (the DiD controls).
        public let unsupportedFirms: Int
        /// Σ subsidy of the supported firms (万元).
        public let subsidy: Double
        /// Naive attribution, 万元 per 万元.
        public let naive: Double
        /// The DiD ATT, 万元 per supported firm in the evaluated year.
        public let att: CoefficientEstimate
        /// DiD effect per 万元 with its interval.
        public let causal: CostEffectivenessEstimate
    }

    /// The evaluated year `t`.
    public let year: Int
    /// One row per sector line that has both supported and unsupported firms.
    public let rows: [Row]
    /// Sector lines left out, with the reason.
    public let omitted: [String]

    /// Creates a comparison.
    public init(year: Int, rows: [Row], omitted: [String]) {
        self.year = year
        self.rows = rows
        self.omitted = omitted
    }
}

extension AttributionComparison {
    /// Computes the comparison on a firm panel.
    ///
    /// - Parameters:
    ///   - panel: one row per firm and year, with `firm`, `yearColumn`, `sectorColumn`,
    ///     the 0/1 `supported` column, `subsidy` (万元, the award repeated on each row) and
    ///     each line's value column.
    ///   - lines: (sector, value column) pairs, e.g. `("工业", "output_wan")`.
    ///   - year: the evaluated year (its rows are "post", earlier rows "pre").
    public static func compute(panel: Table, lines: [(sector: String, value: String)], year: Int,
                               firm: String = "firm_id", yearColumn: String = "year", sectorColumn: String = "sector",
                               supported: String = "supported", subsidy: String = "subsidy_wan") throws(PolicyEffectError) -> AttributionComparison {
        let sectors = try PolicyColumns.labels(panel, sectorColumn)
        let years = try PolicyColumns.numeric(panel, yearColumn)
        let flags = try PolicyColumns.numeric(panel, supported)
        let amounts = try PolicyColumns.numeric(panel, subsidy)
        let firms = try PolicyColumns.labels(panel, firm)
        var rows = [Row]()
        var omitted = [String]()
        for line in lines {
            let selected = (0..<panel.rowCount).filter {
                sectors[$0] == line.sector && !years.isMissing[$0] && years.values[$0] <= Double(year)
            }
            let values = try PolicyColumns.numeric(panel, line.value)
            // Naive: Σ (v_t − v_{t−1}) over supported firms / Σ subsidy (one row per firm).
            var current = [String: Double](), previous = [String: Double](), award = [String: Double]()
            var unsupported = Set<String>()
            for row in selected {
                guard let id = firms[row] else { continue }
                if flags.values[row] != 1 { unsupported.insert(id); continue }
                if years.values[row] == Double(year) {
                    current[id] = values[row]
                    award[id] = amounts[row] ?? 0
                } else if years.values[row] == Double(year - 1) {
                    previous[id] = values[row]
                }
            }
            let supportedIDs = current.keys.filter { previous[$0] != nil }.sorted()
            guard !supportedIDs.isEmpty, !unsupported.isEmpty else {
                omitted.append("\(line.sector) (\(line.value)): needs supported and unsupported firms")
                continue
            }
            let increment = compensatedSum(supportedIDs.map { current[$0]! - previous[$0]! })
            let spent = compensatedSum(supportedIDs.map { award[$0]! })
            guard spent > 0 else { throw .noSubsidy(total: spent) }
            // Causal: TWFE DiD on the sector's firms.
            let post = (0..<panel.rowCount).map { years.isMissing[$0] ? nil : (years.values[$0] == Double(year) ? 1.0 : 0.0) }
            let sector = try policyStep {
                try subset(try panel.appending(.numeric(NumericColumn(post)), named: "post_evaluated_year"), rows: selected)
            }
            let did = try DifferenceInDifferences.estimate(sector, DifferenceInDifferencesSpecification(
                outcome: line.value, unit: firm, time: yearColumn, treated: supported, post: "post_evaluated_year",
                design: .twoWayFixedEffects))
            let causal = try CostEffectiveness.differenceInDifferences(did, table: sector, subsidy: subsidy)
            rows.append(Row(sector: line.sector, value: line.value, supportedFirms: supportedIDs.count,
                            unsupportedFirms: unsupported.count, subsidy: spent, naive: increment / spent,
                            att: did.att, causal: causal))
        }
        return AttributionComparison(year: year, rows: rows, omitted: omitted)
    }

    /// Rows `rows` of `table`, every column kept.
    private static func subset(_ table: Table, rows: [Int]) throws -> Table {
        let columns: [(name: String, column: Column)] = zip(table.columnNames, table.columns).map { name, column in
            switch column {
            case .numeric(let numbers):
                return (name, .numeric(NumericColumn(values: rows.map { numbers.values[$0] },
                                                     isMissing: rows.map { numbers.isMissing[$0] })))
            case .categorical(let categories):
                return (name, .categorical(CategoricalColumn(codes: rows.map { categories.codes[$0] },
                                                             levels: categories.levels)))
            }
        }
        return try Table(columns: columns, units: table.units)
    }

    /// The comparison as a table: sector, measure, firms, subsidy, naive and causal per 万元
    /// with the causal interval; clearly labelled as computed on synthetic data when
    /// `synthetic` is true.
    public func reportTable(synthetic: Bool) -> ReportTable {
        let unit = LocalizedText(zh: " 万元/万元", en: " 万元 per 万元")
        let rows: [[ReportCell]] = self.rows.map { row in
            [.text(row.sector), .text(row.value), .integer(row.supportedFirms), .integer(row.unsupportedFirms),
             .number(row.subsidy, decimals: 2), .quantity(row.naive, decimals: 2, unit: unit),
             .quantity(row.causal.value, decimals: 2, unit: unit),
             .number(row.causal.confidenceLow ?? .nan, decimals: 2), .number(row.causal.confidenceHigh ?? .nan, decimals: 2)]
        }
        var notes = [LocalizedText(
            zh: "朴素归因 = 受支持企业 \(year - 1)→\(year) 增量合计 ÷ 资金合计（报告口径，把全部增长记在资金名下）；因果估计 = 同行业双向固定效应双重差分（\(year) 年为政策后，此前各年为政策前，按企业聚类）的 ATT × 受支持企业数 ÷ 资金合计。两者之差是未受支持企业同期也会有的增长。",
            en: "Naive = supported firms' \(year - 1)→\(year) increment ÷ subsidy (the report's measure, crediting all growth to the subsidy); causal = the sector's two-way fixed-effects DiD (\(year) post, earlier years pre, firm-clustered) ATT × supported firms ÷ subsidy. The gap is growth the unsupported firms show too.")]
        if synthetic {
            notes.insert(LocalizedText(
                zh: "注意：本节基于合成企业面板（见数据集 README），仅演示方法，数值不是真实政策效果。",
                en: "Note: computed on the SYNTHETIC firm panel (see the dataset README); it demonstrates the method, the numbers are not real policy effects."), at: 0)
        }
        notes += omitted.map { LocalizedText(zh: "未列出：\($0)", en: "Left out: \($0)") }
        return ReportTable(
            title: LocalizedText(zh: "每万元资金效果：朴素归因 vs 因果估计（合成数据）", en: "Per 万元: naive attribution vs causal estimate (synthetic data)"),
            columns: [ReportColumn(key: "sector", header: LocalizedText(zh: "行业", en: "Sector")),
                      ReportColumn(key: "value", header: LocalizedText(zh: "指标", en: "Measure")),
                      ReportColumn(key: "supported_firms", header: LocalizedText(zh: "受支持企业", en: "Supported")),
                      ReportColumn(key: "unsupported_firms", header: LocalizedText(zh: "未受支持企业", en: "Unsupported")),
                      ReportColumn(key: "subsidy_wan", header: LocalizedText(zh: "资金（万元）", en: "Subsidy (万元)")),
                      ReportColumn(key: "naive_per_wan", header: LocalizedText(zh: "朴素归因", en: "Naive")),
                      ReportColumn(key: "causal_per_wan", header: LocalizedText(zh: "因果估计", en: "Causal (DiD)")),
                      ReportColumn(key: "causal_ci_low", header: LocalizedText(zh: "95% 置信下限", en: "95% CI low")),
                      ReportColumn(key: "causal_ci_high", header: LocalizedText(zh: "95% 置信上限", en: "95% CI high"))],
            rows: rows, notes: notes, key: "naive_vs_causal")
    }
}
