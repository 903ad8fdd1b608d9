/// Regression results side by side, one column per model, in the layout of fixest's
/// `etable`: coefficients with significance stars and their standard errors in
/// parentheses underneath, then fixed-effect rows (`Yes`/`No`), then the standard-error
/// type, the number of observations, R² and within R².
///
/// Rows of coefficients follow the order in which terms first appear across the models
/// (model 1's terms, then terms new in model 2, …; `Intercept` first); a model without a term shows an empty
/// cell. Renderers: ``text(language:)``, ``markdown(language:)``, ``latex(language:)`` and
/// ``reportTable(language:)`` (for CSV and HTML through ``ReportRenderer``). A single
/// model also has the long form, ``coefficientTable()`` and ``statisticsTable()``.
///
/// Conventions: stars mark two-sided p-values below 0.01 (`***`), 0.05 (`**`) and 0.1
/// (`*`), fixest `etable`'s default `signif.code`; estimates and standard errors are shown
/// with ``decimals`` places (default 4), R² with the same.
public struct RegressionTable: Sendable {
    /// The models, left to right.
    public let models: [RegressionResult]
    /// Decimal places of estimates, standard errors and R²; default 4.
    public let decimals: Int
    /// Significance marks, strictest first: a p-value below `threshold` earns `mark`.
    public let significance: [(mark: String, threshold: Double)]
    /// A caption per model column (`First stage`, `2SLS`), printed as a header line under
    /// the model numbers; `nil` (the default) for none.
    public let stages: [LocalizedText]?
    /// Columns whose notes are not repeated under the table (a first stage, whose sample
    /// notes are its second stage's).
    let columnsWithoutNotes: Set<Int>
    /// The sample of each model when they come from a split (a `Sample (var)` header line
    /// titles the columns by level), else `nil`.
    public let samples: [RegressionSample]?
    /// What a `--subset` kept (a note under the table; `subset` in each model's JSON), or `nil`.
    public let subset: SubsetSummary?

    /// The default significance marks: `***` p < 0.01, `**` p < 0.05, `*` p < 0.1.
    public static let defaultSignificance: [(mark: String, threshold: Double)] =
        [("***", 0.01), ("**", 0.05), ("*", 0.1)]

    /// Creates a table of `models` (at least one).
    public init(_ models: [RegressionResult], decimals: Int = 4,
                significance: [(mark: String, threshold: Double)] = RegressionTable.defaultSignificance) {
        precondition(!models.isEmpty, "a regression table needs a model")
        self.models = models
        self.decimals = decimals
        self.significance = significance
        stages = nil
        columnsWithoutNotes = []
        samples = nil
        subset = nil
    }

    /// Creates a table of `models` with a caption per column (`stages`, one per model);
    /// the notes of `columnsWithoutNotes` (0-based) are not printed.
    public init(_ models: [RegressionResult], stages: [LocalizedText], columnsWithoutNotes: Set<Int> = [],
                decimals: Int = 4) {
        precondition(!models.isEmpty && stages.count == models.count, "one stage caption per model")
        self.models = models
        self.decimals = decimals
        significance = RegressionTable.defaultSignificance
        self.stages = stages
        self.columnsWithoutNotes = columnsWithoutNotes
        samples = nil
        subset = nil
    }

    /// A table of a request's estimates: the models, titled by the level of a split, and
    /// the subset's counts.
    public init(_ estimates: RegressionEstimates, decimals: Int = 4,
                significance: [(mark: String, threshold: Double)] = RegressionTable.defaultSignificance) {
        precondition(!estimates.results.isEmpty, "a regression table needs a model")
        models = estimates.results
        self.decimals = decimals
        self.significance = significance
        samples = estimates.samples.allSatisfy { $0 == .full } ? nil : estimates.samples
        subset = estimates.subset
        stages = nil
        columnsWithoutNotes = []
    }

    /// Every coefficient name, in order of first appearance across the models, except
    /// that `Intercept` comes first when any model has one.
    public var terms: [String] {
        var seen = Set<String>()
        let all = models.flatMap { $0.coefficients.map(\.term) }.filter { seen.insert($0).inserted }
        return all.filter { $0 == "Intercept" } + all.filter { $0 != "Intercept" }
    }

    /// Every fixed-effect dimension, in order of first appearance across the models.
    public var fixedEffectNames: [String] {
        var seen = Set<String>()
        return models.flatMap { $0.fit.fixedEffects.map(\.name) }.filter { seen.insert($0).inserted }
    }

    /// The stars for a p-value (empty when not significant or undefined).
    public func stars(for pValue: Double) -> String {
        guard pValue.isFinite else { return "" }
        return significance.first { pValue < $0.threshold }?.mark ?? ""
    }

    /// The legend of the side-by-side layout: parentheses and stars.
    public var legend: LocalizedText {
        LocalizedText(zh: "括号内为标准误；" + significanceLegend.zh,
                      en: "Standard errors in parentheses; " + significanceLegend.en.lowercasedFirst)
    }

    /// The legend of the stars alone: `Significance: *** p<0.01, ** p<0.05, * p<0.1.`
    public var significanceLegend: LocalizedText {
        let en = significance.map { "\($0.mark) p<\(format($0.threshold))" }.joined(separator: ", ")
        let zh = significance.map { "\($0.mark) p<\(format($0.threshold))" }.joined(separator: "，")
        return LocalizedText(zh: "显著性：\(zh)。", en: "Significance: \(en).")
    }

    /// Notes under the table: each model's notes, prefixed by its number
    /// when there are several models.
    public var notes: [LocalizedText] {
        var lines: [LocalizedText] = []
        if let subset {
            lines.append(SubsetReport<RegressionTable>.sentence(subset))
        }
        for (index, model) in models.enumerated() where !columnsWithoutNotes.contains(index) {
            let prefix = models.count > 1 ? "(\(index + 1)) " : ""
            for note in model.notes.map(\.wording) {
                lines.append(LocalizedText(zh: prefix + note.zh, en: prefix + note.en))
            }
        }
        return lines
    }

    private func format(_ threshold: Double) -> String {
        ReportNumber.fullPrecision(threshold)
    }
}

extension RegressionTable {
    /// One line of the side-by-side layout: a label and one cell per model.
    struct Line {
        let label: String
        let cells: [String]
    }

    /// The lines in blocks (header, coefficients, fixed effects, statistics); renderers
    /// draw a rule between blocks. Stars are separated from the number in `stars` so
    /// LaTeX can typeset them as superscripts.
    struct Layout {
        var header: [Line] = []
        var coefficients: [(label: String, estimates: [(number: String, stars: String)], errors: [String])] = []
        var fixedEffects: [Line] = []
        var statistics: [Line] = []
    }

    /// Text of every cell, in `language`.
    func layout(language: Language) -> Layout {
        var layout = Layout()
        let count = models.count
        layout.header.append(Line(label: "", cells: (1...count).map { "(\($0))" }))
        if let stages {
            layout.header.append(Line(label: Labels.stage.text(language), cells: stages.map { $0.text(language) }))
        }
        layout.header.append(Line(label: Labels.dependent.text(language), cells: models.map(\.responseName)))
        if let samples, let variable = samples.lazy.compactMap({ sample -> String? in
            if case .level(let variable, _) = sample { variable } else { nil } }).first {
            let full = LocalizedText(zh: "全样本", en: "Full sample").text(language)
            layout.header.append(Line(
                label: LocalizedText(zh: "样本 (\(variable))", en: "Sample (\(variable))").text(language),
                cells: samples.map { sample in
                    if case .level(_, let level) = sample { level } else { full }
                }))
        }
        for term in terms {
            var estimates: [(String, String)] = []
            var errors: [String] = []
            for model in models {
                guard let coefficient = model.coefficient(term) else {
                    estimates.append(("", ""))
                    errors.append("")
                    continue
                }
                estimates.append((number(coefficient.estimate), stars(for: coefficient.pValue)))
                errors.append("(" + number(coefficient.standardError) + ")")
            }
            layout.coefficients.append((term, estimates, errors))
        }
        let effects = fixedEffectNames
        if !effects.isEmpty {
            layout.fixedEffects.append(Line(label: Labels.fixedEffects.text(language),
                                            cells: Array(repeating: "", count: count)))
            for name in effects {
                layout.fixedEffects.append(Line(label: name, cells: models.map { model in
                    (model.fit.fixedEffects.contains { $0.name == name } ? Labels.yes : Labels.no).text(language)
                }))
            }
        }
        layout.statistics.append(Line(label: Labels.standardErrors.text(language),
                                      cells: models.map(\.estimator.label)))
        layout.statistics.append(Line(label: Labels.observations.text(language),
                                      cells: models.map { grouped($0.observationCount) }))
        layout.statistics.append(Line(label: "R²", cells: models.map { number($0.r2) }))
        if models.contains(where: { $0.withinR2 != nil }) {
            layout.statistics.append(Line(label: Labels.withinR2.text(language),
                                          cells: models.map { $0.withinR2.map(number) ?? "" }))
        }
        return layout
    }

    /// `value` with ``decimals`` places, `—` when not finite.
    func number(_ value: Double) -> String {
        value.isFinite ? ReportNumber.fixed(value, decimals: decimals) : ReportCell.missingMark
    }

    /// An integer with thousands separators: `1,000,000`.
    func grouped(_ value: Int) -> String {
        let digits = Array(String(value.magnitude))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }

    /// Labels of the side-by-side table.
    enum Labels {
        static let title = LocalizedText(zh: "回归结果", en: "Regression results")
        static let dependent = LocalizedText(zh: "因变量", en: "Dependent variable")
        static let stage = LocalizedText(zh: "估计阶段", en: "Stage")
        static let fixedEffects = LocalizedText(zh: "固定效应", en: "Fixed effects")
        static let yes = LocalizedText(zh: "是", en: "Yes")
        static let no = LocalizedText(zh: "否", en: "No")
        static let standardErrors = LocalizedText(zh: "标准误类型", en: "Standard errors")
        static let observations = LocalizedText(zh: "观测数", en: "Observations")
        static let withinR2 = LocalizedText(zh: "组内 R²", en: "Within R²")
    }
}

private extension String {
    /// The string with its first character lowercased.
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
