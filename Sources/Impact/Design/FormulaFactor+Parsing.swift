extension FormulaFactor {
    /// Parses a numeric variable written on its own, as `--weights` takes it: a column
    /// (`inc`, `` `权重 系数` ``), `I(expr)`, or `log`, `exp`, `sqrt`, `abs`, `log1p` of an
    /// expression (`I(1/inc)`, `sqrt(size)`).
    ///
    /// - Throws: ``FormulaError`` with the position in `text` of what is not understood.
    public init(parsingNumeric text: String) throws(FormulaError) {
        var parser = try FormulaParser(text)
        self = try parser.parseNumericFactor()
    }
}

extension FormulaParser {
    /// A column or a transformed numeric variable and nothing else (see
    /// ``FormulaFactor/init(parsingNumeric:)``).
    mutating func parseNumericFactor() throws(FormulaError) -> FormulaFactor {
        let factor: FormulaFactor
        if case .name(let name) = peek.kind, peek(ahead: 1).kind == .symbol("("),
           name == "I" || Self.transformFunction(name) != nil {
            advance()
            advance()
            factor = try parseTransformCall(name)
            try expect(")", meaning: "')' to close \(name)(")
        } else if case .name = peek.kind {
            factor = .variable(try columnName())
        } else {
            throw mismatch(expected: "a column, or I(expression) such as I(1/inc)")
        }
        guard peek.kind == .end else { throw mismatch(expected: "the end of the expression") }
        return factor
    }
}
