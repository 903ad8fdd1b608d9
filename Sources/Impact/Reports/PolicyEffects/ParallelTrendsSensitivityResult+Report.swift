extension ParallelTrendsSensitivityResult {
    /// The `honest` JSON member, keys in this order:
    ///
    ///     {"target": "average_post", "estimate", "std_error", "original": {"ci_low", "ci_high"},
    ///      "relative_magnitudes": [{"mbar", "ci_low", "ci_high"}], "breakdown_mbar",
    ///      "smoothness": [{"m", "ci_low", "ci_high"}], "breakdown_m", "method": "C-LF",
    ///      "alpha", "pre_periods", "post_periods", "grid_points", "simulations",
    ///      "notes": [{"code", "message"}]}
    ///
    /// Empty sets have `null` ends; `breakdown_mbar` is `null` when the set at the smallest
    /// M̄ already contains zero.
    public var jsonValue: JSONValue {
        .object([
            "target": .string("average_post"), "estimate": .number(estimate), "std_error": .number(standardError),
            "original": .object(["ci_low": .number(originalLow), "ci_high": .number(originalHigh)]),
            "relative_magnitudes": .array(relativeMagnitudes.map {
                .object(["mbar": .number($0.bound), "ci_low": .number($0.low), "ci_high": .number($0.high)])
            }),
            "breakdown_mbar": .number(breakdownMbar),
            "smoothness": .array(smoothness.map {
                .object(["m": .number($0.bound), "ci_low": .number($0.low), "ci_high": .number($0.high)])
            }),
            "breakdown_m": .number(breakdownM),
            "method": .string("C-LF"), "alpha": .number(specification.alpha),
            "pre_periods": .integer(coefficients.preperiodCount), "post_periods": .integer(coefficients.postperiodCount),
            "grid_points": .integer(specification.gridPoints), "simulations": .integer(specification.simulations),
            "notes": .array(notes.map(\.jsonValue)),
        ])
    }

    /// The tables: robust intervals against M̄ (first row the original interval), charted as
    /// intervals around θ̂; and, when M values were given, the FLCIs against M.
    public func reportTables(language: Language) -> [ReportTable] {
        reportTables(language: language, estimator: nil)
    }

    /// The tables, titled with the estimator whose event study was analysed (e.g.
    /// `Sun–Abraham`) and keyed `<estimator>_honest_…` when one is named.
    public func reportTables(language: Language, estimator: String?) -> [ReportTable] {
        let tables = allTables(language: language)
        guard let estimator else { return tables }
        let prefix = estimator.lowercased().replacingOccurrences(of: "–", with: "_") + "_"
        return tables.map { table in
            ReportTable(title: LocalizedText(zh: table.title.zh + "（\(estimator)）", en: table.title.en + " (\(estimator))"),
                        columns: table.columns, rows: table.rows, notes: table.notes,
                        key: table.key.map { prefix + $0 }, chart: table.chart)
        }
    }

    private func allTables(language: Language) -> [ReportTable] {
        let level = ReportNumber.fullPrecision((1 - specification.alpha) * 100)
        var tables: [ReportTable] = relativeMagnitudes.isEmpty ? [] : [table(relativeMagnitudes, key: "honest_relative_magnitudes", symbol: "M̄",
                            title: LocalizedText(zh: "平行趋势敏感性分析：相对幅度约束（Rambachan–Roth）",
                                                 en: "Sensitivity to parallel trends: relative magnitudes (Rambachan–Roth)"),
                            level: level, breakdown: breakdownMbar,
                            method: LocalizedText(zh: "条件/最不利混合检验（C-LF）", en: "conditional / least-favourable hybrid (C-LF)"))]
        if !smoothness.isEmpty {
            tables.append(table(smoothness, key: "honest_smoothness", symbol: "M",
                                title: LocalizedText(zh: "平行趋势敏感性分析：平滑性约束（FLCI）",
                                                     en: "Sensitivity to parallel trends: smoothness (FLCI)"),
                                level: level, breakdown: breakdownM,
                                method: LocalizedText(zh: "固定长度置信区间（FLCI）", en: "fixed-length confidence interval (FLCI)")))
        }
        return tables
    }

    // Long: one table layout with its notes for both bounds.
    private func table(_ intervals: [RobustInterval], key: String, symbol: String, title: LocalizedText,
                       level: String, breakdown: Double?, method: LocalizedText) -> ReportTable {
        let original: [ReportCell] = [.label(LocalizedText(zh: "原区间", en: "Original")), .number(estimate, decimals: 4),
                                      .number(originalLow, decimals: 4), .number(originalHigh, decimals: 4),
                                      .label(originalLow > 0 || originalHigh < 0 ? Self.yes : Self.no)]
        let rows = intervals.map { interval -> [ReportCell] in
            [.text("\(symbol) = \(ReportNumber.fullPrecision(interval.bound))"), .number(estimate, decimals: 4),
             interval.low.map { .number($0, decimals: 4) } ?? .empty,
             interval.high.map { .number($0, decimals: 4) } ?? .empty,
             .label(interval.excludesZero ? Self.yes : Self.no)]
        }
        let post = coefficients.postperiodCount, pre = coefficients.preperiodCount
        let breakdownText = breakdown.map { ReportNumber.fullPrecision($0) }
        var notes = [LocalizedText(
            zh: "目标：\(post) 个事后期效应的平均值 θ（估计值 \(ReportNumber.fixed(estimate, decimals: 4))，标准误 \(ReportNumber.fixed(standardError, decimals: 4))）；事前期 \(pre) 个（参照期 e = −1 除外）；方法：\(method.zh)，\(level)% 稳健置信集。",
            en: "Target: θ, the average of the \(post) post-period effects (estimate \(ReportNumber.fixed(estimate, decimals: 4)), standard error \(ReportNumber.fixed(standardError, decimals: 4))); \(pre) pre-periods besides the reference e = −1; method: \(method.en), \(level)% robust sets."),
            breakdownText.map { LocalizedText(
                zh: "临界值（breakdown）\(symbol) = \($0)：网格上不超过该值时稳健区间均不含 0（真实临界值在它与下一个网格值之间）。",
                en: "Breakdown value \(symbol) = \($0): up to it every robust interval of the grid excludes 0 (the exact value lies between it and the next grid value).") }
                ?? LocalizedText(zh: "网格上最小的 \(symbol) 下稳健区间已包含 0，无临界值。",
                                 en: "The robust interval at the smallest \(symbol) of the grid already contains 0: no breakdown value.")]
        if key == "honest_relative_magnitudes" { notes += self.notes.map(\.wording) }
        return ReportTable(
            title: title,
            columns: [ReportColumn(key: "bound", header: LocalizedText(zh: "约束", en: "Bound")),
                      ReportColumn(key: "estimate", header: LocalizedText(zh: "θ 估计值", en: "θ estimate")),
                      ReportColumn(key: "ci_low", header: LocalizedText(zh: "\(level)% 下限", en: "\(level)% low")),
                      ReportColumn(key: "ci_high", header: LocalizedText(zh: "\(level)% 上限", en: "\(level)% high")),
                      ReportColumn(key: "excludes_zero", header: LocalizedText(zh: "不含 0", en: "Excludes 0"))],
            rows: [original] + rows, notes: notes, key: key)
            .chartingIntervals("estimate", low: "ci_low", high: "ci_high", labelledBy: "bound")
    }

    private static let yes = LocalizedText(zh: "是", en: "yes")
    private static let no = LocalizedText(zh: "否", en: "no")
}
