/// A condition on the rows of a table, as `--subset` takes it: only rows where it holds
/// are estimated on.
///
/// ```
/// state == 'KY' & year >= 2015
/// sector in ('软件', '制造') | !(treated == 1)
/// `营业 收入` > 100 and not region == "北京"
/// ```
/// - Comparisons `==`, `!=`, `<`, `<=`, `>`, `>=` between a column and a literal (or two
///   columns); `column in (v1, v2, …)`.
/// - `&` (or `&&`, `and`), `|` (`||`, `or`), `!` (`not`) and parentheses; `!` binds
///   tightest, then `&`, then `|`.
/// - Literals: numbers (`2015`, `-1.5`) and strings between single or double quotes.
///   Column names as in formulas: letters of any script, digits, `_`, `.`; anything else
///   between backticks (`` `营业 收入` ``).
///
/// Conventions: a number compares numerically with a numeric column, and with a text
/// column whose label reads as that number (an identifier kept as text); a string compares
/// with a text column by its label (`<` in code-point order) and with a numeric column by
/// the number it reads as. A row where a compared value is missing is never kept, also
/// under `!=` and `!` (R's `subset()` and fixest's `subset`: a missing comparison is
/// unknown, and only true rows are kept; `&` and `|` follow three-valued logic).
public struct RowSubset: Sendable, Equatable, CustomStringConvertible {
    /// The condition as written.
    public let source: String
    /// Its syntax tree.
    public let condition: RowCondition
    /// Where each column is first named, for errors found against a table.
    let columnLocations: [String: FormulaLocation]

    /// Parses `source`; throws a ``RowSubsetError`` pointing at the position of the problem.
    public init(_ source: String) throws(RowSubsetError) {
        var parser = try RowSubsetParser(source)
        condition = try parser.parse()
        columnLocations = parser.columnLocations
        self.source = source
    }

    /// The condition as written.
    public var description: String { source }

    /// The columns the condition reads, in order of first mention.
    public var columnNames: [String] { condition.columns }
}

/// The syntax tree of a ``RowSubset``.
public indirect enum RowCondition: Sendable, Equatable {
    /// `left op right`.
    case comparison(RowOperand, RowComparison, RowOperand, at: FormulaLocation)
    /// `column in (values)`; `negated` for `not in`.
    case membership(RowOperand, [RowOperand], negated: Bool, at: FormulaLocation)
    /// `a & b`.
    case and(RowCondition, RowCondition)
    /// `a | b`.
    case or(RowCondition, RowCondition)
    /// `!a`.
    case not(RowCondition)

    /// The columns read, in order of first mention, without repeats.
    public var columns: [String] {
        var seen = Set<String>()
        var result: [String] = []
        func visit(_ operand: RowOperand) {
            if case .column(let name) = operand, seen.insert(name).inserted { result.append(name) }
        }
        var stack = [self]
        while let node = stack.popLast() {
            switch node {
            case .comparison(let left, _, let right, _): visit(left); visit(right)
            case .membership(let left, let values, _, _): visit(left); values.forEach(visit)
            case .and(let a, let b), .or(let a, let b): stack.append(b); stack.append(a)
            case .not(let a): stack.append(a)
            }
        }
        return result
    }
}

/// An operand of a comparison: a column or a literal.
public enum RowOperand: Sendable, Equatable {
    /// A column of the table.
    case column(String)
    /// A number as written.
    case number(Double)
    /// A string between quotes.
    case text(String)
}

/// A comparison operator of a ``RowSubset``.
public enum RowComparison: String, Sendable, Equatable, CaseIterable {
    /// `==`.
    case equal = "=="
    /// `!=`.
    case notEqual = "!="
    /// `<`.
    case less = "<"
    /// `<=`.
    case lessOrEqual = "<="
    /// `>`.
    case greater = ">"
    /// `>=`.
    case greaterOrEqual = ">="

    /// Whether `order` (the result of comparing left to right) satisfies the operator.
    func holds(_ order: Int) -> Bool {
        switch self {
        case .equal: order == 0
        case .notEqual: order != 0
        case .less: order < 0
        case .lessOrEqual: order <= 0
        case .greater: order > 0
        case .greaterOrEqual: order >= 0
        }
    }
}
