/// How a target or an actual bounds its number: `≥ 4 %`, `≤ 1000 万元`, `= 0`, `＞ 90 %`.
///
/// Conventions: the clerk's forms are all accepted — ASCII (`>=`, `<=`), mathematical
/// (`≥`, `≤`), full-width (`＞`, `＜`, `＝`, `≧`, `≦`) and words (`不低于`, `不超过`,
/// suffixes `以上`, `以下`, `以内`). A target written without a comparator (`100家`) is
/// read as higher-is-better, like `≥`.
public enum Comparator: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// `≥`: at least.
    case atLeast = "≥"
    /// `>`: more than.
    case greaterThan = ">"
    /// `≤`: at most.
    case atMost = "≤"
    /// `<`: less than.
    case lessThan = "<"
    /// `=`: exactly.
    case equal = "="

    /// `true` for `≥` and `>`: the number is a lower bound.
    public var isLowerBound: Bool { self == .atLeast || self == .greaterThan }

    /// `true` for `≤` and `<`: the number is an upper bound.
    public var isUpperBound: Bool { self == .atMost || self == .lessThan }

    /// The symbol printed in tables (`≥`, `>`, `≤`, `<`, `=`).
    public var symbol: String { rawValue }
}
