import Foundation

/// How the models print through ``ReportRenderer``: without instruments, exactly as
/// ``RegressionTable``; with them, the captioned side-by-side table (text on a terminal,
/// Markdown, or ``RegressionTable/reportTable(language:)`` in CSV and HTML) followed by
/// ``RegressionModelTable/diagnosticsTable()``. JSON: one model's contract, or the array.
extension RegressionModelTable: Reportable {
    /// The side-by-side table and the instrument diagnostics.
    public func reportTables(language: Language) -> [ReportTable] {
        guard hasInstruments else { return regressionTable.reportTables(language: language) }
        return [regressionTable.reportTable(language: language), diagnosticsTable()]
    }

    /// One model: its contract; several: the array of their contracts.
    public func jsonValue(language: Language) -> JSONValue {
        let documents = models.map { model -> JSONValue in
            switch model {
            case .leastSquares(let result): result.jsonValue
            case .instrumental(let result): result.jsonValue
            }
        }
        return documents.count == 1 ? documents[0] : .array(documents)
    }

    /// The side-by-side layout on a terminal or in Markdown, with the diagnostics table
    /// after it; `nil` for the other formats.
    public func customText(format: OutputFormat, language: Language) -> String? {
        guard hasInstruments else { return regressionTable.customText(format: format, language: language) }
        switch format {
        case .table:
            return regressionTable.text(language: language) + "\n"
                + TextTableRenderer.render([diagnosticsTable()], language: language, title: nil)
        case .md:
            return regressionTable.markdown(language: language) + "\n"
                + MarkdownRenderer.render([diagnosticsTable()], language: language, title: nil)
        default:
            return nil
        }
    }

    /// The side-by-side table as LaTeX (``RegressionTable/latex(language:)``).
    public func latex(language: Language) -> String {
        regressionTable.latex(language: language)
    }
}

/// A single 2SLS estimate prints as a one-model ``RegressionModelTable``.
extension InstrumentalVariablesResult: Reportable {
    /// The captioned stages and the diagnostics table.
    public func reportTables(language: Language) -> [ReportTable] {
        RegressionModelTable([.instrumental(self)]).reportTables(language: language)
    }

    /// ``jsonValue``, whatever the language.
    public func jsonValue(language: Language) -> JSONValue { jsonValue }

    /// The side-by-side layout with the diagnostics, on a terminal or in Markdown.
    public func customText(format: OutputFormat, language: Language) -> String? {
        RegressionModelTable([.instrumental(self)]).customText(format: format, language: language)
    }
}
