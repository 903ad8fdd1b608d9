/// The instrumental-variables part of a formula, fixest's last `|` part:
///
/// ```
/// y ~ x1 | firm + year | x2 ~ z1 + z2      // with fixed effects
/// y ~ x1 | x2 ~ z1 + z2                    // without
/// y ~ x1 | x2 + x3 ~ z1 + z2 + z3          // two endogenous regressors
/// ```
///
/// Left of its `~`: the endogenous regressors; right: the excluded instruments. Both are
/// sums of terms in the formula language (variables, `log()`, interactions); the
/// intercept (`0`, `1`) may not appear in them. The exogenous regressors are the
/// right-hand side before the first `|`, and they instrument themselves.
///
/// The model is identified only with at least as many excluded instruments as endogenous
/// regressors; fewer is ``FormulaError/underidentified(endogenous:instruments:at:)``,
/// pointing at the instruments. A term may not be both endogenous and exogenous, nor an
/// instrument and a regressor (``FormulaError/invalidTerm(_:reason:at:)``).
///
/// Conventions: fixest's and pyfixest's `feols` syntax (the IV part last); the
/// endogenous regressors enter the second stage after the exogenous ones.
public struct FormulaInstruments: Sendable, Equatable {
    /// The endogenous regressors, in the order written.
    public let endogenous: [FormulaTerm]
    /// The excluded instruments, in the order written.
    public let instruments: [FormulaTerm]
    /// Where the part `endogenous ~ instruments` is written.
    public let location: FormulaLocation
    /// Where the instruments (right of the part's `~`) are written.
    public let instrumentLocation: FormulaLocation

    /// Every column the part reads, in order of first mention.
    public var columnNames: [String] {
        var seen = Set<String>()
        return (endogenous + instruments).flatMap { $0.factors.map(\.column) }.filter { seen.insert($0).inserted }
    }

    /// Throws when a term of this part is also among the exogenous `terms`: an
    /// endogenous regressor cannot also be exogenous, and an excluded instrument is not a
    /// regressor.
    func checkDisjoint(from terms: [FormulaTerm]) throws(FormulaError) {
        let exogenous = Set(terms)
        if let both = endogenous.first(where: exogenous.contains) {
            throw .invalidTerm(both.description, reason: "it is both an exogenous and an endogenous regressor",
                               at: location)
        }
        if let both = instruments.first(where: { exogenous.contains($0) || endogenous.contains($0) }) {
            throw .invalidTerm(both.description, reason: "an excluded instrument cannot also be a regressor",
                               at: instrumentLocation)
        }
    }
}

extension FormulaParser {
    /// The instrument part `endogenous ~ instruments` after the `|` at the current token,
    /// when the part up to the next `|` (or the end) holds a `~`; otherwise `nil` and no
    /// token is consumed. With `required` (after the fixed effects), a `|` that does not
    /// start an instrument part is an error.
    mutating func parseInstrumentPart(required: Bool) throws(FormulaError) -> FormulaInstruments? {
        guard peek.kind == .symbol("|") else { return nil }
        guard partAheadHasTilde else {
            if required {
                advance()
                throw mismatch(expected: "the instrument part 'endogenous ~ instruments' after the second '|'")
            }
            return nil
        }
        advance()
        let start = peek
        let endogenous = try parseSum()
        try expect("~", meaning: "'~' between the endogenous regressors and their instruments")
        let instrumentStart = peek
        let instruments = try parseSum()
        let last = tokens[max(index - 1, 0)]
        let part = span(from: start, to: last)
        let instrumentSpan = span(from: instrumentStart, to: last)
        let endogenousList = try instrumentTerms(endogenous)
        let instrumentList = try instrumentTerms(instruments)
        guard instrumentList.count >= endogenousList.count else {
            throw .underidentified(endogenous: endogenousList.map(\.description),
                                   instruments: instrumentList.map(\.description), at: instrumentSpan)
        }
        return FormulaInstruments(endogenous: endogenousList, instruments: instrumentList,
                                  location: part, instrumentLocation: instrumentSpan)
    }

    /// Whether the tokens after the current `|`, up to the next `|` at the same depth or
    /// the end, include a `~`.
    private var partAheadHasTilde: Bool {
        var position = index + 1
        var depth = 0
        while position < tokens.count {
            switch tokens[position].kind {
            case .end: return false
            case .symbol("("), .symbol("["): depth += 1
            case .symbol(")"), .symbol("]"): depth -= 1
            case .symbol("|") where depth == 0: return false
            case .symbol("~") where depth == 0: return true
            default: break
            }
            position += 1
        }
        return false
    }

    /// The span from the first character of `first` to the last of `last`.
    private func span(from first: FormulaToken, to last: FormulaToken) -> FormulaLocation {
        FormulaLocation(formula: formula, position: first.position,
                        length: max(last.position + last.length - first.position, 1))
    }

    /// The terms of one side of the instrument part; the intercept (`0`, `1`) may not be
    /// written there.
    private func instrumentTerms(_ expression: FormulaExpression) throws(FormulaError) -> [FormulaTerm] {
        var pending = [expression]
        while let node = pending.popLast() {
            switch node {
            case .intercept(let keep, let at):
                throw .invalidTerm(keep ? "1" : "0", reason: "the intercept cannot be endogenous or an instrument", at: at)
            case .factor: break
            case .negation(let inner): pending.append(inner)
            case .sum(let a, let b), .difference(let a, let b), .crossing(let a, let b), .interaction(let a, let b):
                pending.append(contentsOf: [a, b])
            }
        }
        return try Formula.expand(expression, formula: formula).terms
    }
}
