/// An arithmetic expression of columns inside a formula: the argument of `I(…)`, of
/// `exp(…)`, `sqrt(…)`, `abs(…)`, `log1p(…)` and of `log(…)` when it is more than a column.
///
/// ```
/// y ~ I((age - 25)^2) + log(inc + 1) | firm_id
/// ```
/// Operators, loosest first: `+ -` (left to right), `* /` (left to right), unary `-` and
/// `+`, `^` or `**` (right to left, so `-x^2` is `-(x^2)` and `2^3^2` is `2^9`, as in R
/// and Python). Operands: columns (backticks for names with spaces or operators), decimal
/// numbers, the functions of ``FormulaFunction``, and parentheses.
///
/// Conventions: ``description`` writes the expression the way formulaic (pyfixest's
/// formula engine) names it, through Python's `ast.unparse`: binary operators between
/// spaces, the power as `**`, only the parentheses precedence needs, numbers as Python
/// prints them (`2.50` is `2.5`, `1e3` is `1000.0`). So `I((age-25)^2)` is named
/// `I((age - 25) ** 2)` in Impact and in pyfixest.
public indirect enum FormulaArithmetic: Sendable, Hashable, CustomStringConvertible {
    /// A numeric column.
    case column(String)
    /// A number; `text` is as written (an integer literal keeps its spelling in names).
    case number(Double, text: String)
    /// `-a`.
    case negation(FormulaArithmetic)
    /// `a op b`.
    case binary(FormulaArithmeticOperator, FormulaArithmetic, FormulaArithmetic)
    /// `f(a)`.
    case function(FormulaFunction, FormulaArithmetic)

    /// The columns the expression reads, in order of first mention, without repeats.
    public var columns: [String] {
        var seen = Set<String>()
        var result: [String] = []
        collectColumns(into: &result, seen: &seen)
        return result
    }

    private func collectColumns(into result: inout [String], seen: inout Set<String>) {
        switch self {
        case .column(let name): if seen.insert(name).inserted { result.append(name) }
        case .number: break
        case .negation(let operand), .function(_, let operand): operand.collectColumns(into: &result, seen: &seen)
        case .binary(_, let left, let right):
            left.collectColumns(into: &result, seen: &seen)
            right.collectColumns(into: &result, seen: &seen)
        }
    }

    /// The expression as formulaic (Python's `ast.unparse`) writes it; see the type's
    /// conventions.
    public var description: String { written(context: 0) }

    /// An integer literal without leading zeros, as Python prints it.
    private static func integerLiteral(_ literal: String) -> String {
        let digits = literal.drop { $0 == "0" }
        return digits.isEmpty ? "0" : String(digits)
    }

    /// Python's precedence levels: `+ -` 1, `* /` 2, unary 3, `**` 4, atoms 5.
    private var precedence: Int {
        switch self {
        case .column, .number, .function: 5
        case .negation: 3
        case .binary(let op, _, _): op.precedence
        }
    }

    /// The text, in parentheses when its precedence is below `context`.
    private func written(context: Int) -> String {
        let text: String
        switch self {
        case .column(let name):
            text = FormulaSourceWriter.isPlainName(name) ? name : "`" + name + "`"
        case .number(let value, let literal):
            text = literal.allSatisfy(\.isNumber) ? Self.integerLiteral(literal) : "\(value)"
        case .negation(let operand):
            text = "-" + operand.written(context: 3)
        case .function(let function, let argument):
            text = function.rawValue + "(" + argument.written(context: 0) + ")"
        case .binary(let op, let left, let right):
            // Left-associative operators parenthesise an equal-precedence right operand;
            // the right-associative power parenthesises an equal-precedence left operand.
            let leftContext = op == .power ? op.precedence + 1 : op.precedence
            let rightContext = op == .power ? op.precedence : op.precedence + 1
            text = left.written(context: leftContext) + " " + op.pythonSymbol + " " + right.written(context: rightContext)
        }
        return precedence < context ? "(" + text + ")" : text
    }
}

/// A binary operator of a ``FormulaArithmetic`` expression.
public enum FormulaArithmeticOperator: String, Sendable, Hashable, CaseIterable {
    /// `a + b`.
    case add = "+"
    /// `a - b`.
    case subtract = "-"
    /// `a * b`.
    case multiply = "*"
    /// `a / b`; rows where `b` is 0 are dropped (``RowDropReason/divisionByZero``).
    case divide = "/"
    /// `a ^ b` or `a ** b`: `pow(a, b)`; a non-real result (a negative base to a fractional
    /// power) drops the row (``RowDropReason/undefinedValue``).
    case power = "^"

    /// Python's precedence (see ``FormulaArithmetic``).
    var precedence: Int {
        switch self {
        case .add, .subtract: 1
        case .multiply, .divide: 2
        case .power: 4
        }
    }

    /// The operator as Python writes it (`**` for the power).
    var pythonSymbol: String { self == .power ? "**" : rawValue }
}

/// A function of a ``FormulaArithmetic`` expression. Rows where it is undefined are
/// dropped and counted by reason (``RowDropReason``).
public enum FormulaFunction: String, Sendable, Hashable, CaseIterable {
    /// Natural logarithm; undefined for values ≤ 0 (``RowDropReason/logOfNonPositive``).
    case log
    /// e to the power; a result beyond the largest double is infinite
    /// (``RowDropReason/infinite``).
    case exp
    /// Square root; undefined for negative values (``RowDropReason/sqrtOfNegative``).
    case sqrt
    /// Absolute value.
    case abs
    /// log(1 + x), accurate for small x; undefined for x ≤ −1
    /// (``RowDropReason/logOfNonPositive``).
    case log1p
}
