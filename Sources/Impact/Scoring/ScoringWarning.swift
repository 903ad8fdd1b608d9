/// Something a scorer should look at that does not stop the scoring, as the finance
/// bureau's system flags it.
public enum ScoringWarning: Equatable, Sendable, CustomStringConvertible {
    /// Rows below target (or with execution under the profile's threshold) without a
    /// deviation reason (偏差原因), listed together.
    case missingDeviationReasons([IndicatorReference])
    /// The score written in the file differs from the computed one (the computed is used).
    case statedScoreDiffers(IndicatorReference, stated: Double, computed: Double)
    /// The actual computed from data differs from the literal one in the file (the computed
    /// one is used).
    case actualFromData(IndicatorReference, literal: String, computed: String)
    /// The weights do not sum to 100 and the caller allowed it.
    case weightSumAllowed(file: String, found: Double)
    /// A row's score was reduced for overshooting its target.
    case overshootDeducted(IndicatorReference, points: Double)
    /// The total was capped by the execution rate.
    case totalCapped(uncapped: Double, cap: Double, executionRate: Double)

    /// The warning as a whole sentence naming the file and row it concerns.
    public var description: String {
        switch self {
        case .missingDeviationReasons(let rows):
            let list = rows.map { "\($0.name) (\($0.location))" }.joined(separator: "; ")
            return "A deviation reason (偏差原因) is required for \(rows.count) indicator(s) below target: \(list)."
        case .statedScoreDiffers(let row, let stated, let computed):
            return "\(row.location): the score written for '\(row.name)' is \(formatIndicatorNumber(stated)), but the rules give \(formatIndicatorNumber(computed)); the computed score is used."
        case .actualFromData(let row, let literal, let computed):
            return "\(row.location): the actual of '\(row.name)' is written as '\(literal)', but the data give '\(computed)'; the value from the data is used."
        case .weightSumAllowed(let file, let found):
            return "\(file): the weights sum to \(formatIndicatorNumber(found)), not 100, as allowed."
        case .overshootDeducted(let row, let points):
            return "\(row.location): '\(row.name)' exceeds its target by the profile's overshoot share or more; \(formatIndicatorNumber(points)) point(s) deducted."
        case .totalCapped(let uncapped, let cap, let rate):
            return "The total \(formatIndicatorNumber(uncapped)) is capped at \(formatIndicatorNumber(cap)) because the execution rate is \(formatIndicatorNumber(rate))%."
        }
    }
}
