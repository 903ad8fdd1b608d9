extension CostEffectivenessMethod {
    /// Name shown in tables.
    public var label: LocalizedText {
        switch self {
        case .naiveAttribution: LocalizedText(zh: "朴素归因（Σ增量/Σ资金）", en: "Naive attribution (Σ increment / Σ subsidy)")
        case .doseResponse: LocalizedText(zh: "剂量反应斜率（含控制变量与行业效应）", en: "Dose-response slope (controls, sector effects)")
        case .differenceInDifferences: LocalizedText(zh: "双重差分效应 / 资助额", en: "DiD effect / subsidy awarded")
        case .callawaySantAnna: LocalizedText(zh: "交错双重差分（Callaway–Sant'Anna）效应 / 资金", en: "Callaway–Sant'Anna effect / subsidy awarded")
        }
    }

    /// Whether the figure is an attribution or a causal estimate (and under what assumption).
    public var basis: LocalizedText {
        switch self {
        case .naiveAttribution: LocalizedText(zh: "归因，非因果", en: "attribution, not causal")
        case .doseResponse: LocalizedText(zh: "因果（需给定控制变量后资助额近似随机）", en: "causal if the amount is as good as random given controls")
        case .differenceInDifferences: LocalizedText(zh: "因果（需平行趋势）", en: "causal under parallel trends")
        case .callawaySantAnna: LocalizedText(zh: "因果（需平行趋势，适用于交错受支持）", en: "causal under parallel trends, staggered adoption")
        }
    }
}

extension CostEffectivenessEstimate {
    /// The figure's name as printed: the method's label, the slope's naming exactly the
    /// controls and sector effects used.
    public var label: LocalizedText {
        guard method == .doseResponse else { return method.label }
        let controlsZh = controls.isEmpty ? "无控制变量" : "控制变量 " + controls.joined(separator: "、")
        let controlsEn = controls.isEmpty ? "no controls" : "controls: " + controls.joined(separator: ", ")
        let sectorZh = sectorEffects.map { "\($0) 固定效应" } ?? "无行业效应"
        let sectorEn = sectorEffects.map { "sector effects: \($0)" } ?? "no sector effects"
        return LocalizedText(zh: "剂量反应斜率（\(controlsZh)；\(sectorZh)）", en: "Dose-response slope (\(controlsEn); \(sectorEn))")
    }
}
