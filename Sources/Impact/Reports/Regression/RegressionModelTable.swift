/// The models of `impact estimate` side by side when one of them is an instrumental-
/// variables estimate: each 2SLS model takes one column per first stage (its dependent
/// variable the endogenous regressor) followed by the second stage, captioned
/// `First stage` / `2SLS` (least-squares models `OLS`), in a ``RegressionTable`` (a first
/// stage's notes, those of its second stage's sample, are printed once); then a
/// table of the instruments' strength and the Wu–Hausman test.
///
/// Without an instrumental-variables model it prints exactly as ``RegressionTable`` does.
/// JSON: one model's contract (``InstrumentalVariablesResult/jsonValue`` for 2SLS,
/// ``RegressionResult/jsonValue`` otherwise), or the array of them for several models.
public struct RegressionModelTable: Sendable {
    /// The models, left to right.
    public let models: [RegressionModel]

    /// A table of `models` (at least one).
    public init(_ models: [RegressionModel]) {
        precondition(!models.isEmpty, "a regression table needs a model")
        self.models = models
    }

    /// Whether any model is a 2SLS estimate.
    public var hasInstruments: Bool {
        models.contains { if case .instrumental = $0 { true } else { false } }
    }

    /// The side-by-side table: the plain ``RegressionTable`` of the models without
    /// instruments, else every stage in its own captioned column.
    public var regressionTable: RegressionTable {
        guard hasInstruments else { return RegressionTable(models.map(\.regression)) }
        var columns: [RegressionResult] = []
        var stages: [LocalizedText] = []
        var firstStageColumns = Set<Int>()
        for model in models {
            switch model {
            case .leastSquares(let result):
                columns.append(result)
                stages.append(Labels.leastSquares)
            case .instrumental(let result):
                firstStageColumns.formUnion(columns.count..<(columns.count + result.firstStages.count))
                columns += result.firstStages.map(\.regression)
                stages += result.firstStages.map { _ in Labels.firstStage }
                columns.append(result.secondStage)
                stages.append(Labels.secondStage)
            }
        }
        return RegressionTable(columns, stages: stages, columnsWithoutNotes: firstStageColumns)
    }

    /// The strength of the instruments, one row per first stage: its column in
    /// ``regressionTable`` (`(1)`), the endogenous regressor, the instruments, the
    /// classical partial F (and p-value), the robust (Kleibergen–Paap) Wald F, the
    /// effective F, then the model's Wu–Hausman F and p-value; the weak-instrument notes
    /// underneath, prefixed by the column of their second stage when there are several
    /// columns.
    public func diagnosticsTable() -> ReportTable {
        var rows: [[ReportCell]] = []
        var notes: [LocalizedText] = []
        var column = 0
        for model in models {
            guard case .instrumental(let result) = model else {
                column += 1
                continue
            }
            for first in result.firstStages {
                column += 1
                rows.append([
                    .text("(\(column))"), .text(first.endogenous), .text(first.instruments.joined(separator: ", ")),
                    .number(first.partialF.statistic, decimals: 3), .number(first.partialF.pValue, decimals: 4),
                    first.robustF.map { .number($0.statistic, decimals: 3) } ?? .empty,
                    first.effectiveF.map { .number($0, decimals: 3) } ?? .empty,
                    result.wuHausman.map { .number($0.statistic, decimals: 3) } ?? .empty,
                    result.wuHausman.map { .number($0.pValue, decimals: 4) } ?? .empty,
                ])
            }
            column += 1
            let prefix = models.count > 1 || result.firstStages.count > 1 ? "(\(column)) " : ""
            notes += result.notes.map { LocalizedText(zh: prefix + $0.wording.zh, en: prefix + $0.wording.en) }
        }
        return ReportTable(title: Labels.diagnostics, columns: Labels.diagnosticColumns, rows: rows,
                           notes: notes, key: "instruments")
    }

    /// Labels of the instrumental-variables tables.
    enum Labels {
        static let leastSquares = LocalizedText(zh: "OLS", en: "OLS")
        static let firstStage = LocalizedText(zh: "第一阶段", en: "First stage")
        static let secondStage = LocalizedText(zh: "2SLS", en: "2SLS")
        static let diagnostics = LocalizedText(zh: "工具变量检验", en: "Instrument diagnostics")
        static let diagnosticColumns = [
            ReportColumn(key: "column", header: LocalizedText(zh: "第一阶段列", en: "Column")),
            ReportColumn(key: "endogenous", header: LocalizedText(zh: "内生变量", en: "Endogenous")),
            ReportColumn(key: "instruments", header: LocalizedText(zh: "工具变量", en: "Instruments")),
            ReportColumn(key: "partial_f", header: LocalizedText(zh: "第一阶段 F", en: "First-stage F")),
            ReportColumn(key: "partial_f_p_value", header: LocalizedText(zh: "F 检验 p 值", en: "F p-value")),
            ReportColumn(key: "kp_f", header: LocalizedText(zh: "KP 稳健 F", en: "Kleibergen–Paap F")),
            ReportColumn(key: "effective_f", header: LocalizedText(zh: "有效 F", en: "Effective F")),
            ReportColumn(key: "wu_hausman", header: LocalizedText(zh: "Wu–Hausman F", en: "Wu–Hausman F")),
            ReportColumn(key: "wu_hausman_p_value", header: LocalizedText(zh: "Wu–Hausman p 值", en: "Wu–Hausman p-value")),
        ]
    }
}
