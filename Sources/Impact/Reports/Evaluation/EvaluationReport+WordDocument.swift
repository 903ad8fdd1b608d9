extension EvaluationReport {
    /// The 项目支出绩效评价报告 as a Word document, in the seed report's outline: 一、基本情况;
    /// 二、绩效评价工作开展情况; 三、综合评价情况及评价结论 (total, grade and the 自评表);
    /// 四、绩效指标分析 (each indicator's target, actual and deviation reason); 五、行业拉动效果
    /// (pull and contribution, with a chart); 六、每万元资金效果 (naive versus causal with its
    /// caveats and a chart with intervals); 七、存在的问题及原因分析 and 八、有关建议 as marked
    /// placeholders for the evaluator; 附录 the methods.
    // Long: the report's outline, section after section, reads best in one place.
    func wordDocument(language: Language) -> WordDocument {
        let zh = language == .zh
        func word(_ chinese: String, _ english: String) -> String { zh ? chinese : english }
        let form = selfEvaluationForm, programme = form.programme
        var document = WordDocument(title: title.text(language))
        document.append(.heading(word("一、基本情况", "1. Background"), level: 1))
        document.append(.heading(word("（一）项目概况", "1.1 The programme"), level: 2))
        if let total = programme.funds(.total), let budget = total.fullYearBudget ?? total.initialBudget {
            var text = word("项目全年预算 \(ReportNumber.fixed(budget, decimals: 3)) 万元",
                            "The programme's full-year budget is \(ReportNumber.fixed(budget, decimals: 3)) 万元")
            if let executed = total.executed { text += word("，全年执行 \(ReportNumber.fixed(executed, decimals: 3)) 万元", ", executed \(ReportNumber.fixed(executed, decimals: 3)) 万元") }
            if let other = programme.funds(.other)?.executed ?? programme.funds(.other)?.fullYearBudget, other > 0 {
                text += word("，其中其他资金 \(ReportNumber.fixed(other, decimals: 3)) 万元", ", of which other funds \(ReportNumber.fixed(other, decimals: 3)) 万元")
            }
            document.append(.paragraph(text + word("。", ".")))
        } else {
            document.append(.placeholder(word("【待填写：项目概况（预算、资金安排、支持项目数）。】", "[To be written: the programme, its budget and the projects supported.]")))
        }
        document.append(.heading(word("（二）项目绩效目标", "1.2 Performance objectives"), level: 2))
        if programme.objectives.isEmpty {
            document.append(.placeholder(word("【待填写：年度总体目标。】", "[To be written: the annual objectives.]")))
        }
        for (index, objective) in programme.objectives.enumerated() {
            document.append(.paragraph("\(index + 1). " + objective.expected
                + (objective.achieved.isEmpty ? "" : word("（完成情况：\(objective.achieved)）", " (achieved: \(objective.achieved))"))))
        }
        document.append(.heading(word("二、绩效评价工作开展情况", "2. How the evaluation was done"), level: 1))
        document.append(.paragraph(word(
            "本次绩效自评按评分规则 \(scoreSheet.profile.name)（\(scoreSheet.profile.summary.text.zh)）对 \(scoreSheet.rows.count) 项绩效指标逐项打分；行业拉动效果与每万元资金效果由企业面板数据（\(year) 年）计算。",
            "The self-evaluation scores \(scoreSheet.rows.count) indicators under the profile \(scoreSheet.profile.name) (\(scoreSheet.profile.summary.text.en)); the sector effects and the effect per 万元 are computed from the firm panel (\(year)).")))
        document.append(.placeholder(word("【待填写：组织方式、工作过程。】", "[To be written: how the evaluation was organised.]")))
        document.append(.heading(word("三、综合评价情况及评价结论", "3. Overall result"), level: 1))
        let decimals = scoreSheet.profile.rounding.decimals
        document.append(.paragraph(word(
            "项目自评得分为 \(ReportNumber.fixed(scoreSheet.total, decimals: decimals)) 分（满分 \(ReportNumber.fixed(scoreSheet.maximum, decimals: SelfEvaluationForm.pointDecimals(scoreSheet.maximum)))），评价等级为“\(scoreSheet.grade.label.zh)”。",
            "The self-evaluation scores \(ReportNumber.fixed(scoreSheet.total, decimals: decimals)) of \(ReportNumber.fixed(scoreSheet.maximum, decimals: SelfEvaluationForm.pointDecimals(scoreSheet.maximum))) points; the grade is \(scoreSheet.grade.label.en) (\(scoreSheet.grade.label.zh)).")))
        form.appendForm(to: &document, language: language)
        document.append(.heading(word("四、绩效指标分析", "4. Indicators"), level: 1))
        for row in scoreSheet.rows { document.append(.paragraph(Self.indicatorSentence(row, decimals: decimals, language: language))) }
        appendAnalysis(to: &document, language: language)
        document.append(.heading(word("七、存在的问题及原因分析", "7. Problems and their causes"), level: 1))
        document.append(.placeholder(word("【待评价人员填写：存在的问题及原因分析。】", "[For the evaluator: problems found and their causes.]")))
        document.append(.heading(word("八、有关建议", "8. Recommendations"), level: 1))
        document.append(.placeholder(word("【待评价人员填写：有关建议。】", "[For the evaluator: recommendations.]")))
        appendMethods(to: &document, language: language)
        return document
    }

    /// 五 and 六: the sector effects (pull and contribution, chart) and naive versus causal.
    private func appendAnalysis(to document: inout WordDocument, language: Language) {
        let zh = language == .zh
        let sectors = sectorEffects.reportTable(unit: Self.amountUnit)
        document.append(.heading(zh ? "五、行业拉动效果分析" : "5. Sector effects", level: 1))
        document.append(.heading(zh ? "（一）拉动与贡献率" : "5.1 Pull and contribution", level: 2))
        let narrow = sectors.selecting(["sector", "measure", "supported_firms", "subsidy_wan", "increment", "pull_pp", "contribution_pct"])
        document.append(.table(WordTable(narrow, language: language)))
        if let chart = sectors.chart, let office = OfficeChart(table: sectors, chart: chart, language: language, sheet: "") {
            document.append(.chart(OfficeChart(title: office.title, categories: office.categories, series: office.series,
                                               valueAxisTitle: zh ? "个百分点" : "pp")))
        }
        document.append(.heading(zh ? "（二）投入产出" : "5.2 Totals and leverage", level: 2))
        document.append(.table(WordTable(sectors.selecting(["sector", "prior_total", "current_total", "growth_rate_pct", "leverage_per_wan", "rank_pull", "rank_leverage"]), language: language)))
        for note in sectors.notes { document.append(.note(note.text(language))) }
        if let rdIntensity {
            let table = rdIntensity.reportTable()
            document.append(.heading(zh ? "（三）研发投入强度" : "5.3 R&D intensity", level: 2))
            document.append(.table(WordTable(table.selecting(["sector", "firms_group", "firms", "aggregate_pct", "mean_of_ratios_pct"]),
                                             language: language)))
            if let chart = rdIntensityChart(rdIntensity, language: language) { document.append(.chart(chart)) }
            for note in table.notes { document.append(.note(note.text(language))) }
        }
        document.append(.heading(zh ? "六、每万元资金效果：朴素归因与因果估计" : "6. Per 万元: naive attribution and causal estimate", level: 1))
        guard let attribution else {
            document.append(.placeholder(zh ? "【本节未能计算，见警告。】" : "[This section could not be computed; see the warnings.]"))
            return
        }
        let table = attribution.reportTable(synthetic: isSynthetic, sectorNames: sectorNames)
        document.append(.table(WordTable(table, language: language)))
        document.append(.chart(naiveVersusCausalChart(attribution, language: language)))
        for note in table.notes { document.append(.note(note.text(language))) }
    }

    /// 附录: the methods (scoring rules, formulas, the DiD design and its estimates).
    private func appendMethods(to document: inout WordDocument, language: Language) {
        let zh = language == .zh
        document.append(.heading(zh ? "附录：方法说明" : "Appendix: methods", level: 1))
        for note in scoreSheet.reportTable(language: language).notes { document.append(.paragraph(note.text(language))) }
        document.append(.paragraph(zh
            ? "得分 = 分值 × min(实际完成值 ÷ 年度指标值, 1)（正向指标）；成本指标超支按 年度指标值 ÷ 实际完成值；定性指标按达成程度；总分 ≥ 90 为优，80–90 为良，60–80 为中，60 以下为差。"
            : "Score = weight × min(actual ÷ target, 1) for higher-is-better rows; cost overruns score target ÷ actual; qualitative rows by achievement; total ≥ 90 excellent, 80–90 good, 60–80 fair, below 60 poor."))
        document.append(.paragraph(SectorEffectTable.formulaNote.text(language)))
        if let attribution {
            let estimates = estimatesTable(attribution)
            document.append(.heading(estimates.title.text(language), level: 2))
            document.append(.table(WordTable(estimates, language: language)))
            for note in estimates.notes { document.append(.note(note.text(language))) }
        }
        if let provenance {
            document.append(.heading(zh ? "可重复性" : "Reproducibility", level: 2))
            for line in provenance.lines(language: language) { document.append(.paragraph(line)) }
        }
    }

    /// One indicator as a sentence: name, target, actual, weight, score and, when given,
    /// the deviation reason.
    static func indicatorSentence(_ row: ScoredIndicator, decimals: Int, language: Language) -> String {
        let indicator = row.indicator
        let score = row.score.map { ReportNumber.fixed($0, decimals: decimals) } ?? (language == .zh ? "不适用" : "n/a")
        let weight = ReportNumber.fixed(row.weight, decimals: SelfEvaluationForm.pointDecimals(row.weight))
        let actual = indicator.printedActual(language) ?? "—"
        let level = [indicator.level1, indicator.level2].filter { !$0.isEmpty }.joined(separator: "—")
        if language == .zh {
            var text = (level.isEmpty ? "" : "\(level)：") + "\(indicator.name)。年度指标值 \(indicator.printedTarget(.zh))，实际完成值 \(actual)，分值 \(weight)，得分 \(score)。"
            if !indicator.deviationReason.isEmpty { text += "偏差原因及改进措施：\(indicator.deviationReason)" }
            return text
        }
        var text = (level.isEmpty ? "" : "\(level): ") + "\(indicator.name). Target \(indicator.printedTarget(.en)), actual \(actual), weight \(weight), score \(score)."
        if !indicator.deviationReason.isEmpty { text += " Deviation and remedy: \(indicator.deviationReason)" }
        return text
    }
}

extension ReportTable {
    /// The table with only the columns whose keys are in `keys` (in the table's order),
    /// without its chart.
    func selecting(_ keys: [String]) -> ReportTable {
        let kept = columns.indices.filter { keys.contains(columns[$0].key) }
        return ReportTable(title: title, columns: kept.map { columns[$0] }, rows: rows.map { row in kept.map { row[$0] } },
                           notes: [], key: key)
    }
}
