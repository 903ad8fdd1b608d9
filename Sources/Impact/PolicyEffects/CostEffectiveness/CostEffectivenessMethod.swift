/// How an effect per 万元 of subsidy is measured, from attribution to causation.
///
/// - `naiveAttribution`: `Σ increment / Σ subsidy` over supported firms, as the seed report
///   does — it credits the subsidy with all growth, ignoring what would have happened
///   without it.
/// - `doseResponse`: the slope of the increment on the subsidy amount with controls and
///   sector effects — extra growth per extra 万元 among supported firms (causal only if
///   the amount is as good as random given the controls).
/// - `differenceInDifferences`: the DiD ATT in outcome units, summed over treated
///   firm-periods after the policy, divided by the subsidy paid in them.
public enum CostEffectivenessMethod: String, Sendable, CaseIterable, Codable {
    /// Σ increment / Σ subsidy.
    case naiveAttribution = "naive"
    /// Regression slope on the subsidy amount.
    case doseResponse = "dose_response"
    /// DiD effect per 万元 spent.
    case differenceInDifferences = "did"

    /// Name shown in tables.
    public var label: LocalizedText {
        switch self {
        case .naiveAttribution: return LocalizedText(zh: "朴素归因（Σ增量/Σ资金）", en: "Naive attribution (Σ increment / Σ subsidy)")
        case .doseResponse: return LocalizedText(zh: "剂量反应斜率（含控制变量与行业效应）", en: "Dose-response slope (controls, sector effects)")
        case .differenceInDifferences: return LocalizedText(zh: "双重差分效应 / 资金", en: "DiD effect / subsidy spent")
        }
    }

    /// Whether the figure is an attribution or a causal estimate (and under what assumption).
    public var basis: LocalizedText {
        switch self {
        case .naiveAttribution: return LocalizedText(zh: "归因，非因果", en: "attribution, not causal")
        case .doseResponse: return LocalizedText(zh: "因果（需给定控制变量后资助额近似随机）", en: "causal if the amount is as good as random given controls")
        case .differenceInDifferences: return LocalizedText(zh: "因果（需平行趋势）", en: "causal under parallel trends")
        }
    }
}
