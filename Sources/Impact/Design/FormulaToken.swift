/// A token of the formula language, with its character span for error messages.
struct FormulaToken: Sendable, Equatable {
    /// What the token is.
    enum Kind: Sendable, Equatable {
        /// A column or function name: letters (any script), digits, `_`, `.`; or any text
        /// between backticks (`` `sales 2024` ``).
        case name(String)
        /// A decimal number as written, without sign (``NumberLiteral``; a malformed one such
        /// as `1.2.3` is refused where it is written).
        case number(String)
        /// Text between single or double quotes.
        case string(String)
        /// One of `~ + - * / : | ^ ( ) , = [ ]`.
        case symbol(Character)
        /// The end of the formula.
        case end
    }

    let kind: Kind
    /// Character offset of the first character, from 0.
    let position: Int
    /// Number of characters, including quotes or backticks.
    let length: Int

    /// The token as it reads in the formula (for messages).
    var text: String {
        switch kind {
        case .name(let name): name
        case .number(let number): number
        case .string(let string): "\"\(string)\""
        case .symbol(let symbol): String(symbol)
        case .end: "end of formula"
        }
    }
}

/// Splits a formula into tokens; whitespace separates tokens and is otherwise ignored.
func tokenizeFormula(_ formula: String) throws(FormulaError) -> [FormulaToken] {
    let characters = Array(formula)
    var tokens: [FormulaToken] = []
    var index = 0
    func location(_ start: Int, _ length: Int = 1) -> FormulaLocation {
        FormulaLocation(formula: formula, position: start, length: length)
    }
    while index < characters.count {
        let character = characters[index]
        let start = index
        if character.isWhitespace {
            index += 1
        } else if "~+-*/:|^(),=[]".contains(character) {
            tokens.append(FormulaToken(kind: .symbol(character), position: start, length: 1))
            index += 1
        } else if character.isNumber, character.isASCII {
            let number = NumberLiteral.scan(characters, from: start)
            index = number.end
            let text = String(characters[start..<index])
            guard number.isWellFormed else {
                throw .invalidTerm(text, reason: "not a number; expected \(NumberLiteral.expectedForm)",
                                   at: location(start, index - start))
            }
            tokens.append(FormulaToken(kind: .number(text), position: start, length: index - start))
        } else if character.isLetter || character == "_" || character == "." {
            while index < characters.count,
                  characters[index].isLetter || characters[index].isNumber
                    || characters[index] == "_" || characters[index] == "." {
                index += 1
            }
            tokens.append(FormulaToken(kind: .name(String(characters[start..<index])),
                                       position: start, length: index - start))
        } else if character == "\"" || character == "'" || character == "`" {
            index += 1
            while index < characters.count, characters[index] != character { index += 1 }
            guard index < characters.count else { throw .unterminatedQuote(at: location(start)) }
            let text = String(characters[(start + 1)..<index])
            index += 1
            let kind: FormulaToken.Kind = character == "`" ? .name(text) : .string(text)
            tokens.append(FormulaToken(kind: kind, position: start, length: index - start))
        } else {
            throw .unexpectedCharacter(character, at: location(start))
        }
    }
    tokens.append(FormulaToken(kind: .end, position: characters.count, length: 1))
    return tokens
}
