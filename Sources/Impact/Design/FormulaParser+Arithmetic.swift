/// The arithmetic inside `I(…)`, the functions `log exp sqrt abs log1p`, and `poly()`.
///
/// ```
/// arith   := ('+' | '-')? term (('+' | '-') term)*      (a sign applies to the first term)
/// term    := unary (('*' | '/') unary)*
/// unary   := ('-' | '+') unary | power
/// power   := primary (('^' | '**') unary)?                (right to left)
/// primary := NUMBER | NAME | FUNCTION '(' arith ')' | '(' arith ')'
/// ```
extension FormulaParser {
    /// The function of ``FormulaFunction`` a call names (`np.` prefixes accepted), if any.
    static func transformFunction(_ name: String) -> FormulaFunction? {
        FormulaFunction(rawValue: name.hasPrefix("np.") ? String(name.dropFirst(3)) : name)
    }

    /// After `function(`: the factor of `I(…)`, `poly(…)` or a function of an arithmetic
    /// expression (`log(column)` stays ``FormulaFactor/logarithm(_:)``). Stops before `)`.
    mutating func parseTransformCall(_ function: String) throws(FormulaError) -> FormulaFactor {
        switch function {
        case "I":
            return .transformed(try parseArithmetic(), wrapped: true)
        case "poly":
            return try parsePolynomial()
        default:
            guard let transform = Self.transformFunction(function) else {
                preconditionFailure("parseTransformCall is called for known functions only")
            }
            let argument = try parseArithmetic()
            if transform == .log, case .column(let name) = argument { return .logarithm(name) }
            return .transformed(.function(transform, argument), wrapped: false)
        }
    }

    /// `poly(NAME, k)` or `poly(NAME, k, raw=True)`, after `poly(`.
    private mutating func parsePolynomial() throws(FormulaError) -> FormulaFactor {
        let column = try columnName()
        try expect(",", meaning: "',' and the degree of poly(column, degree)")
        let degreeToken = peek
        guard case .number(let text) = degreeToken.kind, let degree = Int(text), degree >= 1 else {
            throw .invalidArgument(function: "poly", reason: "the degree must be a whole number of at least 1",
                                   at: location(of: degreeToken))
        }
        guard degree <= FormulaLimits.maximumPolynomialDegree else {
            throw .invalidArgument(function: "poly",
                                   reason: "the degree must be at most \(FormulaLimits.maximumPolynomialDegree)",
                                   at: location(of: degreeToken))
        }
        advance()
        var raw = false
        if peek.kind == .symbol(","), peek(ahead: 1).kind == .name("raw"), peek(ahead: 2).kind == .symbol("=") {
            advance()
            advance()
            advance()
            guard case .name(let flag) = peek.kind, ["True", "TRUE", "true", "T"].contains(flag) else {
                throw .invalidArgument(function: "poly",
                                       reason: "Impact's poly() is raw powers; raw= may only be True",
                                       at: location(of: peek))
            }
            advance()
            raw = true
        }
        return .polynomial(column, degree: degree, raw: raw)
    }

    /// `arith` of the grammar above.
    mutating func parseArithmetic() throws(FormulaError) -> FormulaArithmetic {
        var expression = try parseArithmeticTerm()
        while case .symbol(let symbol) = peek.kind, symbol == "+" || symbol == "-" {
            advance()
            let right = try parseArithmeticTerm()
            expression = .binary(symbol == "+" ? .add : .subtract, expression, right)
        }
        return expression
    }

    private mutating func parseArithmeticTerm() throws(FormulaError) -> FormulaArithmetic {
        var expression = try parseUnary()
        while case .symbol(let symbol) = peek.kind, symbol == "*" || symbol == "/", !isDoubleStar {
            advance()
            let right = try parseUnary()
            expression = .binary(symbol == "*" ? .multiply : .divide, expression, right)
        }
        return expression
    }

    /// Whether the next tokens are `*` `*` written together (Python's power).
    private var isDoubleStar: Bool {
        peek.kind == .symbol("*") && peek(ahead: 1).kind == .symbol("*")
            && peek(ahead: 1).position == peek.position + 1
    }

    private mutating func parseUnary() throws(FormulaError) -> FormulaArithmetic {
        switch peek.kind {
        case .symbol("-"):
            advance()
            return try withNesting { parser throws(FormulaError) in .negation(try parser.parseUnary()) }
        case .symbol("+"):
            advance()
            return try withNesting { parser throws(FormulaError) in try parser.parseUnary() }
        default:
            return try parsePower()
        }
    }

    private mutating func parsePower() throws(FormulaError) -> FormulaArithmetic {
        let base = try parsePrimary()
        if peek.kind == .symbol("^") {
            advance()
        } else if isDoubleStar {
            advance()
            advance()
        } else {
            return base
        }
        let exponent = try withNesting { parser throws(FormulaError) in try parser.parseUnary() }
        return .binary(.power, base, exponent)
    }

    private mutating func parsePrimary() throws(FormulaError) -> FormulaArithmetic {
        let token = peek
        switch token.kind {
        case .number(let text):
            guard let value = Double(text) else {
                throw .invalidTerm(text, reason: "not a number", at: location(of: token))
            }
            advance()
            return .number(value, text: text)
        case .symbol("("):
            advance()
            let inner = try withNesting { parser throws(FormulaError) in try parser.parseArithmetic() }
            try expect(")", meaning: "')' to close the parenthesis")
            return inner
        case .name(let name) where peek(ahead: 1).kind == .symbol("("):
            guard let function = Self.transformFunction(name) else {
                throw .unknownFunction(name, nearest: nearestName(to: name, among: FormulaFunction.allCases.map(\.rawValue)),
                                       at: location(of: token))
            }
            advance()
            advance()
            let argument = try withNesting { parser throws(FormulaError) in try parser.parseArithmetic() }
            try expect(")", meaning: "')' to close \(name)(")
            return .function(function, argument)
        case .name:
            return .column(try columnName())
        default:
            throw mismatch(expected: "a column, a number, a function such as log(…) or '(' in the expression")
        }
    }

    /// Runs `body` one level of nesting deeper (bounded by ``FormulaLimits/maximumNesting``,
    /// which keeps the recursion shallow for any input).
    private mutating func withNesting<T>(
        _ body: (inout FormulaParser) throws(FormulaError) -> T
    ) throws(FormulaError) -> T {
        guard nesting < FormulaLimits.maximumNesting else {
            throw .nestedTooDeeply(limit: FormulaLimits.maximumNesting, at: location(of: peek))
        }
        nesting += 1
        defer { nesting -= 1 }
        return try body(&self)
    }
}
