/// A result estimated on a subset of the rows (`--subset`), printed with what the subset
/// kept.
///
/// Text formats: the result's own tables, then a table `Subset` (the condition, rows kept,
/// rows in the data). JSON: the result's document with `"subset": {"expression",
/// "rows_kept", "rows_total"}` appended (to each object of an array document). Without a
/// subset (`subset == nil`) the output is exactly the result's.
public struct SubsetReport<Wrapped: Reportable>: Reportable {
    /// The result.
    public let wrapped: Wrapped
    /// What the subset kept, or `nil` for none.
    public let subset: SubsetSummary?

    /// Wraps `wrapped` with the subset it was estimated on.
    public init(_ wrapped: Wrapped, subset: SubsetSummary?) {
        self.wrapped = wrapped
        self.subset = subset
    }

    /// The result's title.
    public func reportTitle(language: Language) -> LocalizedText? { wrapped.reportTitle(language: language) }

    /// The result's tables, then the subset's.
    public func reportTables(language: Language) -> [ReportTable] {
        wrapped.reportTables(language: language) + (subset.map { [Self.table($0)] } ?? [])
    }

    /// The result's document with the subset's counts.
    public func jsonValue(language: Language) -> JSONValue {
        let document = wrapped.jsonValue(language: language)
        guard let subset else { return document }
        let value = subset.jsonValue
        if case .array(let items) = document { return .array(items.map { $0.setting("subset", value) }) }
        return document.setting("subset", value)
    }

    /// The result's own layout, with the subset's line after it.
    public func customText(format: OutputFormat, language: Language) -> String? {
        guard let text = wrapped.customText(format: format, language: language) else { return nil }
        guard let subset else { return text }
        return text + Self.sentence(subset).text(language) + "\n"
    }

    /// `Subset: … (kept of total rows kept).`
    static func sentence(_ subset: SubsetSummary) -> LocalizedText {
        LocalizedText(zh: "样本条件：\(subset.expression)（保留 \(subset.rowsTotal) 行中的 \(subset.rowsKept) 行）。",
                      en: "Subset: \(subset.expression) (\(subset.rowsKept) of \(subset.rowsTotal) rows kept).")
    }

    private static func table(_ subset: SubsetSummary) -> ReportTable {
        ReportTable(
            title: LocalizedText(zh: "样本条件", en: "Subset"),
            columns: [ReportColumn(key: "expression", header: LocalizedText(zh: "条件", en: "Condition")),
                      ReportColumn(key: "rows_kept", header: LocalizedText(zh: "保留行数", en: "Rows kept")),
                      ReportColumn(key: "rows_total", header: LocalizedText(zh: "总行数", en: "Rows in the data"))],
            rows: [[.text(subset.expression), .integer(subset.rowsKept), .integer(subset.rowsTotal)]],
            key: "subset")
    }
}

extension SubsetSummary {
    /// `{"expression", "rows_kept", "rows_total"}`.
    public var jsonValue: JSONValue {
        .object(["expression": .string(expression), "rows_kept": .integer(rowsKept), "rows_total": .integer(rowsTotal)])
    }
}
