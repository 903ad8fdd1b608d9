/// The limits that keep a hostile or mistaken formula from exhausting the stack, the time or
/// the memory before it is refused with a ``FormulaError``.
///
/// - ``maximumTokens``: 2,048 tokens (about 1,000 terms written out one by one). The parser
///   and the expansion walk operator chains with loops, but the syntax tree is a chain as
///   long as the formula, and freeing it recurses once per operator; the bound keeps that
///   depth small even on a thread with a 512 KiB stack under AddressSanitizer.
/// - ``maximumNesting``: 64 levels of parentheses (`((((x))))`); ten thousand would overflow
///   the parser's stack.
/// - ``maximumTerms``: 4,096 terms after expansion. `a*b*c*…` with k factors makes
///   2^k − 1 terms; the count of a product is checked **before** it is formed, so
///   `c0*c1*…*c13` (16,383 terms) is refused at once instead of after seconds of work.
///   A design never needs more terms than this: each term is at least one column of the
///   design matrix.
public enum FormulaLimits {
    /// Most tokens a formula may hold: 2,048.
    public static let maximumTokens = 2_048
    /// Deepest nesting of parentheses: 64.
    public static let maximumNesting = 64
    /// Most terms an expanded formula may have: 4,096.
    public static let maximumTerms = 4_096
    /// Highest degree of `poly(x, k)`: 32 (a higher raw power overflows or is collinear).
    public static let maximumPolynomialDegree = 32
}
