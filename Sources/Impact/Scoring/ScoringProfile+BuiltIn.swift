extension ScoringProfile {
    /// `mof-2020`, the default: 财预〔2020〕10号 as stated in ``ScoringProfile``, every
    /// option at its default. Reproduces the seed's 99.55 (优).
    public static let mof2020 = ScoringProfile(
        name: "mof-2020",
        summary: LocalizedText(
            zh: "财预〔2020〕10号：正向 min(实际/目标,1)，成本超支按 目标/实际，保留两位小数",
            en: "MoF 2020 No. 10: higher-is-better min(actual/target, 1), cost overrun target/actual, 2 decimals"))

    /// `mof-2020-execution-20`: as ``mof2020`` with 20 points for budget execution, the
    /// other rows rescaled to 80.
    public static let mof2020Execution20 = mof2020.with {
        $0.name = "mof-2020-execution-20"
        $0.summary = LocalizedText(zh: "同 mof-2020，预算执行率 20 分，其余指标按比例折算为 80 分",
                                   en: "mof-2020 with 20 points for execution, other rows rescaled to 80")
        $0.executionPoints = 20
    }

    /// `mof-2020-integer`: as ``mof2020`` with scores rounded to whole points.
    public static let mof2020Integer = mof2020.with {
        $0.name = "mof-2020-integer"
        $0.summary = LocalizedText(zh: "同 mof-2020，得分取整", en: "mof-2020 with whole-point scores")
        $0.rounding = .integer
    }

    /// `local-strict`: every local variant on — linear cost penalty (zero at twice the
    /// target), 2 points off for overshooting a target by 30 % or more, total capped by the
    /// execution rate (``ExecutionCap/standardLadder``), 不适用 weights rescaled to 100.
    public static let localStrict = mof2020.with {
        $0.name = "local-strict"
        $0.summary = LocalizedText(
            zh: "地方从严口径：成本超支线性扣分（两倍目标为零），超目标30%及以上扣2分，按执行率封顶总分，不适用指标按比例折算",
            en: "strict local variant: linear cost penalty, 2 points off at ≥30 % overshoot, total capped by execution rate, n/a rows rescaled")
        $0.costOverrun = .linear
        $0.overshootDeduction = .twoPointsAtThirtyPercent
        $0.executionCaps = ExecutionCap.standardLadder
        $0.notApplicable = .rescaleToFull
    }

    /// Every built-in profile, the default first.
    public static let builtIn: [ScoringProfile] = [mof2020, mof2020Execution20, mof2020Integer, localStrict]

    /// The built-in profile called `name`; throws ``ScoringError/unknownProfile(_:available:)``.
    public static func named(_ name: String) throws(ScoringError) -> ScoringProfile {
        guard let profile = builtIn.first(where: { $0.name == name }) else {
            throw .unknownProfile(name, available: builtIn.map(\.name))
        }
        return profile
    }
}
