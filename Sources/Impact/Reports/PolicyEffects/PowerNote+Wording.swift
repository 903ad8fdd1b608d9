extension PowerNote: NoteWording {
    /// The note as printed under the power table and on standard error.
    public var wording: LocalizedText {
        switch self {
        case let .firmsNotReachable(method, largest, best):
            let power = ReportNumber.fixed(best * 100, decimals: 1)
            let zhMethod = method == "simulation" ? "模拟" : "解析公式"
            return LocalizedText(
                zh: "注意：按\(zhMethod)，受支持企业数直到 \(largest) 家都达不到目标功效（最高 \(power)%）；请延长观察期或接受更大的可检测效应。",
                en: "Note: by the \(method == "simulation" ? "simulation" : "analytic formula"), no number of supported firms up to \(largest) reaches the target power (best \(power) %); observe more periods or accept a larger detectable effect.")
        case let .incompleteFirmsLeftOut(firms):
            return LocalizedText(
                zh: "注意：\(firms) 家企业在任何连续窗口中都有缺失值，未用于估计方差。",
                en: "Note: \(firms) firm(s) have a missing outcome in every window of the design's length and were left out of the variance.")
        case let .singleWindow(periods):
            return LocalizedText(
                zh: "注意：面板只有 \(periods) 期，恰为设计所需长度，方差只来自一个窗口。",
                en: "Note: the panel has exactly the \(periods) periods the design needs, so the variance comes from one window only.")
        case let .fewComparisonFirms(count):
            return LocalizedText(
                zh: "注意：对照企业只有 \(count) 家，聚类标准误与 t 临界值不够精确；可用 --comparison 设定对照组规模。",
                en: "Note: only \(count) comparison firm(s); clustered standard errors and t critical values are imprecise with so few (--comparison sets the comparison group's size).")
        case let .testSizeDistorted(size, alpha):
            let simulated = ReportNumber.fixed(size * 100, decimals: 1), nominal = ReportNumber.fixed(alpha * 100, decimals: 1)
            return LocalizedText(
                zh: "注意：安慰剂模拟中零效应被拒绝的比例为 \(simulated)%，而名义水平为 \(nominal)%：该设计下按企业聚类的 t 检验失真（受支持企业少或结果变量偏态），模拟功效包含这一失真；评估时可用 impact did --bootstrap（野聚类自助法）。",
                en: "Note: the placebo simulations reject a zero effect in \(simulated) % of draws against a nominal \(nominal) %: the firm-clustered t test is mis-sized for this design (few supported firms or a skewed outcome) and the simulated power includes that; evaluate with impact did --bootstrap (wild cluster bootstrap).")
        case let .simulationDisagrees(analytic, simulated, error):
            return LocalizedText(
                zh: "注意：模拟功效 \(ReportNumber.fixed(simulated, decimals: 3)) 与解析功效 \(ReportNumber.fixed(analytic, decimals: 3)) 之差超过蒙特卡洛标准误（\(ReportNumber.fixed(error, decimals: 3))）的三倍：结果变量可能有厚尾或异方差，模拟结果更可靠。",
                en: "Note: the simulated power \(ReportNumber.fixed(simulated, decimals: 3)) differs from the analytic \(ReportNumber.fixed(analytic, decimals: 3)) by more than three Monte Carlo standard errors (\(ReportNumber.fixed(error, decimals: 3))); the outcome may be heavy-tailed or heteroskedastic, and the simulation is the safer guide.")
        }
    }
}
