extension Formula {
    /// Assembles a formula from its parts as values, without writing text that is parsed
    /// again, so column names with spaces, operators or any script (`营业 收入`,
    /// `post-2020`) need no quoting.
    ///
    /// ```swift
    /// let formula = Formula(response: .variable("营业 收入"),
    ///                       terms: [FormulaTerm([.variable("treated"), .variable("post-2020")])],
    ///                       fixedEffects: [FixedEffect(columns: ["firm id"]), FixedEffect(columns: ["year"])])
    /// // formula.description: `营业 收入` ~ treated:`post-2020` | `firm id` + year
    /// ```
    ///
    /// - Parameters:
    ///   - response: ``FormulaFactor/variable(_:)`` or ``FormulaFactor/logarithm(_:)``.
    ///   - terms: the right-hand side's terms (a main effect is a term of one factor, an
    ///     interaction a term of several); repeats count once and they are ordered by
    ///     degree, as a parsed formula's are (see ``Formula``).
    ///   - intercept: whether the model has an intercept before fixed effects absorb it.
    ///     Default `true`.
    ///   - fixedEffects: absorbed dimensions, in order; repeats count once. Default none.
    ///
    /// ``source`` is the formula as the parser would read it, with backticks around every
    /// name that needs them, so an error can point into it and printing it is faithful.
    public init(response: FormulaFactor, terms: [FormulaTerm], intercept: Bool = true,
                fixedEffects: [FixedEffect] = []) {
        var writer = FormulaSourceWriter()
        writer.write(response)
        writer.append(" ~ ")
        let rightStart = writer.position
        var unique = [FormulaTerm]()
        for term in terms where term.degree > 0 && !unique.contains(term) { unique.append(term) }
        let ordered = Self.orderedByDegree(unique)
        if !intercept { writer.append(ordered.isEmpty ? "0" : "0 + ") }
        let spans = ordered.enumerated().map { index, term in
            if index > 0 { writer.append(" + ") }
            return writer.write(term)
        }
        if ordered.isEmpty && intercept { writer.append("1") }
        var seen = Set<FixedEffect>()
        let effects = fixedEffects.filter { seen.insert($0).inserted }
        for (index, effect) in effects.enumerated() {
            writer.append(index == 0 ? " | " : " + ")
            writer.write(effect)
        }
        let text = writer.text
        source = text
        self.response = response
        expression = Self.expression(intercept: intercept, rightStart: rightStart, terms: zip(ordered, spans).map { term, spans in
            zip(term.factors, spans).map { FormulaExpression.factor($0, at: FormulaLocation(
                formula: text, position: $1.position, length: $1.length)) }
        }, formula: text)
        hasIntercept = intercept
        self.terms = ordered
        self.fixedEffects = effects
        columnLocations = writer.locations(in: text)
    }

    /// The syntax tree of built terms: their sum (each an interaction of its factors), led
    /// by `0` when the intercept is removed; `1` when there is nothing else.
    private static func expression(intercept: Bool, rightStart: Int, terms: [[FormulaExpression]],
                                   formula: String) -> FormulaExpression {
        let products = terms.compactMap { factors in factors.dropFirst().reduce(factors.first) { product, next in
            product.map { .interaction($0, next) }
        } }
        let lead: FormulaExpression? = intercept ? nil : .intercept(false, at: FormulaLocation(
            formula: formula, position: rightStart))
        let all = (lead.map { [$0] } ?? []) + products
        guard let first = all.first else {
            return .intercept(true, at: FormulaLocation(formula: formula, position: rightStart))
        }
        return all.dropFirst().reduce(first) { .sum($0, $1) }
    }
}

/// Writes a formula's source text from values, quoting names that need backticks and
/// recording where each column is first named.
struct FormulaSourceWriter {
    /// The text so far.
    private(set) var text = ""
    /// Characters written so far (positions count characters, as ``FormulaLocation``'s do).
    private(set) var position = 0
    /// First position and length of each column.
    private var spans: [String: (position: Int, length: Int)] = [:]

    /// Appends literal formula text.
    mutating func append(_ piece: String) {
        text += piece
        position += piece.count
    }

    /// Appends a column name, in backticks unless it is a plain name.
    mutating func column(_ name: String) {
        let quoted = Self.isPlainName(name) ? name : "`" + name + "`"
        if spans[name] == nil { spans[name] = (position, quoted.count) }
        append(quoted)
    }

    /// Appends a factor as the parser reads it.
    mutating func write(_ factor: FormulaFactor) {
        switch factor {
        case .variable(let name):
            column(name)
        case .categorical(let name, let reference):
            append("C(")
            column(name)
            if let reference { append(", ref=" + Self.quotedLevel(reference)) }
            append(")")
        case .logarithm(let name):
            append("log(")
            column(name)
            append(")")
        case .eventTime(let name, let references):
            append("i(")
            column(name)
            if references.count == 1 { append(", ref=" + Self.level(references[0])) }
            if references.count > 1 { append(", ref=c(" + references.map(Self.level).joined(separator: ", ") + ")") }
            append(")")
        case .transformed(let expression, let wrapped):
            append(wrapped ? "I(" + expression.description + ")" : expression.description)
        case .polynomial(let name, let degree, let raw):
            append("poly(")
            column(name)
            append(", \(degree)" + (raw ? ", raw=True)" : ")"))
        }
    }

    /// Appends a term (`a:b:c`) and returns where each of its factors is written.
    mutating func write(_ term: FormulaTerm) -> [(position: Int, length: Int)] {
        term.factors.enumerated().map { index, factor in
            if index > 0 { append(":") }
            let start = position
            write(factor)
            return (start, position - start)
        }
    }

    /// Appends a fixed effect (`a^b`).
    mutating func write(_ effect: FixedEffect) {
        for (index, name) in effect.columns.enumerated() {
            if index > 0 { append("^") }
            column(name)
        }
    }

    /// The recorded column spans as locations in `formula`.
    func locations(in formula: String) -> [String: FormulaLocation] {
        spans.mapValues { FormulaLocation(formula: formula, position: $0.position, length: $0.length) }
    }

    /// Whether `name` reads as one name token without backticks: letters (any script),
    /// digits, `_` and `.`, not starting with a digit.
    static func isPlainName(_ name: String) -> Bool {
        guard let first = name.first, first.isLetter || first == "_" || first == "." else { return false }
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
    }

    /// A level as the parser reads it: a plain decimal number (`-1`, `2020`, `0.5`) as is,
    /// anything else quoted (``quotedLevel(_:)``).
    static func level(_ value: String) -> String {
        value.wholeMatch(of: /-?[0-9]+(\.[0-9]+)?/) != nil ? value : quotedLevel(value)
    }

    /// `value` in quotes the formula tokenizer reads back (it has no escapes): `"…"`, or
    /// `'…'` when the value holds a double quote.
    static func quotedLevel(_ value: String) -> String {
        value.contains("\"") ? "'" + value + "'" : "\"" + value + "\""
    }
}
