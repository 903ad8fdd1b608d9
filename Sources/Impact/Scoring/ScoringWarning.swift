/// Something a scorer should look at that does not stop the scoring, as the finance
/// bureau's system flags it: a typed note whose sentences are written in `Reports/`.
public enum ScoringWarning: ResultNote {
    /// Rows below target (or with execution under the profile's threshold) without a
    /// deviation reason (偏差原因), listed together.
    case missingDeviationReasons([IndicatorReference])
    /// The score written in the file differs from the computed one (the computed is used).
    case statedScoreDiffers(IndicatorReference, stated: Double, computed: Double)
    /// The actual computed from data differs from the literal one in the file (the computed
    /// one is used).
    case actualFromData(IndicatorReference, literal: String, computed: String)
    /// The weights do not sum to 100 and the caller allowed it: each weight was rescaled by
    /// 100 / `found`, so the total is out of 100.
    case weightSumAllowed(file: String, found: Double)
    /// A row's score was reduced for overshooting its target.
    case overshootDeducted(IndicatorReference, points: Double)
    /// The total was capped by the execution rate.
    case totalCapped(uncapped: Double, cap: Double, executionRate: Double)
    /// Rows marked 不适用 and what was done with their weight under `policy`.
    case notApplicableWeights(policy: NotApplicablePolicy, rows: [IndicatorReference])
    /// Rows whose actual exceeds the target by `margin` (a share) or more, or the upper end of
    /// a range target, without a deviation reason: a target far exceeded may have been set
    /// too low, and 10号 asks for an explanation.
    case largeOvershoots([IndicatorReference], margin: Double)
    /// The budget execution rate is above 100 % (spending beyond the adjusted budget).
    case executionAboveFull(IndicatorReference, rate: Double)
    /// The total is out of `maximum` < 100 (不适用 weights excluded): the grade is given on
    /// `graded` = total × 100 / maximum.
    case gradedOnRescaledTotal(total: Double, maximum: Double, graded: Double)

    /// The stable code: `missing_deviation_reasons`, `stated_score_differs`,
    /// `actual_from_data`, `weight_sum_allowed`, `overshoot_deducted`, `total_capped`,
    /// `not_applicable_weights`, `large_overshoots`, `execution_above_full`,
    /// `graded_on_rescaled_total`.
    public var code: String {
        switch self {
        case .missingDeviationReasons: "missing_deviation_reasons"
        case .statedScoreDiffers: "stated_score_differs"
        case .actualFromData: "actual_from_data"
        case .weightSumAllowed: "weight_sum_allowed"
        case .overshootDeducted: "overshoot_deducted"
        case .totalCapped: "total_capped"
        case .notApplicableWeights: "not_applicable_weights"
        case .largeOvershoots: "large_overshoots"
        case .executionAboveFull: "execution_above_full"
        case .gradedOnRescaledTotal: "graded_on_rescaled_total"
        }
    }
}
