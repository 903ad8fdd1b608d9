/// A regression formula in the fixest style, parsed and expanded into terms.
///
/// ```
/// y ~ x1 + x2 + C(sector) + x1:x2 | firm_id + year
/// ```
/// - Left of `~`: the response, a column, `log(column)` or `I(expression)`.
/// - Right of `~`: terms joined by `+`; `-` removes terms. The intercept is included
///   unless the formula says `0` or `- 1` (`+ 1` keeps it). `a:b` is the interaction
///   (product) of `a` and `b`, `a*b` is `a + b + a:b`; parentheses group:
///   `(a + b):c` is `a:c + b:c`.
/// - Factors: a column name (a text column enters as dummies), `C(var)`,
///   `C(var, ref="b")` or `C(var, Treatment("b"))` (dummies with the reference level `b`),
///   `log(var)`, `i(var, ref=-1)` or `i(var, ref=c(-1, -2))` (event-time indicators;
///   fixest's `i(var, x, ref=-1)` is `i(var, ref=-1):x`, named `var::-3:x`),
///   `I(expr)` (arithmetic of columns: `I((age - 25)^2)`, `I(1/inc)`; ``FormulaArithmetic``),
///   `exp()`, `sqrt()`, `abs()`, `log1p()` and `log()` of an expression, and `poly(var, k)`
///   (raw powers).
///   Column names with spaces or operators go between backticks, as the column 营业 收入 is written in ``Formula/description``.
/// - After `|`: fixed-effect dimensions joined by `+`, absorbed by the estimator;
///   `firm_id^year` is one dimension with a level per combination.
/// - Instrumental variables, last: `y ~ x1 | firm + year | x2 ~ z1 + z2` or, without
///   fixed effects, `y ~ x1 | x2 ~ z1` (``FormulaInstruments``, ``instruments``).
///
/// Conventions: terms are ordered by degree (main effects before two-way interactions,
/// and so on), and in the order written within a degree; repeated terms count once. This
/// is R's and formulaic's (pyfixest's) order; patsy (statsmodels) puts terms without
/// numeric variables first, so columns may come in another order than in statsmodels
/// but carry the same names. With fixed effects the intercept is absorbed and dropped,
/// as fixest and pyfixest do.
public struct Formula: Sendable, Equatable, CustomStringConvertible {
    /// The formula as written.
    public let source: String
    /// The response: ``FormulaFactor/variable(_:)`` or ``FormulaFactor/logarithm(_:)``.
    public let response: FormulaFactor
    /// The right-hand side's syntax tree (before `|`).
    public let expression: FormulaExpression
    /// The expanded terms, intercept excluded, in the order described above.
    public let terms: [FormulaTerm]
    /// Whether the formula asks for an intercept (before fixed effects absorb it).
    public let hasIntercept: Bool
    /// Whether the design matrix has an intercept column: the formula keeps the intercept
    /// and has no fixed effects (which absorb it).
    var designHasIntercept: Bool { hasIntercept && fixedEffects.isEmpty }
    /// Fixed-effect dimensions after `|`, in the order written.
    public let fixedEffects: [FixedEffect]
    /// The instrument part `endogenous ~ instruments` (after the last `|`), or `nil` for a
    /// model without instrumental variables.
    public private(set) var instruments: FormulaInstruments?
    /// Where each column is first named, for pointing at it in later errors.
    let columnLocations: [String: FormulaLocation]

    /// Parses `source`; throws a ``FormulaError`` naming the bad token and its position.
    public init(_ source: String) throws(FormulaError) {
        var parser = try FormulaParser(source)
        let output = try parser.parse()
        let expanded = try Self.expand(output.expression, formula: source)
        self.source = source
        response = output.response
        expression = output.expression
        hasIntercept = expanded.intercept ?? true
        terms = Self.orderedByDegree(expanded.terms.filter { $0.degree > 0 })
        var seen = Set<FixedEffect>()
        fixedEffects = output.fixedEffects.filter { seen.insert($0).inserted }
        columnLocations = output.columnLocations
        instruments = output.instruments
        try instruments?.checkDisjoint(from: terms)
    }

    /// The formula as written.
    public var description: String { source }

    /// Every column the formula reads: response, regressors, fixed effects, endogenous
    /// regressors and instruments, without repeats,
    /// in order of first mention.
    public var columnNames: [String] {
        var seen = Set<String>()
        let all = response.columns + terms.flatMap { $0.factors.flatMap(\.columns) }
            + fixedEffects.flatMap(\.columns) + (instruments?.columnNames ?? [])
        return all.filter { seen.insert($0).inserted }
    }

    /// Where `column` is first named in the formula, if it is.
    public func location(of column: String) -> FormulaLocation? { columnLocations[column] }
}
