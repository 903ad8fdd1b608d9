extension ScoreSheet {
    /// The filled 绩效自评表 as a ``ReportTable``: one row per indicator (一级指标, 二级指标,
    /// 三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施), then a 总分 row (maximum and total) and an
    /// 评价等级 row (the grade). Notes name the profile and, when it applied, the execution cap (the
    /// ``ScoringWarning/totalCapped(uncapped:cap:executionRate:)`` warning's sentence).
    ///
    /// Scores show the profile's decimals; weights show 0 decimals when whole, else 2.
    /// 不适用 rows have an empty score.
    public func reportTable(language: Language = .zh) -> ReportTable {
        let columns = [
            ReportColumn(key: "level1", header: LocalizedText(zh: "一级指标", en: "Level 1")),
            ReportColumn(key: "level2", header: LocalizedText(zh: "二级指标", en: "Level 2")),
            ReportColumn(key: "level3", header: LocalizedText(zh: "三级指标", en: "Level 3")),
            ReportColumn(key: "target", header: LocalizedText(zh: "年度指标值", en: "Target")),
            ReportColumn(key: "actual", header: LocalizedText(zh: "实际完成值", en: "Actual")),
            ReportColumn(key: "weight", header: LocalizedText(zh: "分值", en: "Weight")),
            ReportColumn(key: "score", header: LocalizedText(zh: "得分", en: "Score")),
            ReportColumn(key: "deviation_reason", header: LocalizedText(zh: "偏差原因分析及改进措施", en: "Deviation reasons and remedies")),
        ]
        let decimals = profile.rounding.decimals
        func points(_ value: Double) -> ReportCell {
            .number(value, decimals: value == value.rounded() ? 0 : 2)
        }
        var cells: [[ReportCell]] = rows.map { row in
            let indicator = row.indicator
            return [
                .text(indicator.level1), .text(indicator.level2), .text(indicator.level3),
                .text(indicator.printedTarget(language)),
                indicator.printedActual(language).map { .text($0) } ?? .empty,
                points(row.weight),
                row.score.map { .number($0, decimals: decimals) } ?? .empty,
                .text(indicator.deviationReason),
            ]
        }
        let blank = ReportCell.text("")
        cells.append([.label(LocalizedText(zh: "总分", en: "Total")), blank, blank, blank, blank,
                      points(maximum), .number(total, decimals: decimals), blank])
        cells.append([.label(LocalizedText(zh: "评价等级", en: "Grade")), blank, blank, blank, blank,
                      blank, .label(grade.label), blank])
        let summary = profile.summary.text
        var notes = [LocalizedText(zh: "评分规则：\(profile.name)（\(summary.zh)）",
                                   en: "Scoring profile: \(profile.name) (\(summary.en))")]
        // The execution cap, worded once (as the scoring's warning).
        notes += warnings.filter { if case .totalCapped = $0 { true } else { false } }.map(\.wording)
        let heading = LocalizedText(zh: "绩效自评表", en: "Performance self-evaluation")
        let title = self.title.map { LocalizedText(zh: "\($0) \(heading.zh)", en: "\($0): \(heading.en)") } ?? heading
        return ReportTable(title: title, columns: columns, rows: cells, notes: notes)
    }
}
