extension RDIntensityTable {
    /// HTML: the table (``reportTable()``) followed by a chart of the aggregate intensity
    /// (ΣR&D ÷ Σrevenue, %) by sector, one point per firm population (all firms, supported
    /// firms) in the table's sector order; the other formats print the table alone (`nil`).
    public func customText(format: OutputFormat, language: Language) -> String? {
        guard format == .html, let chart = intensityChart(language: language) else { return nil }
        let table = reportTable()
        let section = HTMLRenderer.section(table, language: language)
            .replacingOccurrences(of: "</section>\n", with: chart.render() + "\n</section>\n")
        return HTMLRenderer.page(title: table.title, language: language, body: section)
    }

    /// The aggregate intensity by sector (categories in first appearance), one series per
    /// population; `nil` when no group has a finite intensity.
    func intensityChart(language: Language) -> SVGIntervalChart? {
        var sectors: [String] = [], populations: [String] = []
        for group in groups {
            let sector = group.name.text(language), population = group.population.text(language)
            if !sectors.contains(sector) { sectors.append(sector) }
            if !populations.contains(population) { populations.append(population) }
        }
        let series = populations.map { population in
            SVGIntervalChart.Series(name: population, values: sectors.map { sector in
                groups.first { $0.name.text(language) == sector && $0.population.text(language) == population }
                    .map(\.aggregateIntensity).flatMap { $0.isFinite ? $0 : nil }
            }, intervals: nil)
        }
        guard series.contains(where: { $0.values.contains { $0 != nil } }) else { return nil }
        let zh = language == .zh
        return SVGIntervalChart(caption: zh ? "各行业研发投入强度（总体强度，%）" : "R&D intensity by sector (aggregate, %)",
                                categories: sectors, series: series, reference: nil, axisLabel: "%")
    }
}
