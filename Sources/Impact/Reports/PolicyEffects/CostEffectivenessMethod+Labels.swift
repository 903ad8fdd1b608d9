extension CostEffectivenessMethod {
    /// Name shown in tables.
    public var label: LocalizedText {
        switch self {
        case .naiveAttribution: LocalizedText(zh: "朴素归因（Σ增量/Σ资金）", en: "Naive attribution (Σ increment / Σ subsidy)")
        case .doseResponse: LocalizedText(zh: "剂量反应斜率（含控制变量与行业效应）", en: "Dose-response slope (controls, sector effects)")
        case .differenceInDifferences: LocalizedText(zh: "双重差分效应 / 资金", en: "DiD effect / subsidy spent")
        }
    }

    /// Whether the figure is an attribution or a causal estimate (and under what assumption).
    public var basis: LocalizedText {
        switch self {
        case .naiveAttribution: LocalizedText(zh: "归因，非因果", en: "attribution, not causal")
        case .doseResponse: LocalizedText(zh: "因果（需给定控制变量后资助额近似随机）", en: "causal if the amount is as good as random given controls")
        case .differenceInDifferences: LocalizedText(zh: "因果（需平行趋势）", en: "causal under parallel trends")
        }
    }
}
