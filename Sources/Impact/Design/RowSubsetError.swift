/// Why a ``RowSubset`` could not be parsed or applied to a table.
///
/// Cases located in the condition carry a ``FormulaLocation`` (the condition's text and
/// the span of the bad token); ``description`` then prints the condition with a caret line
/// under it.
public enum RowSubsetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A character that starts no token (`$`, a lone `=`).
    case unexpectedCharacter(String, hint: String?, at: FormulaLocation)
    /// A token where the grammar expected `expected`.
    case unexpectedToken(String, expected: String, at: FormulaLocation)
    /// The condition ended where `expected` was needed.
    case unexpectedEnd(expected: String, at: FormulaLocation)
    /// A number written wrongly (`1.2.3`, `1e`, `2e5.1`; see ``NumberLiteral``), with its
    /// whole text and span.
    case malformedNumber(String, at: FormulaLocation)
    /// A quote or backtick opened and never closed.
    case unterminatedQuote(at: FormulaLocation)
    /// Parentheses nest deeper than ``FormulaLimits/maximumNesting``, or the condition has
    /// more tokens than ``FormulaLimits/maximumTokens``.
    case tooComplex(at: FormulaLocation)
    /// No column of the table has this name; `nearest` is the closest one.
    case unknownColumn(String, nearest: String?, at: FormulaLocation)
    /// A comparison between a number and a text that does not read as a number (or two
    /// columns of different kinds).
    case typeMismatch(String, at: FormulaLocation)
    /// No row satisfies the condition (of `rows`).
    case noRowsKept(condition: String, rows: Int)

    /// The problem in one sentence.
    public var message: String {
        switch self {
        case let .unexpectedCharacter(character, hint, at):
            "Unexpected '\(character)' at position \(at.position + 1) of the subset" + (hint.map { "; \($0)" } ?? "") + "."
        case let .unexpectedToken(token, expected, at):
            "Unexpected '\(token)' at position \(at.position + 1) of the subset; expected \(expected)."
        case let .unexpectedEnd(expected, _):
            "The subset ends too early; expected \(expected)."
        case let .malformedNumber(text, at):
            "'\(text)' at position \(at.position + 1) of the subset is not a number; expected \(NumberLiteral.expectedForm)."
        case let .unterminatedQuote(at):
            "The quote opened at position \(at.position + 1) of the subset is never closed."
        case .tooComplex:
            "The subset is too long or nests parentheses too deeply (at most \(FormulaLimits.maximumTokens) tokens, "
                + "\(FormulaLimits.maximumNesting) levels)."
        case let .unknownColumn(name, nearest, _):
            "The subset names the column '\(name)', which the data do not have" + (nearest.map { "; did you mean '\($0)'?" } ?? ".")
        case let .typeMismatch(reason, _):
            "The subset compares values of different kinds: \(reason)."
        case let .noRowsKept(condition, rows):
            "No row of the \(rows) satisfies the subset '\(condition)'."
        }
    }

    /// Where in the condition the problem is, when it is in the condition.
    public var location: FormulaLocation? {
        switch self {
        case .unexpectedCharacter(_, _, let at), .unexpectedToken(_, _, let at), .unexpectedEnd(_, let at),
             .malformedNumber(_, let at),
             .unterminatedQuote(let at), .tooComplex(let at), .unknownColumn(_, _, let at), .typeMismatch(_, let at):
            at
        case .noRowsKept:
            nil
        }
    }

    /// ``message``, followed by the condition and a caret line when the error has a location.
    public var description: String {
        guard let location else { return message }
        return message + "\n" + location.caretLines
    }
}
