import Foundation

/// The values of a transformed column over every row of a table, with the rows where the
/// transformation is undefined and why.
struct TransformedValues {
    /// The value of each row (NaN where missing or undefined).
    var values: [Double]
    /// Rows where an input column is missing.
    var isMissing: [Bool]
    /// Why the value of each row is undefined, `nil` where it is defined (the innermost
    /// failure is kept: `sqrt(log(x))` at x = 0 is `logOfNonPositive`).
    var undefined: [RowDropReason?]

    /// The values as a numeric column (missing where an input is missing).
    var column: NumericColumn { NumericColumn(values: values, isMissing: isMissing) }
}

extension FormulaArithmetic {
    /// Evaluates the expression on every row; `column` resolves a column name to its
    /// numeric values (and throws the formula's error for an unknown or text column).
    ///
    /// Undefined values, each counted under its reason: `log` of a value ≤ 0 and `log1p`
    /// of a value ≤ −1 (``RowDropReason/logOfNonPositive``), `sqrt` of a negative value
    /// (``RowDropReason/sqrtOfNegative``), division by zero
    /// (``RowDropReason/divisionByZero``), a power without a real value
    /// (``RowDropReason/undefinedValue``), and any other infinite or NaN result, such as
    /// `exp(1000)` (``RowDropReason/infinite``).
    func evaluate(rows count: Int,
                  column: (String) throws(FormulaError) -> NumericColumn) throws(FormulaError) -> TransformedValues {
        var result = TransformedValues(values: [], isMissing: [Bool](repeating: false, count: count),
                                       undefined: [RowDropReason?](repeating: nil, count: count))
        result.values = try values(rows: count, column: column, into: &result)
        for row in 0..<count where result.undefined[row] == nil && !result.isMissing[row] && !result.values[row].isFinite {
            result.undefined[row] = result.values[row].isNaN ? .undefinedValue : .infinite
        }
        return result
    }

    private func values(rows count: Int, column: (String) throws(FormulaError) -> NumericColumn,
                        into result: inout TransformedValues) throws(FormulaError) -> [Double] {
        switch self {
        case .column(let name):
            let numeric = try column(name)
            for row in 0..<count where numeric.isMissing[row] { result.isMissing[row] = true }
            return numeric.values
        case .number(let value, _):
            return [Double](repeating: value, count: count)
        case .negation(let operand):
            return try operand.values(rows: count, column: column, into: &result).map { -$0 }
        case .function(let function, let argument):
            let input = try argument.values(rows: count, column: column, into: &result)
            return Self.apply(function, to: input, undefined: &result.undefined)
        case .binary(let op, let left, let right):
            let a = try left.values(rows: count, column: column, into: &result)
            let b = try right.values(rows: count, column: column, into: &result)
            return Self.apply(op, a, b, undefined: &result.undefined)
        }
    }

    private static func apply(_ function: FormulaFunction, to input: [Double],
                              undefined: inout [RowDropReason?]) -> [Double] {
        var output = input
        for row in input.indices {
            let x = input[row]
            switch function {
            case .log:
                if x <= 0, undefined[row] == nil { undefined[row] = .logOfNonPositive }
                output[row] = Foundation.log(x)
            case .log1p:
                if x <= -1, undefined[row] == nil { undefined[row] = .logOfNonPositive }
                output[row] = Foundation.log1p(x)
            case .sqrt:
                if x < 0, undefined[row] == nil { undefined[row] = .sqrtOfNegative }
                output[row] = x.squareRoot()
            case .exp: output[row] = Foundation.exp(x)
            case .abs: output[row] = Swift.abs(x)
            }
        }
        return output
    }

    private static func apply(_ op: FormulaArithmeticOperator, _ a: [Double], _ b: [Double],
                              undefined: inout [RowDropReason?]) -> [Double] {
        var output = a
        for row in a.indices {
            switch op {
            case .add: output[row] = a[row] + b[row]
            case .subtract: output[row] = a[row] - b[row]
            case .multiply: output[row] = a[row] * b[row]
            case .divide:
                if b[row] == 0, undefined[row] == nil { undefined[row] = .divisionByZero }
                output[row] = a[row] / b[row]
            case .power:
                output[row] = Foundation.pow(a[row], b[row])
                if output[row].isNaN, !a[row].isNaN, !b[row].isNaN, undefined[row] == nil { undefined[row] = .undefinedValue }
            }
        }
        return output
    }
}
