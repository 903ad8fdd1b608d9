/// One variable of a formula term, as written: a column, a categorical expansion, a
/// logarithm or event-time indicators.
///
/// Conventions for the coefficient names each factor produces (they follow the peers,
/// see `ModelFrame.init(formula:table:weights:clusters:)`):
/// - ``variable(_:)`` of a numeric column: the column name, `x1`. Of a text column: dummy
///   columns named like patsy, `sector[T.energy]`.
/// - ``categorical(_:reference:)``: `C(sector)[T.energy]`; with a chosen reference,
///   `C(sector, Treatment("services"))[T.energy]` (patsy's spelling).
/// - ``logarithm(_:)``: `log(x1)`.
/// - ``eventTime(_:references:)``: pyfixest's `rel_year::-3`.
/// - ``transformed(_:wrapped:)``: formulaic's (pyfixest's) normalised text,
///   `I((age - 25) ** 2)`, `exp(inc)`, `log(inc + 1)`.
/// - ``polynomial(_:degree:raw:)``: `poly(age, 2)[1]`, `poly(age, 2)[2]` (the power);
///   written `poly(age, 2, raw=True)`, pyfixest's names `poly(age, 2, raw=True)[0]`,
///   `[1]`.
public enum FormulaFactor: Sendable, Hashable {
    /// A column as it is: numeric columns enter as numbers, text columns as dummies.
    case variable(String)
    /// `C(var)`, `C(var, ref="b")`, `C(var, Treatment("b"))`: treatment (dummy) coding
    /// of the column's levels; `reference` is the omitted level, `nil` for the first level
    /// in sorted order.
    case categorical(String, reference: String?)
    /// `log(var)`: the natural logarithm. Rows where the value is zero or negative are
    /// dropped like missing values, and a note counts them (fixest's convention).
    case logarithm(String)
    /// `i(var, ref=-1)`, `i(var, ref=c(-1, -2))`: one indicator per level of `var` except
    /// the `references`, always (whatever else is in the model), named `var::level`.
    case eventTime(String, references: [String])
    /// `I(expr)` (`wrapped`), or `exp(expr)`, `sqrt(expr)`, `abs(expr)`, `log1p(expr)`,
    /// `log(expr)` written without `I()`: the value of an arithmetic expression of columns
    /// (``FormulaArithmetic``). Rows where it is undefined are dropped and counted by
    /// reason (``RowDropReason``).
    case transformed(FormulaArithmetic, wrapped: Bool)
    /// `poly(var, k)`: the raw powers var, var², …, var^k, one column each (degree `k` ≥ 1).
    ///
    /// Conventions: R's and formulaic's `poly()` default to orthogonal polynomials; Impact's
    /// are raw powers (R's `poly(x, k, raw = TRUE)`), which span the same space, so the
    /// fit and every other coefficient agree, only these coefficients differ. `raw` records
    /// that the formula wrote `raw=True`, which names the columns as pyfixest does.
    case polynomial(String, degree: Int, raw: Bool)

    /// The table column the factor reads.
    public var column: String {
        switch self {
        case .variable(let name), .categorical(let name, _), .logarithm(let name),
             .eventTime(let name, _), .polynomial(let name, _, _):
            name
        case .transformed(let expression, _):
            expression.columns.first ?? ""
        }
    }

    /// Every table column the factor reads (one, or those of a transformed expression).
    public var columns: [String] {
        if case .transformed(let expression, _) = self { return expression.columns }
        return [column]
    }

    /// The factor as it appears in coefficient names (before any level suffix).
    public var name: String {
        switch self {
        case .variable(let name): name
        case .categorical(let name, nil): "C(\(name))"
        case .categorical(let name, let reference?): "C(\(name), Treatment(\"\(reference)\"))"
        case .logarithm(let name): "log(\(name))"
        case .eventTime(let name, _): name
        case .transformed(let expression, true): "I(\(expression))"
        case .transformed(let expression, false): expression.description
        case .polynomial(let name, let degree, false): "poly(\(name), \(degree))"
        case .polynomial(let name, let degree, true): "poly(\(name), \(degree), raw=True)"
        }
    }
}
