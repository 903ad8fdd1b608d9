/// How a regression table prints through ``ReportRenderer``:
/// - one model: the long form, ``coefficientTable()`` then ``statisticsTable()``, in every
///   text format; JSON: that model's contract (``RegressionResult/jsonValue``), an object;
/// - several models: the side-by-side layout, ``text(language:)`` on a terminal and
///   ``markdown(language:)`` in Markdown (``Reportable/customText(format:language:)``), ``reportTable(language:)``
///   in CSV and HTML; JSON: an array of the models' contracts, in order.
/// LaTeX is not an ``OutputFormat``: ask for ``latex(language:)``.
extension RegressionTable: Reportable {
    /// The tables the text formats print (see the extension).
    public func reportTables(language: Language) -> [ReportTable] {
        models.count == 1 ? [coefficientTable(), statisticsTable()] : [reportTable(language: language)]
    }

    /// One model: its contract object; several: the array of their contracts.
    public func jsonValue(language: Language) -> JSONValue {
        let documents = models.indices.map(modelJSON)
        return models.count == 1 ? documents[0] : .array(documents)
    }

    /// One model's contract, with `"sample": {"split", "level"}` (level `null` for the full
    /// sample) after a split and `"subset": {"expression", "rows_kept", "rows_total"}` after
    /// a subset, appended after its keys.
    private func modelJSON(_ index: Int) -> JSONValue {
        var document = models[index].jsonValue
        if let samples {
            let level: String? = if case .level(_, let level) = samples[index] { level } else { nil }
            let variable = samples.lazy.compactMap { sample -> String? in
                if case .level(let variable, _) = sample { variable } else { nil } }.first
            document = document.setting("sample", .object(["split": .string(variable), "level": .string(level)]))
        }
        if let subset {
            document = document.setting("subset", subset.jsonValue)
        }
        return document
    }

    /// The side-by-side layout for several models on a terminal or in Markdown; `nil`
    /// otherwise (the report tables are used).
    public func customText(format: OutputFormat, language: Language) -> String? {
        guard models.count > 1 else { return nil }
        switch format {
        case .table: return text(language: language)
        case .md: return markdown(language: language)
        case .csv, .html, .json, .xlsx, .docx: return nil
        }
    }
}
