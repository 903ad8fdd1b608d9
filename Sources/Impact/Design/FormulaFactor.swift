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

    /// The table column the factor reads.
    public var column: String {
        switch self {
        case .variable(let name), .categorical(let name, _), .logarithm(let name),
             .eventTime(let name, _):
            name
        }
    }

    /// The factor as it appears in coefficient names (before any level suffix).
    public var name: String {
        switch self {
        case .variable(let name): name
        case .categorical(let name, nil): "C(\(name))"
        case .categorical(let name, let reference?): "C(\(name), Treatment(\"\(reference)\"))"
        case .logarithm(let name): "log(\(name))"
        case .eventTime(let name, _): name
        }
    }
}
