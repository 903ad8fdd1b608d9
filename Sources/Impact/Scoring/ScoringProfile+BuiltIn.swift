extension ScoringProfile {
    /// `mof-2020`, the default: 财预〔2020〕10号 as stated in ``ScoringProfile``, every
    /// option at its default. Reproduces the seed's 99.55 (优).
    public static let mof2020 = ScoringProfile(name: "mof-2020", summary: .mof2020)

    /// `mof-2020-execution-20`: as ``mof2020`` with 20 points for budget execution, the
    /// other rows rescaled to 80.
    public static let mof2020Execution20 = mof2020.with {
        $0.name = "mof-2020-execution-20"
        $0.summary = .mof2020Execution20
        $0.executionPoints = 20
    }

    /// `mof-2020-integer`: as ``mof2020`` with scores rounded to whole points.
    public static let mof2020Integer = mof2020.with {
        $0.name = "mof-2020-integer"
        $0.summary = .mof2020Integer
        $0.rounding = .integer
    }

    /// `local-strict`: every local variant on — linear cost penalty (zero at twice the
    /// target), 2 points off for overshooting a target by 30 % or more, total capped by the
    /// execution rate (``ExecutionCap/standardLadder``), 不适用 weights rescaled to 100.
    public static let localStrict = mof2020.with {
        $0.name = "local-strict"
        $0.summary = .localStrict
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
