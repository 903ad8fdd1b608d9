import Foundation

extension EvaluationReport {
    /// Terminal, Markdown and CSV: the tables in reading order (`tablesInReadingOrder(language:)`).
    /// HTML: the 自评表 in the official layout (merged cells), the sector effect table with
    /// its chart (landscape when printed), naive versus causal per 万元 with a chart of points
    /// and 95 % intervals, R&D intensity by sector with a chart of the aggregate intensity of
    /// all and of supported firms, and a methods and data appendix. The other text formats print the
    /// report tables.
    public func customText(format: OutputFormat, language: Language) -> String? {
        let ordered = { tablesInReadingOrder(language: language) }
        switch format {
        case .table: return TextTableRenderer.render(ordered(), language: language, title: title)
        case .md: return MarkdownRenderer.render(ordered(), language: language, title: title)
        case .csv: return CSVRenderer.render(ordered(), language: language)
        case .html: break
        case .json, .xlsx, .docx: return nil
        }
        let escape = HTMLRenderer.escape
        let form = selfEvaluationForm
        var body = form.grid(language: language).html(escape: escape)
        for note in scoreSheet.reportTable(language: language).notes {
            body += "<p class=\"note\">\(escape(note.text(language)))</p>\n"
        }
        body += HTMLRenderer.section(sectorEffects.reportTable(unit: Self.amountUnit), language: language)
        if let attribution {
            let table = attribution.reportTable(synthetic: isSynthetic, sectorNames: sectorNames)
            var section = HTMLRenderer.section(table, language: language)
            let chart = naiveVersusCausalChart(attribution, language: language)
            let svg = SVGIntervalChart(
                caption: chart.title, categories: chart.categories,
                series: chart.series.map { SVGIntervalChart.Series(name: $0.name, values: $0.values, intervals: $0.interval) },
                reference: nil, axisLabel: chart.valueAxisTitle).render()
            section = section.replacingOccurrences(of: "</section>\n", with: svg + "\n</section>\n")
            body += section
        }
        if let rdIntensity {
            var section = HTMLRenderer.section(rdIntensity.reportTable(), language: language)
            if let chart = rdIntensity.intensityChart(language: language) {
                section = section.replacingOccurrences(of: "</section>\n", with: chart.render() + "\n</section>\n")
            }
            body += section
        }
        body += methodsAppendix(language: language)
        if let provenance { body += provenance.htmlFooter(language: language) }
        return HTMLRenderer.page(title: title, language: language, body: body)
    }

    /// The methods and data appendix: scoring rules, formulas, sample sizes and the DiD
    /// estimates behind the causal column.
    func methodsAppendix(language: Language) -> String {
        let escape = HTMLRenderer.escape, zh = language == .zh
        var html = "<section class=\"appendix\" id=\"methods\">\n<h2>\(zh ? "附录：方法与数据" : "Appendix: methods and data")</h2>\n"
        let lines = [
            zh ? "数据：\(URL(fileURLWithPath: directory).lastPathComponent)（评价年度 \(year)；增量为 \(year - 1)→\(year)）。" : "Data: \(URL(fileURLWithPath: directory).lastPathComponent) (evaluated year \(year); increments \(year - 1)→\(year)).",
            zh ? "指标 \(scoreSheet.rows.count) 项，满分 \(ReportNumber.fixed(scoreSheet.maximum, decimals: 0))。" : "\(scoreSheet.rows.count) indicators, maximum \(ReportNumber.fixed(scoreSheet.maximum, decimals: 0)).",
            SectorEffectTable.formulaNote.text(language),
        ]
        for line in lines { html += "<p>\(escape(line))</p>\n" }
        if let attribution {
            let estimates = estimatesTable(attribution)
            html += HTMLRenderer.section(estimates, language: language)
            let omitted = attribution.omissions.count
            if omitted > 0 { html += "<p>\(escape(zh ? "未列出的行业：\(omitted) 个（见上表注）。" : "Sectors left out: \(omitted) (see the notes above)."))</p>\n" }
        }
        return html + "</section>\n"
    }
}
