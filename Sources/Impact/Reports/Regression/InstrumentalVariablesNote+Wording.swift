extension InstrumentalVariablesNote: NoteWording {
    /// The note as a whole sentence in Chinese and English (the English one is the JSON
    /// `message`).
    public var wording: LocalizedText {
        switch self {
        case let .weakInstruments(endogenous, statistic, threshold):
            let value = ReportNumber.fixed(statistic, decimals: 2), limit = ReportNumber.fullPrecision(threshold)
            return LocalizedText(
                zh: "\(endogenous) 的第一阶段 F 统计量为 \(value)，低于 \(limit)：工具变量较弱，2SLS 估计偏向 OLS，置信区间偏窄。",
                en: "The first-stage F of \(endogenous) is \(value), below \(limit): the instruments are weak, so the 2SLS estimate is biased towards OLS and its confidence intervals are too narrow.")
        }
    }
}
