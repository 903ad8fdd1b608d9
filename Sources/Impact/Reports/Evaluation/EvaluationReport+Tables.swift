import Foundation

extension EvaluationReport: Reportable {
    /// The heading of the whole report, naming the dataset folder.
    public var title: LocalizedText {
        let name = URL(fileURLWithPath: directory).lastPathComponent
        return LocalizedText(zh: "绩效评价：\(name)", en: "Performance evaluation: \(name)")
    }

    /// The report's tables in print order: the 绩效自评表 (with its total and grade rows),
    /// then the sector effect table (amounts in ``amountUnit``, with a bar chart of the
    /// pulls in HTML), then, when computed, the naive-versus-causal table per 万元.
    public func reportTables(language: Language) -> [ReportTable] {
        [scoreSheet.reportTable(language: language), sectorEffects.reportTable(unit: Self.amountUnit)]
            + (attribution.map { [$0.reportTable(synthetic: isSynthetic, sectorNames: sectorNames)] } ?? [])
    }

    /// The sector effect table's names keyed by their Chinese name (the panel's sector
    /// value), so the naive-versus-causal table names sectors the same way.
    private var sectorNames: [String: LocalizedText] {
        Dictionary(sectorEffects.effects.map { ($0.name.zh, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// ``title``, as the heading of the printed report.
    public func reportTitle(language: Language) -> LocalizedText? { title }

    /// The tables document (``JSONRenderer``) under ``title``, then `notes`: the
    /// ``warnings`` as `{"code", "message"}` objects (empty when there are none).
    public func jsonValue(language: Language) -> JSONValue {
        JSONRenderer.document(reportTables(language: language), language: language, title: title, notes: warnings)
    }
}
