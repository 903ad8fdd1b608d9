extension PowerResult {
    /// The sentence for the report, e.g. "Supporting 200 firms for 2 periods … detects an
    /// effect on revenue of 2,310.52 (3.1 % of the pre-period mean) with 80 % power at the
    /// 5 % level (analytic formula; simulation: 3.3 %)."
    public var sentence: LocalizedText {
        let y = specification.outcome, m = specification.prePeriods, r = specification.postPeriods
        let size = Self.percent(specification.alpha * 100), target = Self.percent(specification.targetPower * 100)
        let effect = ReportNumber.fixed(evaluatedEffect, decimals: 2), share = Self.percent(percentOfMean(evaluatedEffect))
        switch question {
        case .minimumDetectableEffect:
            let mde = analytic.minimumDetectableEffect ?? .nan
            let simulated = simulation.map { ($0.minimumDetectableEffect.map { Self.percent(percentOfMean($0)) } ?? "—") }
            return LocalizedText(
                zh: "支持 \(supportedFirms) 家企业、观察支持后 \(r) 期（支持前 \(m) 期，对照企业 \(comparisonFirms) 家），在 \(size)% 显著性水平下有 \(target)% 的把握检测到 \(y) \(ReportNumber.fixed(mde, decimals: 2)) 的效应（支持前均值的 \(Self.percent(percentOfMean(mde)))%）（解析公式\(simulated.map { "；模拟为 \($0)%" } ?? "")）。",
                en: "Supporting \(supportedFirms) firms for \(r) period(s) (with \(m) before, against \(comparisonFirms) comparison firms) detects an effect on \(y) of \(ReportNumber.fixed(mde, decimals: 2)) (\(Self.percent(percentOfMean(mde))) % of the pre-period mean) with \(target) % power at the \(size) % level (analytic formula\(simulated.map { "; simulation: \($0) %" } ?? ""))."
            )
        case .power:
            let power = Self.percent(analytic.power * 100)
            let simulated = simulation.map { Self.percent($0.power * 100) }
            return LocalizedText(
                zh: "支持 \(supportedFirms) 家企业、观察支持后 \(r) 期（支持前 \(m) 期，对照企业 \(comparisonFirms) 家）时，\(y) \(effect) 的效应（支持前均值的 \(share)%）在 \(size)% 显著性水平下被检测到的功效为 \(power)%（解析公式\(simulated.map { "；模拟为 \($0)%" } ?? "")）。",
                en: "Supporting \(supportedFirms) firms for \(r) period(s) (with \(m) before, against \(comparisonFirms) comparison firms) detects an effect on \(y) of \(effect) (\(share) % of the pre-period mean) with \(power) % power at the \(size) % level (analytic formula\(simulated.map { "; simulation: \($0) %" } ?? ""))."
            )
        case .firms:
            guard let needed = analytic.firmsNeeded else {
                let tried = notes.lazy.compactMap { note -> Int? in
                    if case .firmsNotReachable("analytic", let largest, _) = note { return largest }
                    return nil
                }.first ?? supportedFirms
                return LocalizedText(
                    zh: "受支持企业数直到 \(tried) 家，都无法在 \(size)% 显著性水平下以 \(target)% 的把握检测到 \(y) \(effect) 的效应（支持前均值的 \(share)%）；请延长观察期或接受更大的可检测效应。",
                    en: "No number of supported firms up to \(tried) detects an effect on \(y) of \(effect) (\(share) % of the pre-period mean) with \(target) % power at the \(size) % level; observe more periods or accept a larger detectable effect.")
            }
            let simulated = simulation.map { $0.firmsNeeded.map(String.init) ?? "—" }
            return LocalizedText(
                zh: "要在 \(size)% 显著性水平下以 \(target)% 的把握检测到 \(y) \(effect) 的效应（支持前均值的 \(share)%），需支持 \(needed) 家企业并观察支持后 \(r) 期（支持前 \(m) 期）（解析公式\(simulated.map { "；模拟为 \($0) 家" } ?? "")）。",
                en: "Detecting an effect on \(y) of \(effect) (\(share) % of the pre-period mean) with \(target) % power at the \(size) % level needs \(needed) supported firms observed for \(r) period(s) after support (\(m) before) (analytic formula\(simulated.map { "; simulation: \($0)" } ?? ""))."
            )
        }
    }

    /// How the two answers were computed.
    var methodNote: LocalizedText {
        let simulated = simulation.map { estimate in
            (zh: "模拟：从面板中有放回地抽取企业，\(estimate.simulations ?? 0) 次安慰剂分配（种子 \(specification.seed)），以企业与时期双向固定效应、按企业聚类标准误估计双重差分（同 impact did --fe）并计数拒绝次数。",
             en: " Simulation: \(estimate.simulations ?? 0) placebo assignments of firms resampled from the panel (seed \(specification.seed)), the two-way fixed-effects DiD with firm-clustered standard errors (as impact did --fe), rejections counted.")
        }
        return LocalizedText(
            zh: "解析：Burlig、Preonas 与 Woerman（2020）的序列相关稳健公式，方差与自协方差取自 \(windows) 个连续 \(specification.periods) 期窗口中剔除企业与时期效应后的残差，t 分布自由度 J − 1。" + (simulated?.zh ?? ""),
            en: "Analytic: the serial-correlation-robust formula of Burlig, Preonas & Woerman (2020), the variance and autocovariances from residuals after firm and period effects in \(windows) window(s) of \(specification.periods) consecutive periods, t with J − 1 degrees of freedom." + (simulated?.en ?? ""))
    }

    /// A percentage with one decimal.
    static func percent(_ value: Double) -> String { ReportNumber.fixed(value, decimals: 1) }
}
