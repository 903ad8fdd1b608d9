import Foundation

extension EvaluationReport: Reportable {
    /// The heading of the whole report: the programme's name with 项目支出绩效评价报告 when
    /// the programme description has one, else naming the dataset folder.
    public var title: LocalizedText {
        if let programme = selfEvaluationForm.programme.title {
            return LocalizedText(zh: "\(programme)项目支出绩效评价报告", en: "\(programme): performance evaluation report")
        }
        let name = URL(fileURLWithPath: directory).lastPathComponent
        return LocalizedText(zh: "绩效评价：\(name)", en: "Performance evaluation: \(name)")
    }

    /// The report's tables, positions kept from earlier versions: the scored indicators
    /// (the 绩效自评表's rows with total and grade), the sector effect table (amounts in
    /// ``amountUnit``, with a bar chart of the pulls in HTML), naive versus causal per 万元
    /// when computed; then, when the evaluation has a programme description, the form's
    /// other blocks (`programme`, `funds`, `objectives`, `sign_off`); last, R&D intensity by
    /// sector (`rd_intensity`) when the panel has an R&D column. The terminal,
    /// Markdown and CSV outputs print them in the form's order (``customText(format:language:)``).
    public func reportTables(language: Language) -> [ReportTable] {
        let form = selfEvaluationForm.reportTables(language: language)
        let indicators = form.filter { $0.key == "indicators" }
        let others = selfEvaluationForm.programme == ProgrammeDescription() ? [] : form.filter { $0.key != "indicators" }
        let rd = rdIntensity.map { [$0.reportTable()] } ?? []
        return indicators + analysisTables(language: language) + others + rd
    }

    /// The report tables in the order people read them: the 自评表's blocks (header, funds,
    /// objectives, indicators, sign-off), then the analysis tables.
    func tablesInReadingOrder(language: Language) -> [ReportTable] {
        let tables = reportTables(language: language)
        let formKeys = ["programme", "funds", "objectives", "indicators", "sign_off"]
        let form = formKeys.compactMap { key in tables.first { $0.key == key } }
        return form + tables.filter { !formKeys.contains($0.key ?? "") }
    }

    /// The tables after the 自评表: sector effects and, when computed, naive versus causal.
    func analysisTables(language: Language) -> [ReportTable] {
        [sectorEffects.reportTable(unit: Self.amountUnit)]
            + (attribution.map { [$0.reportTable(synthetic: isSynthetic, sectorNames: sectorNames)] } ?? [])
    }

    /// The 自评表 of this evaluation: the score sheet with the programme description.
    public var selfEvaluationForm: SelfEvaluationForm {
        SelfEvaluationForm(sheet: scoreSheet, programme: programme)
    }

    /// The sector effect table's names keyed by their Chinese name (the panel's sector
    /// value), so the naive-versus-causal table names sectors the same way.
    var sectorNames: [String: LocalizedText] {
        Dictionary(sectorEffects.effects.map { ($0.name.zh, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// ``title``, as the heading of the printed report.
    public func reportTitle(language: Language) -> LocalizedText? { title }

    /// The tables document (``JSONRenderer``) of ``reportTables(language:)`` under
    /// ``title``, then `notes`: the ``warnings`` as `{"code", "message"}` objects (empty
    /// when there are none), and `provenance` (``Provenance/jsonValue``) when recorded.
    public func jsonValue(language: Language) -> JSONValue {
        let document = JSONRenderer.document(reportTables(language: language), language: language, title: title, notes: warnings)
        return provenance.map { document.setting("provenance", $0.jsonValue) } ?? document
    }
}
