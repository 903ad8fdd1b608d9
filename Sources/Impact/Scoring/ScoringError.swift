/// Why an indicator table could not be read or scored. Every case names where the problem
/// was written (file, line, column or JSON path) and what was expected.
public enum ScoringError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A cell does not hold what its column needs.
    case invalidCell(IndicatorLocation, field: IndicatorField, found: String, expected: String)
    /// A required column (or JSON key) is absent.
    case missingField(IndicatorLocation, field: IndicatorField)
    /// The file cannot be read as CSV or JSON at all.
    case malformedFile(IndicatorLocation, reason: String)
    /// The file holds no indicator rows.
    case emptyTable(file: String)
    /// The weights do not sum to the required total.
    case weightSum(file: String, found: Double, required: Double)
    /// A weight is negative or not finite.
    case invalidWeight(IndicatorLocation, indicator: String, weight: Double)
    /// The actual is blank and no data computed it.
    case missingActual(IndicatorLocation, indicator: String)
    /// Target and actual are of kinds that cannot be compared (a grade against a number),
    /// or the row's kind does not fit its target.
    case incomparable(IndicatorLocation, indicator: String, target: String, actual: String, kind: IndicatorKind)
    /// Target and actual are in units that do not convert (`家` against `个`).
    case unitMismatch(IndicatorLocation, indicator: String, targetUnit: String, actualUnit: String)
    /// The actual is only a bound on the wrong side (`≤90%` for a higher-is-better target).
    case actualBoundCannotShowTarget(IndicatorLocation, indicator: String, actual: String, kind: IndicatorKind)
    /// A written score is above the row's weight.
    case scoreAboveWeight(IndicatorLocation, indicator: String, score: Double, weight: Double)
    /// A written score is negative.
    case negativeScore(IndicatorLocation, indicator: String, score: Double)
    /// A qualitative score lies outside its achievement band.
    case scoreOutsideBand(IndicatorLocation, indicator: String, score: Double, weight: Double, level: AchievementLevel)
    /// A qualitative row short of 达成 has no evaluator score.
    case evaluatorScoreRequired(IndicatorLocation, indicator: String, level: AchievementLevel, weight: Double)
    /// More than one row is an execution-rate row.
    case duplicateExecutionRow(IndicatorLocation, first: IndicatorLocation)
    /// The profile gives execution points but no row is the execution rate.
    case executionRowRequired(profile: String, file: String)
    /// No built-in profile has this name.
    case unknownProfile(String, available: [String])
    /// A profile file holds a key or value that is not a profile option.
    case invalidProfile(file: String, key: String, reason: String)
    /// An execution rate written without `%` (`0.65`): a fraction or a percentage cannot be
    /// told apart, so a percentage is asked for.
    case executionRateNeedsPercent(IndicatorLocation, indicator: String, found: String)
    /// A cost (lower-is-better) actual below zero.
    case negativeCost(IndicatorLocation, indicator: String, actual: String)
    /// An actual could not be computed from the data.
    case dataUnavailable(IndicatorLocation, source: String, reason: String)

    /// The message as a whole sentence saying what went wrong and where.
    public var description: String {
        switch self {
        case .invalidCell(let location, let field, let found, let expected):
            return "\(location): the \(field.headers[0]) (\(field.rawValue)) cell holds '\(found)', but \(expected) was expected."
        case .missingField(let location, let field):
            return "\(location): the column \(field.headers[0]) (\(field.rawValue)) is required but missing; accepted headers are \(field.headers.joined(separator: ", "))."
        case .malformedFile(let location, let reason):
            return "\(location): the indicator table cannot be read: \(reason)."
        case .emptyTable(let file):
            return "\(file): the indicator table has no rows."
        case .weightSum(let file, let found, let required):
            return "\(file): the weights (分值) sum to \(formatIndicatorNumber(found)), not \(formatIndicatorNumber(required)); fix the weights or allow another sum explicitly (--allow-weight-sum)."
        case .invalidWeight(let location, let indicator, let weight):
            return "\(location): the weight of '\(indicator)' is \(weight), but a non-negative number of points was expected."
        case .missingActual(let location, let indicator):
            return "\(location): '\(indicator)' has no actual (实际完成值); write one, or mark it 不适用, or compute it from data with --data and an actual_source."
        case .incomparable(let location, let indicator, let target, let actual, let kind):
            return "\(location): '\(indicator)' compares actual '\(actual)' with target '\(target)', which a \(kind.rawValue) indicator cannot score; write both as numbers or both as grades."
        case .unitMismatch(let location, let indicator, let targetUnit, let actualUnit):
            return "\(location): '\(indicator)' has its target in '\(targetUnit)' but its actual in '\(actualUnit)', and the two do not convert."
        case .actualBoundCannotShowTarget(let location, let indicator, let actual, let kind):
            return "\(location): the actual '\(actual)' of '\(indicator)' is only a bound on the wrong side for a \(kind.rawValue) indicator; write the number reached."
        case .scoreAboveWeight(let location, let indicator, let score, let weight):
            return "\(location): the score \(formatIndicatorNumber(score)) of '\(indicator)' is above its weight \(formatIndicatorNumber(weight))."
        case .negativeScore(let location, let indicator, let score):
            return "\(location): the score \(formatIndicatorNumber(score)) of '\(indicator)' is negative."
        case .scoreOutsideBand(let location, let indicator, let score, let weight, let level):
            return "\(location): the score \(formatIndicatorNumber(score)) of '\(indicator)' lies outside the \(level.writtenForm) (\(level.englishName)) band \(level.bandText) of its weight \(formatIndicatorNumber(weight))."
        case .evaluatorScoreRequired(let location, let indicator, let level, let weight):
            return "\(location): '\(indicator)' is \(level.writtenForm) (\(level.englishName)), so the evaluator's score (得分) is required, within \(level.bandText) of its weight \(formatIndicatorNumber(weight))."
        case .duplicateExecutionRow(let location, let first):
            return "\(location): a second execution-rate row was found; the first is at \(first)."
        case .executionRowRequired(let profile, let file):
            return "\(file): the profile '\(profile)' sets the points of the execution rate, but no row is an execution-rate (执行率) row."
        case .unknownProfile(let name, let available):
            return "There is no scoring profile named '\(name)'; the profiles are \(available.joined(separator: ", "))."
        case .invalidProfile(let file, let key, let reason):
            return "\(file): the scoring profile cannot be read" + (key.isEmpty ? "" : " at '\(key)'") + ": \(reason)."
        case .executionRateNeedsPercent(let location, let indicator, let found):
            return "\(location): the execution rate of '\(indicator)' is written '\(found)' without %; write it as a percentage (e.g. 65% for 0.65)."
        case .negativeCost(let location, let indicator, let actual):
            return "\(location): the cost actual '\(actual)' of '\(indicator)' is negative; a cost cannot be below zero."
        case .dataUnavailable(let location, let source, let reason):
            return "\(location): the actual '\(source)' cannot be computed from the data: \(reason)."
        }
    }
}
