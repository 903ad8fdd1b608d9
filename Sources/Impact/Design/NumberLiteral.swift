/// The one rule for a number written in a formula or a row subset, shared by both
/// tokenizers so that `1.2.3` is refused the same way, where it is written.
///
/// A number is ASCII digits with at most one decimal point (`12`, `1.5`, `3.`, and `.5`
/// where the language lets a number start with a point), then optionally an exponent: `e`
/// or `E`, an optional sign and at least one digit (`2e6`, `1.5E-3`). Signs before a
/// number are operators, not part of it.
///
/// Conventions: the accepted literals are those R and Python read as numbers (without
/// hexadecimal, `Inf`, or digit separators); a malformed one is reported whole, from its first
/// character, rather than as a valid prefix followed by an unexpected token.
enum NumberLiteral {
    /// What a number must look like, as every error about a malformed one says it (the row
    /// subset's ``RowSubsetError/malformedNumber(_:at:)`` and the formula's
    /// ``FormulaError/invalidTerm(_:reason:at:)``): one wording for the one rule.
    static let expectedForm = "digits with at most one decimal point and an optional exponent (such as 2020, 1.5 or 2e6)"

    /// The span of the number starting at `start` (a digit, or a point before a digit):
    /// `end` is one past its last character; `isWellFormed` is false when the span has more
    /// than one decimal point (`1.2.3`), an exponent marker without digits (`1e`, `2e+`) or a
    /// point after the exponent (`1e5.2`). A malformed span runs over every digit, point,
    /// exponent marker and sign that continues it, so its whole text can be named.
    static func scan(_ characters: [Character], from start: Int) -> (end: Int, isWellFormed: Bool) {
        func isDigit(_ index: Int) -> Bool {
            index < characters.count && characters[index].isASCII && characters[index].isNumber
        }
        func isPoint(_ index: Int) -> Bool { index < characters.count && characters[index] == "." }
        var index = start, points = 0
        while isDigit(index) || isPoint(index) {
            if isPoint(index) { points += 1 }
            index += 1
        }
        var isWellFormed = points <= 1
        guard index < characters.count, characters[index] == "e" || characters[index] == "E" else {
            return (index, isWellFormed)
        }
        var look = index + 1
        if look < characters.count, characters[look] == "+" || characters[look] == "-" { look += 1 }
        guard isDigit(look) else { return (look, false) }
        index = look
        while isDigit(index) { index += 1 }
        if isPoint(index) {
            isWellFormed = false
            while isDigit(index) || isPoint(index) { index += 1 }
        }
        return (index, isWellFormed)
    }
}
