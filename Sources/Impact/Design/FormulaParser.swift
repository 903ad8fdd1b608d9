/// Recursive-descent parser for the formula language (see ``Formula``).
///
/// Grammar (`NAME`, `NUMBER`, `STRING` are tokens; `|`-separated alternatives):
/// ```
/// formula     := response '~' sum ('|' fixedEffect ('+' fixedEffect)*)?
/// response    := NAME | 'log' '(' NAME ')' | 'I' '(' arith ')' | FUNCTION '(' arith ')'
/// sum         := ('+' | '-')? product (('+' | '-') product)*
/// product     := interaction ('*' interaction)*
/// interaction := atom (':' atom)*
/// atom        := NAME | call | '0' | '1' | '(' sum ')'
/// call        := 'C' '(' NAME (',' ('ref' '=' value | 'Treatment' '(' value ')'))? ')'
///              | 'log' '(' NAME ')'
///              | 'I' '(' arith ')' | FUNCTION '(' arith ')' | 'poly' '(' NAME ',' NUMBER (',' 'raw' '=' NAME)? ')'
///                (FormulaParser+Arithmetic.swift; FUNCTION: log exp sqrt abs log1p)
///              | 'i' '(' NAME (',' NAME)? (',' 'ref' '=' (value | list))? ')'
/// value       := STRING | '-'? NUMBER | NAME
/// list        := ('c' '(' | '[') value (',' value)* (')' | ']')
/// fixedEffect := NAME ('^' NAME)*
/// ```
/// With instrumental variables the formula ends in one more `|` part,
/// `sum '~' sum` (``FormulaInstruments``, parsed by `parseInstrumentPart(required:)`).
struct FormulaParser {
    /// What a parse yields; ``Formula`` expands it into terms.
    struct Output {
        let response: FormulaFactor
        let expression: FormulaExpression
        let fixedEffects: [FixedEffect]
        /// The instrument part (``FormulaInstruments``), or `nil`.
        var instruments: FormulaInstruments? = nil
        /// Where each column is first named, for errors found later against a table.
        let columnLocations: [String: FormulaLocation]
    }

    /// The functions a formula may call, for "did you mean" suggestions.
    static let functionNames = ["C", "log", "i", "I", "poly"] + FormulaFunction.allCases.map(\.rawValue)

    let formula: String
    let tokens: [FormulaToken]
    var index = 0
    private(set) var columnLocations: [String: FormulaLocation] = [:]
    /// Parentheses open at the current token (bounded by ``FormulaLimits/maximumNesting``).
    var nesting = 0

    init(_ formula: String) throws(FormulaError) {
        self.formula = formula
        tokens = try tokenizeFormula(formula)
        guard tokens.count <= FormulaLimits.maximumTokens else {
            throw .tooLong(tokens: tokens.count, limit: FormulaLimits.maximumTokens)
        }
    }

    /// Parses the whole formula.
    mutating func parse() throws(FormulaError) -> Output {
        guard tokens.contains(where: { $0.kind == .symbol("~") }) else {
            throw .missingTilde(formula: formula)
        }
        let response = try parseResponse()
        try expect("~", meaning: "'~' after the response")
        let expression = try parseSum()
        var fixedEffects: [FixedEffect] = []
        var instruments = try parseInstrumentPart(required: false)
        if instruments == nil && peek.kind == .symbol("|") {
            advance()
            fixedEffects.append(try parseFixedEffect())
            while peek.kind == .symbol("+") {
                advance()
                fixedEffects.append(try parseFixedEffect())
            }
            instruments = try parseInstrumentPart(required: true)
        }
        guard peek.kind == .end else {
            throw .unexpectedToken(peek.text, expected: "'+', '-', '*', ':', '|' or the end of the formula",
                                   at: location(of: peek))
        }
        return Output(response: response, expression: expression, fixedEffects: fixedEffects,
                      instruments: instruments, columnLocations: columnLocations)
    }

    // MARK: - Token access

    var peek: FormulaToken { tokens[index] }

    func peek(ahead offset: Int) -> FormulaToken {
        tokens[min(index + offset, tokens.count - 1)]
    }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    func location(of token: FormulaToken) -> FormulaLocation {
        FormulaLocation(formula: formula, position: token.position, length: token.length)
    }

    func mismatch(expected: String) -> FormulaError {
        peek.kind == .end
            ? .unexpectedEnd(expected: expected, at: location(of: peek))
            : .unexpectedToken(peek.text, expected: expected, at: location(of: peek))
    }

    mutating func expect(_ symbol: Character, meaning: String) throws(FormulaError) {
        guard peek.kind == .symbol(symbol) else { throw mismatch(expected: meaning) }
        advance()
    }

    /// Consumes a column name and remembers where it was first written.
    mutating func columnName() throws(FormulaError) -> String {
        guard case .name(let name) = peek.kind else { throw mismatch(expected: "a column name") }
        if columnLocations[name] == nil { columnLocations[name] = location(of: peek) }
        advance()
        return name
    }

    // MARK: - Response and fixed effects

    private mutating func parseResponse() throws(FormulaError) -> FormulaFactor {
        guard case .name(let name) = peek.kind else {
            throw mismatch(expected: "the response (a column name) before '~'")
        }
        if peek(ahead: 1).kind == .symbol("(") {
            let start = peek
            let factor = try parseCall().factor
            switch factor {
            case .logarithm, .transformed: break
            default:
                throw .invalidTerm(name + "(…)", reason: "the response must be a column, log(column) or I(expression)",
                                   at: location(of: start))
            }
            return factor
        }
        return .variable(try columnName())
    }

    private mutating func parseFixedEffect() throws(FormulaError) -> FixedEffect {
        var columns = [try columnName()]
        while peek.kind == .symbol("^") {
            advance()
            columns.append(try columnName())
        }
        return FixedEffect(columns: columns)
    }

    // MARK: - Right-hand side

    mutating func parseSum() throws(FormulaError) -> FormulaExpression {
        var expression: FormulaExpression
        if peek.kind == .symbol("-") {
            advance()
            expression = .negation(try parseProduct())
        } else {
            if peek.kind == .symbol("+") { advance() }
            expression = try parseProduct()
        }
        while true {
            if peek.kind == .symbol("+") {
                advance()
                expression = .sum(expression, try parseProduct())
            } else if peek.kind == .symbol("-") {
                advance()
                expression = .difference(expression, try parseProduct())
            } else {
                return expression
            }
        }
    }

    private mutating func parseProduct() throws(FormulaError) -> FormulaExpression {
        var expression = try parseInteraction()
        while peek.kind == .symbol("*") {
            advance()
            expression = .crossing(expression, try parseInteraction())
        }
        return expression
    }

    private mutating func parseInteraction() throws(FormulaError) -> FormulaExpression {
        var expression = try parseAtom()
        while peek.kind == .symbol(":") {
            advance()
            expression = .interaction(expression, try parseAtom())
        }
        return expression
    }

    private mutating func parseAtom() throws(FormulaError) -> FormulaExpression {
        let token = peek
        switch token.kind {
        case .symbol("("):
            guard nesting < FormulaLimits.maximumNesting else {
                throw .nestedTooDeeply(limit: FormulaLimits.maximumNesting, at: location(of: token))
            }
            advance()
            nesting += 1
            let inner = try parseSum()
            nesting -= 1
            try expect(")", meaning: "')' to close the parenthesis")
            return inner
        case .number(let number):
            advance()
            switch Double(number) {
            case 0: return .intercept(false, at: location(of: token))
            case 1: return .intercept(true, at: location(of: token))
            default:
                throw .invalidTerm(number, reason: "only 0 and 1 (the intercept) may appear as numbers",
                                   at: location(of: token))
            }
        case .name:
            if peek(ahead: 1).kind == .symbol("(") {
                let call = try parseCall()
                let end = tokens[index - 1]
                let span = FormulaLocation(formula: formula, position: token.position,
                                           length: end.position + end.length - token.position)
                guard let (name, at) = call.interactedWith else { return .factor(call.factor, at: span) }
                return .interaction(.factor(call.factor, at: span), .factor(.variable(name), at: at))
            }
            let name = try columnName()
            return .factor(.variable(name), at: location(of: token))
        default:
            throw mismatch(expected: "a column name, a function such as C(…), 0 or 1")
        }
    }

    // MARK: - Function calls

    /// A function call: the factor it makes, and for fixest's `i(var, x, ref=…)` the
    /// column `x` it is interacted with (the same as `i(var, ref=…):x`).
    private mutating func parseCall() throws(FormulaError)
        -> (factor: FormulaFactor, interactedWith: (String, FormulaLocation)?) {
        let nameToken = peek
        guard case .name(let function) = nameToken.kind else { throw mismatch(expected: "a function name") }
        advance()
        try expect("(", meaning: "'('")
        let factor: FormulaFactor
        var interactedWith: (String, FormulaLocation)?
        switch function {
        case "C":
            let column = try columnName()
            var reference: String?
            if peek.kind == .symbol(",") {
                advance()
                reference = try parseReferenceArgument(function: "C")
            }
            factor = .categorical(column, reference: reference)
        case "I", "poly", "log", "np.log", _ where Self.transformFunction(function) != nil:
            factor = try parseTransformCall(function)
        case "i":
            let column = try columnName()
            var references: [String] = []
            if peek.kind == .symbol(","), case .name = peek(ahead: 1).kind,
               peek(ahead: 2).kind != .symbol("=") {
                advance()
                let at = location(of: peek)
                interactedWith = (try columnName(), at)
            }
            if peek.kind == .symbol(",") {
                advance()
                guard case .name("ref") = peek.kind, peek(ahead: 1).kind == .symbol("=") else {
                    throw mismatch(expected: "ref=… (the omitted levels)")
                }
                advance()
                advance()
                references = try parseValueOrList()
            }
            factor = .eventTime(column, references: references)
        default:
            throw .unknownFunction(function, nearest: nearestName(to: function, among: Self.functionNames),
                                   at: location(of: nameToken))
        }
        guard peek.kind == .symbol(")") else {
            if peek.kind == .symbol(",") {
                throw .invalidArgument(function: function, reason: "too many arguments", at: location(of: peek))
            }
            throw mismatch(expected: "')' to close \(function)(")
        }
        advance()
        return (factor, interactedWith)
    }

    /// The reference level of `C()`: `ref=value` or `Treatment(value)` /
    /// `Treatment(reference=value)`.
    private mutating func parseReferenceArgument(function: String) throws(FormulaError) -> String {
        switch peek.kind {
        case .name("ref") where peek(ahead: 1).kind == .symbol("="):
            advance()
            advance()
            return try parseValue()
        case .name("Treatment") where peek(ahead: 1).kind == .symbol("("):
            advance()
            advance()
            if case .name("reference") = peek.kind, peek(ahead: 1).kind == .symbol("=") {
                advance()
                advance()
            }
            let value = try parseValue()
            try expect(")", meaning: "')' to close Treatment(")
            return value
        default:
            throw .invalidArgument(function: function,
                                   reason: "the second argument must be ref=\"level\" or Treatment(\"level\")",
                                   at: location(of: peek))
        }
    }

    /// A level: a quoted string, a number with an optional minus sign, or a bare name.
    private mutating func parseValue() throws(FormulaError) -> String {
        switch peek.kind {
        case .string(let text), .name(let text), .number(let text):
            advance()
            return text
        case .symbol("-"):
            advance()
            guard case .number(let number) = peek.kind else { throw mismatch(expected: "a number after '-'") }
            advance()
            return "-" + number
        default:
            throw mismatch(expected: "a level (a number or a quoted label)")
        }
    }

    /// One level, or a list `c(a, b)` / `[a, b]`.
    private mutating func parseValueOrList() throws(FormulaError) -> [String] {
        let closing: Character
        if peek.kind == .symbol("[") {
            closing = "]"
            advance()
        } else if peek.kind == .name("c"), peek(ahead: 1).kind == .symbol("(") {
            closing = ")"
            advance()
            advance()
        } else {
            return [try parseValue()]
        }
        var values = [try parseValue()]
        while peek.kind == .symbol(",") {
            advance()
            values.append(try parseValue())
        }
        try expect(closing, meaning: "'\(closing)' to close the list of levels")
        return values
    }
}
