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

    /// The report's tables in print order: the 绩效自评表 block by block (header fields,
    /// funds, 年度总体目标, the scored indicators with total and grade, sign-off; see
    /// ``SelfEvaluationForm/reportTables(language:)``), then the sector effect table
    /// (amounts in ``amountUnit``, with a bar chart of the pulls in HTML), then, when
    /// computed, the naive-versus-causal table per 万元.
    public func reportTables(language: Language) -> [ReportTable] {
        selfEvaluationForm.reportTables(language: language) + analysisTables(language: language)
    }

    /// The tables after the 自评表: sector effects and, when computed, naive versus causal.
    func analysisTables(language: Language) -> [ReportTable] {
        [sectorEffects.reportTable(unit: Self.amountUnit)]
            + (attribution.map { [$0.reportTable(synthetic: isSynthetic, sectorNames: sectorNames)] } ?? [])
    }

    /// The 自评表 of this evaluation: the score sheet with the programme description.
    public var selfEvaluationForm: SelfEvaluationForm {
        // LEAD: when h8b's `programme` property on EvaluationReport merges, pass it here:
        // SelfEvaluationForm(sheet: scoreSheet, programme: programme)
        SelfEvaluationForm(sheet: scoreSheet, programme: ProgrammeDescription())
    }

    /// The sector effect table's names keyed by their Chinese name (the panel's sector
    /// value), so the naive-versus-causal table names sectors the same way.
    var sectorNames: [String: LocalizedText] {
        Dictionary(sectorEffects.effects.map { ($0.name.zh, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// ``title``, as the heading of the printed report.
    public func reportTitle(language: Language) -> LocalizedText? { title }

    /// The tables document (``JSONRenderer``) under ``title``, then `notes`: the
    /// ``warnings`` as `{"code", "message"}` objects (empty when there are none).
    ///
    /// Tables in a fixed order that keeps the earlier positions: the scored indicators
    /// (key `indicators`), sector effects, naive versus causal (when computed), then the
    /// 自评表's other blocks (`programme`, `funds`, `objectives`, `sign_off`).
    public func jsonValue(language: Language) -> JSONValue {
        let form = selfEvaluationForm.reportTables(language: language)
        let indicators = form.filter { $0.key == "indicators" }, others = form.filter { $0.key != "indicators" }
        return JSONRenderer.document(indicators + analysisTables(language: language) + others,
                                     language: language, title: title, notes: warnings)
    }
}
