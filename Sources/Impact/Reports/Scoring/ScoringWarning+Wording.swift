extension ScoringWarning: NoteWording, CustomStringConvertible {
    /// The warning as a whole sentence naming the file and row it concerns.
    public var wording: LocalizedText {
        switch self {
        case .missingDeviationReasons(let rows):
            let list = rows.map { "\($0.name) (\($0.location))" }.joined(separator: "; ")
            return LocalizedText(
                zh: "\(rows.count) 项未达目标的指标需要填写偏差原因：\(list)。",
                en: "A deviation reason (偏差原因) is required for \(rows.count) indicator(s) below target: \(list).")
        case .statedScoreDiffers(let row, let stated, let computed):
            let (stated, computed) = (formatIndicatorNumber(stated), formatIndicatorNumber(computed))
            return LocalizedText(
                zh: "\(row.location)：“\(row.name)”填写的得分为 \(stated)，按评分规则应为 \(computed)；采用计算得分。",
                en: "\(row.location): the score written for '\(row.name)' is \(stated), but the rules give \(computed); the computed score is used.")
        case .actualFromData(let row, let literal, let computed):
            return LocalizedText(
                zh: "\(row.location)：“\(row.name)”的实际完成值填写为“\(literal)”，数据计算为“\(computed)”；采用数据计算值。",
                en: "\(row.location): the actual of '\(row.name)' is written as '\(literal)', but the data give '\(computed)'; the value from the data is used.")
        case .weightSumAllowed(let file, let found):
            return LocalizedText(
                zh: "\(file)：分值合计为 \(formatIndicatorNumber(found))，不是 100（已允许）。",
                en: "\(file): the weights sum to \(formatIndicatorNumber(found)), not 100, as allowed.")
        case .overshootDeducted(let row, let points):
            return LocalizedText(
                zh: "\(row.location)：“\(row.name)”超出目标达到评分规则规定的比例，扣 \(formatIndicatorNumber(points)) 分。",
                en: "\(row.location): '\(row.name)' exceeds its target by the profile's overshoot share or more; \(formatIndicatorNumber(points)) point(s) deducted.")
        case .totalCapped(let uncapped, let cap, let rate):
            return LocalizedText(
                zh: "预算执行率为 \(formatIndicatorNumber(rate))%，总分 \(formatIndicatorNumber(uncapped)) 封顶为 \(formatIndicatorNumber(cap))。",
                en: "The total \(formatIndicatorNumber(uncapped)) is capped at \(formatIndicatorNumber(cap)) because the execution rate is \(formatIndicatorNumber(rate))%.")
        }
    }

    /// The English sentence (``wording``), as printed on standard error.
    public var description: String { wording.en }
}
