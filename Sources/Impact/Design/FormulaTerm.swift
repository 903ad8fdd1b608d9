/// A term of a formula: the product (interaction) of one or more factors; the empty
/// product is the intercept.
///
/// Two terms are equal when they hold the same factors in any order (`a:b` is `b:a`),
/// as in patsy and R. The order as written is kept for naming: `x1:C(sector)[T.b]`.
public struct FormulaTerm: Sendable, Hashable, CustomStringConvertible {
    /// Factors in the order written, without repeats.
    public let factors: [FormulaFactor]

    /// Creates a term; repeated factors are kept once (`a:a` is `a`).
    public init(_ factors: [FormulaFactor]) {
        var seen = Set<FormulaFactor>()
        self.factors = factors.filter { seen.insert($0).inserted }
    }

    /// The intercept: the term without factors.
    public static let intercept = FormulaTerm([])

    /// Number of factors (0 for the intercept, 1 for a main effect, 2 for `a:b`).
    public var degree: Int { factors.count }

    /// The term's name: factor names joined by `:`, or `Intercept`.
    public var description: String {
        factors.isEmpty ? "Intercept" : factors.map(\.name).joined(separator: ":")
    }

    /// Equal when both hold the same set of factors, whatever their order.
    public static func == (lhs: FormulaTerm, rhs: FormulaTerm) -> Bool {
        Set(lhs.factors) == Set(rhs.factors)
    }

    /// Hashes the set of factors (order-independent, consistent with `==`).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(Set(factors))
    }
}
