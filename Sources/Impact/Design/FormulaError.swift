/// Why a formula could not be parsed, or could not be applied to a table.
///
/// Every case carries its context: the offending token and where it is in the formula
/// (``FormulaLocation``), the column and row, or the nearest valid name. ``message`` is
/// one sentence; ``description`` adds, for errors located in the formula, the formula
/// itself with a caret line under the bad token.
public enum FormulaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A character that cannot start any token (e.g. `$`).
    case unexpectedCharacter(Character, at: FormulaLocation)
    /// A token where the grammar expected something else; `expected` says what.
    case unexpectedToken(String, expected: String, at: FormulaLocation)
    /// The formula ended where `expected` was needed.
    case unexpectedEnd(expected: String, at: FormulaLocation)
    /// A quoted name or label without its closing quote.
    case unterminatedQuote(at: FormulaLocation)
    /// The formula has no `~` separating the response from the regressors.
    case missingTilde(formula: String)
    /// A function other than `C`, `log`, `i`, `I`, `poly`, `exp`, `sqrt`, `abs` and `log1p`;
    /// `nearest` is the closest known one.
    case unknownFunction(String, nearest: String?, at: FormulaLocation)
    /// A function argument that is not allowed (unknown keyword, wrong count or kind).
    case invalidArgument(function: String, reason: String, at: FormulaLocation)
    /// A number other than `0` and `1` used as a term, or `1` inside an interaction.
    case invalidTerm(String, reason: String, at: FormulaLocation)
    /// A formula feature Impact does not support (e.g. instrumental variables).
    case unsupported(String, at: FormulaLocation)
    /// No column of the table has this name; `nearest` is the closest existing name.
    /// `location` is `nil` for columns named outside the formula (weights, clusters).
    case unknownColumn(String, nearest: String?, at: FormulaLocation?)
    /// A reference level that does not occur in the column (among the rows used).
    case unknownLevel(String, column: String, nearest: String?, at: FormulaLocation?)
    /// A column holding text where numbers are needed (`role` says where: the response,
    /// `log()`, weights).
    case notNumeric(String, role: String, at: FormulaLocation?)
    /// A column used as a number (a bare regressor, the response) that the reader kept as
    /// text because a few of its cells are not numbers (``TextInNumbers``); `problems` lists
    /// those cells with what to do (mark them missing, or write `C(column)`).
    case textInNumbers(String, problems: DataProblems, at: FormulaLocation?)
    /// A weight that is zero or negative; `row` is the 1-based data row (header excluded).
    case nonPositiveWeight(column: String, row: Int, value: Double)
    /// Every row was dropped for missing values.
    case noObservations(rows: Int, formula: String)
    /// Every row was dropped, some for `log()` of a zero or negative value or for an
    /// infinite value: counted by reason (`missing` counts the rest).
    case noObservationsByReason(rows: Int, formula: String, missing: Int, logOfNonPositive: Int, infinite: Int)
    /// Every row was dropped, some for a transformed value that is undefined (`sqrt()` of a
    /// negative value, a division by zero in `I(…)`, …): `counts` by reason, the rows
    /// missing a model variable under ``RowDropReason/missing``.
    case noObservationsForReasons(rows: Int, formula: String, counts: [RowDropReason: Int])
    /// The design matrix would not fit in the ``MemoryBudget``; counted before allocating.
    case overBudget(MemoryBudgetError)
    /// The formula holds more tokens than ``FormulaLimits/maximumTokens``.
    case tooLong(tokens: Int, limit: Int)
    /// Parentheses nest deeper than ``FormulaLimits/maximumNesting``.
    case nestedTooDeeply(limit: Int, at: FormulaLocation)
    /// Expanding the formula would make `count` terms (at least), more than `limit`
    /// (``FormulaLimits/maximumTerms``); counted before the terms are made.
    case tooManyTerms(count: Int, limit: Int)
    /// An instrument part with fewer excluded instruments than endogenous regressors
    /// (``FormulaInstruments``); `at` points at the instruments.
    case underidentified(endogenous: [String], instruments: [String], at: FormulaLocation)

    /// The problem in one sentence.
    // Long: one sentence per case of the error, read best side by side in one switch.
    public var message: String {
        switch self {
        case .unexpectedCharacter(let character, let at):
            "Unexpected character '\(character)' at position \(at.position + 1) of the formula."
        case .unexpectedToken(let token, let expected, let at):
            "Unexpected '\(token)' at position \(at.position + 1) of the formula; expected \(expected)."
        case .unexpectedEnd(let expected, _):
            "The formula ends too early; expected \(expected)."
        case .unterminatedQuote(let at):
            "The quote opened at position \(at.position + 1) of the formula is never closed."
        case .missingTilde(let formula):
            "The formula '\(formula)' has no '~' between the response and the regressors."
        case .unknownFunction(let name, let nearest, _):
            "Unknown function '\(name)' in the formula"
                + (nearest.map { "; did you mean '\($0)'?" } ?? "; the functions are C(), i(), I(), poly(), log(), exp(), sqrt(), abs() and log1p().")
        case .invalidArgument(let function, let reason, _):
            "Invalid argument to \(function)(): \(reason)."
        case .invalidTerm(let term, let reason, _):
            "The term '\(term)' is not valid: \(reason)."
        case .unsupported(let feature, _):
            "\(feature) is not supported."
        case .unknownColumn(let name, let nearest, _):
            "There is no column named '\(name)'"
                + (nearest.map { "; did you mean '\($0)'?" } ?? ".")
        case .unknownLevel(let level, let column, let nearest, _):
            "The reference level '\(level)' does not occur in column '\(column)'"
                + (nearest.map { "; did you mean '\($0)'?" } ?? ".")
        case .notNumeric(let column, let role, _):
            "Column '\(column)' holds text, but \(role) must be numeric."
        case .textInNumbers(let column, let problems, _):
            "Column '\(column)' is used as a number, but \(problems.count) of its cells "
                + "\(problems.count == 1 ? "is" : "are") text, so it was read as categories. " + problems.description
        case .nonPositiveWeight(let column, let row, let value):
            "Weight column '\(column)' has the non-positive value \(value) in data row \(row); weights must be positive."
        case .noObservations(let rows, let formula):
            "No observations are left for '\(formula)': all \(rows) rows miss a model variable."
        case .noObservationsByReason(let rows, let formula, let missing, let logOfNonPositive, let infinite):
            "No observations are left for '\(formula)': of \(rows) rows, "
                + [(missing, "miss a model variable"), (logOfNonPositive, "have log() of zero or a negative value"),
                   (infinite, "hold an infinite value")].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
                    .joined(separator: ", ")
                + "; check those columns."
        case .noObservationsForReasons(let rows, let formula, let counts):
            "No observations are left for '\(formula)': of \(rows) rows, "
                + RowDropReason.allCases.filter { counts[$0, default: 0] > 0 }
                    .map { "\(counts[$0]!) \(Self.phrase($0))" }.joined(separator: ", ")
                + "; check those columns."
        case .overBudget(let error):
            error.description
        case .tooLong(let tokens, let limit):
            "The formula has \(tokens) tokens, more than the \(limit) allowed; write fewer terms, "
                + "or build the variables in the data file."
        case .nestedTooDeeply(let limit, _):
            "Parentheses nest more than \(limit) deep here; remove the extra parentheses."
        case .tooManyTerms(let count, let limit):
            "Expanding the formula would make \(count) terms or more, over the limit of \(limit); "
                + "use ':' for the interactions you need instead of '*' over many columns."
        case .underidentified(let endogenous, let instruments, _):
            "The model is under-identified: \(endogenous.count) endogenous "
                + "\(endogenous.count == 1 ? "regressor" : "regressors") (\(endogenous.joined(separator: ", "))) but only "
                + "\(instruments.count) excluded \(instruments.count == 1 ? "instrument" : "instruments")"
                + (instruments.isEmpty ? "" : " (\(instruments.joined(separator: ", ")))")
                + "; give at least as many instruments as endogenous regressors."
        }
    }

    /// Where in the formula the problem is, when it is in the formula.
    public var location: FormulaLocation? {
        switch self {
        case .unexpectedCharacter(_, let at), .unexpectedToken(_, _, let at),
             .unexpectedEnd(_, let at), .unterminatedQuote(let at),
             .unknownFunction(_, _, let at), .invalidArgument(_, _, let at),
             .invalidTerm(_, _, let at), .unsupported(_, let at), .nestedTooDeeply(_, let at),
             .underidentified(_, _, let at):
            at
        case .unknownColumn(_, _, let at), .unknownLevel(_, _, _, let at), .notNumeric(_, _, let at),
             .textInNumbers(_, _, let at):
            at
        case .missingTilde, .nonPositiveWeight, .noObservations, .noObservationsByReason, .noObservationsForReasons,
             .tooLong, .tooManyTerms,
             .overBudget:
            nil
        }
    }

    /// What rows dropped for `reason` did, after their count.
    private static func phrase(_ reason: RowDropReason) -> String {
        switch reason {
        case .missing: "miss a model variable"
        case .logOfNonPositive: "have log() of zero or a negative value"
        case .infinite: "hold an infinite value"
        case .sqrtOfNegative: "have sqrt() of a negative value"
        case .divisionByZero: "divide by zero"
        case .undefinedValue: "raise a negative number to a fractional power"
        }
    }

    /// ``message``, followed by the formula and a caret line when the error has a location.
    public var description: String {
        guard let location else { return message }
        return message + "\n" + location.caretLines
    }
}
