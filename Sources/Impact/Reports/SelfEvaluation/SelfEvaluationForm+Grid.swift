import Foundation
extension SelfEvaluationForm {
    /// The official layout on a nine-column grid: column 0 holds the block labels (项目资金,
    /// 年度总体目标, 绩效指标, merged down their block); the indicator block uses columns 1–8
    /// (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施), with 一级
    /// and 二级 merged down where consecutive rows repeat them.
    // Long: the form is one layout, row after row, read best in one place.
    func grid(language: Language) -> FormGrid {
        typealias Cell = FormGrid.Cell
        let zh = language == .zh
        func word(_ chinese: String, _ english: String) -> String { zh ? chinese : english }
        var grid = FormGrid(columns: 9, columnWidths: [9, 11, 11, 20, 11, 11, 7, 9, 24])
        grid.rows.append([.text(Self.heading.text(language), at: 0, span: 9, role: .title)])
        let year = programme.year.map { zh ? "（\($0)年度）" : "(\($0))" } ?? word("（　　年度）", "(year)")
        grid.rows.append([.text(year, at: 0, span: 9, role: .subtitle)])
        grid.rows.append([.text(word("项目名称", "Programme"), at: 0, role: .label),
                          .text(programme.title ?? sheet.title ?? "", at: 1, span: 8)])
        grid.rows.append([.text(word("主管部门", "Department"), at: 0, role: .label),
                          .text(programme.department ?? "", at: 1, span: 3),
                          .text(word("实施单位", "Implementer"), at: 4, span: 2, role: .label),
                          .text(programme.implementer ?? "", at: 6, span: 3)])
        // The funds block: a header row and one row per source.
        let sources = FundingSource.allCases
        grid.rows.append([
            .text(word("项目资金（万元）", "Funds (10k yuan)"), at: 0, rowSpan: sources.count + 1, role: .label),
            .text("", at: 1, span: 2, role: .header),
            .text(word("年初预算数", "Initial budget"), at: 3, role: .header),
            .text(word("全年预算数", "Full-year budget"), at: 4, role: .header),
            .text(word("全年执行数", "Executed"), at: 5, role: .header),
            .text(word("分值", "Weight"), at: 6, role: .header),
            .text(word("执行率", "Execution"), at: 7, role: .header),
            .text(word("得分", "Score"), at: 8, role: .header),
        ])
        for source in sources {
            let line = programme.funds(source)
            let isTotal = source == .total
            let rate = isTotal ? executionRate : line?.executionRate
            grid.rows.append([
                .text(Self.fundsLabel(source).text(language), at: 1, span: 2),
                .number(line?.initialBudget, decimals: Self.amountDecimals(line?.initialBudget), at: 3),
                .number(line?.fullYearBudget, decimals: Self.amountDecimals(line?.fullYearBudget), at: 4),
                .number(line?.executed, decimals: Self.amountDecimals(line?.executed), at: 5),
                isTotal ? .number(executionRow?.weight, decimals: executionRow.map { Self.pointDecimals($0.weight) } ?? 0, at: 6)
                    : .text("—", at: 6, role: .number),
                .number(rate, decimals: 2, suffix: "%", at: 7),
                isTotal ? .number(executionRow?.score, decimals: sheet.profile.rounding.decimals, at: 8)
                    : .text("—", at: 8, role: .number),
            ])
        }
        // 年度总体目标.
        let objectives = programme.objectives.isEmpty ? [ProgrammeObjective(expected: "", achieved: "")] : programme.objectives
        grid.rows.append([.text(word("年度总体目标", "Annual objectives"), at: 0, rowSpan: objectives.count + 1, role: .label),
                          .text(word("预期目标", "Expected"), at: 1, span: 4, role: .header),
                          .text(word("实际完成情况", "Achieved"), at: 5, span: 4, role: .header)])
        for objective in objectives {
            grid.rows.append([.text(objective.expected, at: 1, span: 4), .text(objective.achieved, at: 5, span: 4)])
        }
        appendIndicators(to: &grid, language: language)
        grid.rows.append([.text(word("总分", "Total"), at: 0, span: 6, role: .label),
                          .number(sheet.maximum, decimals: Self.pointDecimals(sheet.maximum), at: 6),
                          .number(sheet.total, decimals: sheet.profile.rounding.decimals, at: 7),
                          .text("", at: 8)])
        grid.rows.append([.text(word("评价等级", "Grade"), at: 0, span: 6, role: .label),
                          .text(sheet.grade.label.text(language), at: 6, span: 3, role: .label)])
        let sign = programme.signOff
        grid.rows.append([
            .text(word("填报人：", "Prepared by: ") + (sign.preparer ?? ""), at: 0, span: 2, role: .footer),
            .text(word("审核人：", "Reviewed by: ") + (sign.reviewer ?? ""), at: 2, span: 2, role: .footer),
            .text(word("联系电话：", "Telephone: ") + (sign.telephone ?? ""), at: 4, span: 2, role: .footer),
            .text(word("填报日期：", "Date: ") + (sign.date ?? ""), at: 6, span: 3, role: .footer),
        ])
        return grid
    }

    /// The indicator block: its header row (repeated on printed pages) and one row per
    /// scored indicator, 一级/二级 merged down over runs of equal names.
    private func appendIndicators(to grid: inout FormGrid, language: Language) {
        let headers = Self.indicatorHeaders.map { $0.text(language) }
        grid.repeatedRow = grid.rows.count
        let count = sheet.rows.count
        grid.rows.append([.text(language == .zh ? "绩效指标" : "Indicators", at: 0, rowSpan: count + 1, role: .label)]
            + headers.enumerated().map { .text($1, at: $0 + 1, role: .header) })
        let level1 = sheet.rows.map(\.indicator.level1), level2 = sheet.rows.map(\.indicator.level2)
        let runs1 = Self.runLengths(level1, names: level1)
        let runs2 = Self.runLengths(zip(level1, level2).map { $0 + "\u{1F}" + $1 }, names: level2)
        for (index, row) in sheet.rows.enumerated() {
            let indicator = row.indicator
            var cells: [FormGrid.Cell] = []
            if let run = runs1[index] { cells.append(.text(indicator.level1, at: 1, rowSpan: run, role: .label)) }
            if let run = runs2[index] { cells.append(.text(indicator.level2, at: 2, rowSpan: run, role: .label)) }
            cells += [
                .text(indicator.level3.isEmpty ? indicator.name : indicator.level3, at: 3),
                .text(indicator.printedTarget(language), at: 4),
                .text(indicator.printedActual(language) ?? "", at: 5),
                .number(row.weight, decimals: Self.pointDecimals(row.weight), at: 6),
                row.score.map { .number($0, decimals: sheet.profile.rounding.decimals, at: 7) }
                    ?? .text(language == .zh ? "不适用" : "n/a", at: 7, role: .number),
                .text(indicator.deviationReason, at: 8),
            ]
            grid.rows.append(cells)
        }
    }

    /// For each position, the length of the run of equal keys starting there, or `nil`
    /// inside a run (the cell is merged into the one above). A position whose name is empty
    /// never merges with its neighbours.
    static func runLengths(_ keys: [String], names: [String]) -> [Int?] {
        var result = [Int?](repeating: nil, count: keys.count)
        var start = 0
        while start < keys.count {
            var end = start + 1
            while end < keys.count, !names[start].isEmpty, keys[end] == keys[start] { end += 1 }
            result[start] = end - start
            start = end
        }
        return result
    }

    /// Decimals of a weight: none when whole, else two.
    static func pointDecimals(_ value: Double) -> Int { value == value.rounded() ? 0 : 2 }

    /// Decimals for a 万元 amount of the funds block: two, or up to four (one 元) when the
    /// office wrote more, so 11559.274 prints as written, never rounded to 11559.27.
    static func amountDecimals(_ value: Double?) -> Int {
        guard let value else { return 2 }
        return (2...4).first { places in
            let scaled = value * pow(10, Double(places))
            return abs(scaled - scaled.rounded()) < 1e-6 * max(1, abs(scaled)) * 1e-3
        } ?? 4
    }

    /// The indicator block's column headers, in the 10号 wording.
    static let indicatorHeaders = [
        LocalizedText(zh: "一级指标", en: "Level 1"), LocalizedText(zh: "二级指标", en: "Level 2"),
        LocalizedText(zh: "三级指标", en: "Level 3"), LocalizedText(zh: "年度指标值", en: "Target"),
        LocalizedText(zh: "实际完成值", en: "Actual"), LocalizedText(zh: "分值", en: "Weight"),
        LocalizedText(zh: "得分", en: "Score"), LocalizedText(zh: "偏差原因分析及改进措施", en: "Deviation reasons and remedies"),
    ]

    /// The row label of a funding source.
    static func fundsLabel(_ source: FundingSource) -> LocalizedText {
        switch source {
        case .total: LocalizedText(zh: "年度资金总额", en: "Total funds")
        case .currentAppropriation: LocalizedText(zh: "其中：当年财政拨款", en: "of which: this year's appropriation")
        case .carriedOver: LocalizedText(zh: "上年结转资金", en: "Carried over from last year")
        case .other: LocalizedText(zh: "其他资金", en: "Other funds")
        }
    }
}
