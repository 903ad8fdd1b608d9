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
                zh: "\(file)：分值合计为 \(formatIndicatorNumber(found))，不是 100（已允许）；各项分值已按 100/\(formatIndicatorNumber(found)) 折算，总分满分为 100。",
                en: "\(file): the weights sum to \(formatIndicatorNumber(found)), not 100, as allowed; each weight was rescaled by 100/\(formatIndicatorNumber(found)), so the total is out of 100.")
        case .overshootDeducted(let row, let points):
            return LocalizedText(
                zh: "\(row.location)：“\(row.name)”超出目标达到评分规则规定的比例，扣 \(formatIndicatorNumber(points)) 分。",
                en: "\(row.location): '\(row.name)' exceeds its target by the profile's overshoot share or more; \(formatIndicatorNumber(points)) point(s) deducted.")
        case .totalCapped(let uncapped, let cap, let rate):
            return LocalizedText(
                zh: "预算执行率为 \(formatIndicatorNumber(rate))%，总分 \(formatIndicatorNumber(uncapped)) 封顶为 \(formatIndicatorNumber(cap))。",
                en: "The total \(formatIndicatorNumber(uncapped)) is capped at \(formatIndicatorNumber(cap)) because the execution rate is \(formatIndicatorNumber(rate))%.")
        case .notApplicableWeights(let policy, let rows):
            return notApplicableWording(policy: policy, rows: rows)
        case .largeOvershoots(let rows, let margin):
            let list = rows.map { "\($0.name) (\($0.location))" }.joined(separator: "; ")
            let share = formatIndicatorNumber(margin * 100)
            return LocalizedText(
                zh: "\(rows.count) 项指标实际完成值超出目标 \(share)% 及以上（或超出区间上限），目标可能设置偏低，请填写偏差原因：\(list)。",
                en: "\(rows.count) indicator(s) exceed their target by \(share)% or more (or the upper end of a range), which suggests a target set too low; a deviation reason (偏差原因) is asked for: \(list).")
        case .executionAboveFull(let row, let rate):
            return LocalizedText(
                zh: "\(row.location)：“\(row.name)”预算执行率为 \(formatIndicatorNumber(rate))%，超过 100%（支出超过调整后预算），请核实；按 100% 计分。",
                en: "\(row.location): the budget execution rate of '\(row.name)' is \(formatIndicatorNumber(rate))%, above 100% (spending beyond the adjusted budget); check it. It is scored as 100%.")
        case .gradedOnRescaledTotal(let total, let maximum, let graded):
            return LocalizedText(
                zh: "不适用指标的分值未计入，总分 \(formatIndicatorNumber(total)) 的满分为 \(formatIndicatorNumber(maximum))；评级按折算为百分制的 \(formatIndicatorNumber(graded)) 分确定。",
                en: "不适用 weights are excluded, so the total \(formatIndicatorNumber(total)) is out of \(formatIndicatorNumber(maximum)); the grade is given on it rescaled to 100: \(formatIndicatorNumber(graded)).")
        }
    }

    /// The English sentence (``wording``), as printed on standard error.
    public var description: String { wording.en }
}

extension ScoringWarning {
    /// What was done with the weight of the 不适用 rows `rows` under `policy`.
    private func notApplicableWording(policy: NotApplicablePolicy, rows: [IndicatorReference]) -> LocalizedText {
        let list = rows.map { "\($0.name) (\($0.location))" }.joined(separator: "; ")
        switch policy {
        case .reallocateWithinLevel1:
            return LocalizedText(
                zh: "\(rows.count) 项指标不适用：\(list)；其分值按比例分配给同一一级指标下的其他指标（无其他指标时分配给全部指标），总分满分仍为 100。",
                en: "\(rows.count) indicator(s) are 不适用 (not applicable): \(list); their weight was reallocated to the other indicators of the same level-1 group in proportion to their weights (to every indicator when the group has none), so the total is still out of 100.")
        case .rescaleToFull:
            return LocalizedText(
                zh: "\(rows.count) 项指标不适用：\(list)；其余指标分值按比例折算至 100。",
                en: "\(rows.count) indicator(s) are 不适用 (not applicable): \(list); the other weights were rescaled so the total is out of 100.")
        case .excludeFromTotal:
            return LocalizedText(
                zh: "\(rows.count) 项指标不适用：\(list)；其分值不计入满分。",
                en: "\(rows.count) indicator(s) are 不适用 (not applicable): \(list); their weight is left out of the maximum.")
        }
    }
}
