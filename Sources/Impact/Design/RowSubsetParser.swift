/// Tokenizer and recursive-descent parser of a ``RowSubset``.
///
/// ```
/// or         := and (('|' | '||' | 'or') and)*
/// and        := unary (('&' | '&&' | 'and') unary)*
/// unary      := ('!' | 'not') unary | '(' or ')' | comparison
/// comparison := operand (OP operand | 'not'? 'in' '(' operand (',' operand)* ')')
/// operand    := NAME | '-'? NUMBER | STRING
/// ```
///
/// NUMBER follows ``NumberLiteral`` (as in formulas); a malformed one (`1.2.3`) is refused
/// by the tokenizer at its position.
struct RowSubsetParser {
    /// A token: its kind and its span in the condition.
    struct Token: Equatable {
        enum Kind: Equatable {
            case name(String)
            case number(String)
            case text(String)
            /// `== != < <= > >= & && | || ! ( ) , -`.
            case symbol(String)
            case end
        }
        let kind: Kind
        let position: Int
        let length: Int

        var text: String {
            switch kind {
            case .name(let name), .number(let name), .symbol(let name): name
            case .text(let text): "'\(text)'"
            case .end: "end of the subset"
            }
        }
    }

    private let source: String
    private let tokens: [Token]
    private var index = 0
    private var nesting = 0
    private(set) var columnLocations: [String: FormulaLocation] = [:]

    init(_ source: String) throws(RowSubsetError) {
        self.source = source
        tokens = try Self.tokenize(source)
        guard tokens.count <= FormulaLimits.maximumTokens else {
            throw .tooComplex(at: FormulaLocation(formula: source, position: tokens[FormulaLimits.maximumTokens].position))
        }
    }

    /// The whole condition.
    mutating func parse() throws(RowSubsetError) -> RowCondition {
        let condition = try parseOr()
        guard peek.kind == .end else { throw mismatch(expected: "'&', '|', or the end of the subset") }
        return condition
    }

    // MARK: - Tokens

    // Long: one branch per token kind, each a few lines; splitting it would scatter the lexer.
    private static func tokenize(_ source: String) throws(RowSubsetError) -> [Token] {
        let characters = Array(source)
        var tokens: [Token] = []
        var index = 0
        func at(_ start: Int, _ length: Int = 1) -> FormulaLocation {
            FormulaLocation(formula: source, position: start, length: length)
        }
        while index < characters.count {
            let character = characters[index], start = index
            let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
            if character.isWhitespace {
                index += 1
            } else if let pair = next.map({ String([character, $0]) }), ["==", "!=", "<=", ">=", "&&", "||"].contains(pair) {
                tokens.append(Token(kind: .symbol(pair == "&&" ? "&" : pair == "||" ? "|" : pair), position: start, length: 2))
                index += 2
            } else if "<>&|!(),-".contains(character) {
                tokens.append(Token(kind: .symbol(String(character)), position: start, length: 1))
                index += 1
            } else if character == "=" {
                throw .unexpectedCharacter("=", hint: "write '==' to compare", at: at(start))
            } else if character.isASCII, character.isNumber || (character == "." && next?.isNumber == true) {
                let number = NumberLiteral.scan(characters, from: start)
                index = number.end
                let text = String(characters[start..<index])
                guard number.isWellFormed else { throw .malformedNumber(text, at: at(start, index - start)) }
                tokens.append(Token(kind: .number(text), position: start, length: index - start))
            } else if character.isLetter || character == "_" || character == "." {
                while index < characters.count,
                      characters[index].isLetter || characters[index].isNumber || characters[index] == "_"
                        || characters[index] == "." {
                    index += 1
                }
                tokens.append(Token(kind: .name(String(characters[start..<index])), position: start, length: index - start))
            } else if character == "'" || character == "\"" || character == "`" {
                index += 1
                while index < characters.count, characters[index] != character { index += 1 }
                guard index < characters.count else { throw .unterminatedQuote(at: at(start)) }
                let text = String(characters[(start + 1)..<index])
                index += 1
                // A backticked name is a column (`in`, `and` as column names need them).
                let kind: Token.Kind = character == "`" ? .name("`" + text) : .text(text)
                tokens.append(Token(kind: kind, position: start, length: index - start))
            } else {
                throw .unexpectedCharacter(String(character), hint: nil, at: at(start))
            }
        }
        tokens.append(Token(kind: .end, position: characters.count, length: 1))
        return tokens
    }

    private var peek: Token { tokens[index] }

    private mutating func advance() { if index < tokens.count - 1 { index += 1 } }

    private func location(_ token: Token) -> FormulaLocation {
        FormulaLocation(formula: source, position: token.position, length: token.length)
    }

    private func mismatch(expected: String) -> RowSubsetError {
        peek.kind == .end ? .unexpectedEnd(expected: expected, at: location(peek))
            : .unexpectedToken(peek.text, expected: expected, at: location(peek))
    }

    /// Whether the next token is the symbol `symbol` or the keyword `keyword`.
    private func isOperator(_ symbol: String, keyword: String) -> Bool {
        peek.kind == .symbol(symbol) || peek.kind == .name(keyword)
    }

    // MARK: - Grammar

    private mutating func parseOr() throws(RowSubsetError) -> RowCondition {
        var condition = try parseAnd()
        while isOperator("|", keyword: "or") {
            advance()
            condition = .or(condition, try parseAnd())
        }
        return condition
    }

    private mutating func parseAnd() throws(RowSubsetError) -> RowCondition {
        var condition = try parseUnary()
        while isOperator("&", keyword: "and") {
            advance()
            condition = .and(condition, try parseUnary())
        }
        return condition
    }

    private mutating func parseUnary() throws(RowSubsetError) -> RowCondition {
        let opensGroup = peek.kind == .symbol("(")
        guard isOperator("!", keyword: "not") || opensGroup else { return try parseComparison() }
        guard nesting < FormulaLimits.maximumNesting else { throw .tooComplex(at: location(peek)) }
        advance()
        nesting += 1
        defer { nesting -= 1 }
        guard opensGroup else { return .not(try parseUnary()) }
        let inner = try parseOr()
        guard peek.kind == .symbol(")") else { throw mismatch(expected: "')' to close the parenthesis") }
        advance()
        return inner
    }

    private mutating func parseComparison() throws(RowSubsetError) -> RowCondition {
        let start = peek
        let left = try parseOperand()
        var negated = false
        if peek.kind == .name("not"), tokens[min(index + 1, tokens.count - 1)].kind == .name("in") {
            advance()
            negated = true
        }
        if peek.kind == .name("in") {
            advance()
            guard peek.kind == .symbol("(") else { throw mismatch(expected: "'(' and the values after 'in'") }
            advance()
            var values = [try parseOperand()]
            while peek.kind == .symbol(",") {
                advance()
                values.append(try parseOperand())
            }
            guard peek.kind == .symbol(")") else { throw mismatch(expected: "',' or ')' to close the values") }
            advance()
            return .membership(left, values, negated: negated, at: span(from: start))
        }
        guard case .symbol(let symbol) = peek.kind, let comparison = RowComparison(rawValue: symbol) else {
            throw mismatch(expected: "a comparison (==, !=, <, <=, >, >=) or 'in'")
        }
        advance()
        let right = try parseOperand()
        return .comparison(left, comparison, right, at: span(from: start))
    }

    /// From `start` to the last token read.
    private func span(from start: Token) -> FormulaLocation {
        let end = tokens[index - 1]
        return FormulaLocation(formula: source, position: start.position, length: end.position + end.length - start.position)
    }

    private mutating func parseOperand() throws(RowSubsetError) -> RowOperand {
        let token = peek
        switch token.kind {
        case .name(let raw):
            let name = raw.hasPrefix("`") ? String(raw.dropFirst()) : raw
            if columnLocations[name] == nil { columnLocations[name] = location(token) }
            advance()
            return .column(name)
        case .text(let text):
            advance()
            return .text(text)
        case .number(let text):
            advance()
            guard let value = Double(text) else { throw .unexpectedToken(text, expected: "a number", at: location(token)) }
            return .number(value)
        case .symbol("-"):
            advance()
            guard case .number(let text) = peek.kind, let value = Double(text) else {
                throw mismatch(expected: "a number after '-'")
            }
            advance()
            return .number(-value)
        default:
            throw mismatch(expected: "a column, a number or a quoted text")
        }
    }
}
