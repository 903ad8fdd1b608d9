extension ProfileSummary {
    /// The summary in both languages: the built-in profiles' sentences, `自定义（基于 X）` /
    /// `custom, based on X` for a profile file without one, a file's own text verbatim.
    public var text: LocalizedText {
        switch self {
        case .mof2020:
            LocalizedText(zh: "财预〔2020〕10号：正向 min(实际/目标,1)，成本超支按 目标/实际，保留两位小数",
                          en: "MoF 2020 No. 10: higher-is-better min(actual/target, 1), cost overrun target/actual, 2 decimals")
        case .mof2020Execution20:
            LocalizedText(zh: "同 mof-2020，预算执行率 20 分，其余指标按比例折算为 80 分",
                          en: "mof-2020 with 20 points for execution, other rows rescaled to 80")
        case .mof2020Integer:
            LocalizedText(zh: "同 mof-2020，得分取整", en: "mof-2020 with whole-point scores")
        case .localStrict:
            LocalizedText(
                zh: "地方从严口径：成本超支线性扣分（两倍目标为零），超目标30%及以上扣2分，按执行率封顶总分，不适用指标按比例折算",
                en: "strict local variant: linear cost penalty, 2 points off at ≥30 % overshoot, total capped by execution rate, n/a rows rescaled")
        case .basedOn(let base):
            LocalizedText(zh: "自定义（基于 \(base)）", en: "custom, based on \(base)")
        case .given(let text):
            LocalizedText(verbatim: text)
        }
    }
}
