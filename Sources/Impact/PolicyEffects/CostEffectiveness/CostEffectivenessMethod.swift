/// How an effect per 万元 of subsidy is measured, from attribution to causation.
///
/// - `naiveAttribution`: `Σ increment / Σ subsidy` over supported firms, as the seed report
///   does — it credits the subsidy with all growth, ignoring what would have happened
///   without it.
/// - `doseResponse`: the slope of the increment on the subsidy amount with controls and
///   sector effects — extra growth per extra 万元 among supported firms (causal only if
///   the amount is as good as random given the controls).
/// - `differenceInDifferences`: the DiD ATT in outcome units, summed over treated
///   firm-periods after the policy, divided by the award of the treated firms.
/// - `callawaySantAnna`: the same with the Callaway–Sant'Anna simple ATT, for staggered
///   adoption.
public enum CostEffectivenessMethod: String, Sendable, CaseIterable {
    /// Σ increment / Σ subsidy.
    case naiveAttribution = "naive"
    /// Regression slope on the subsidy amount.
    case doseResponse = "dose_response"
    /// DiD effect per 万元 spent.
    case differenceInDifferences = "did"
    /// Callaway–Sant'Anna simple ATT per 万元 awarded (staggered adoption).
    case callawaySantAnna = "cs"

}
