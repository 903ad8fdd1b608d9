/// The syntax tree of a formula's right-hand side, before it is expanded into terms.
///
/// Operators, from the loosest binding to the tightest: `+` and `-` (left to right),
/// `*`, `:`. `a * b` means `a + b + a:b`; `(a + b):c` means `a:c + b:c`.
public indirect enum FormulaExpression: Sendable, Equatable {
    /// A factor: a column or a function call such as `C(sector)`.
    case factor(FormulaFactor, at: FormulaLocation)
    /// `1` (`true`: keep the intercept) or `0` (`false`: remove it).
    case intercept(Bool, at: FormulaLocation)
    /// `a + b`.
    case sum(FormulaExpression, FormulaExpression)
    /// `a - b`: the terms of `a` without those of `b`; `- 1` removes the intercept.
    case difference(FormulaExpression, FormulaExpression)
    /// A leading `- b`, as in `y ~ -1 + x`.
    case negation(FormulaExpression)
    /// `a * b`: main effects and their interaction.
    case crossing(FormulaExpression, FormulaExpression)
    /// `a : b`: the interaction only.
    case interaction(FormulaExpression, FormulaExpression)
}
