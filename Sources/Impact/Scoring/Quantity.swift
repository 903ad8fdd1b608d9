import Foundation

/// A number with an optional comparator and a unit, as written in an indicator cell:
/// `≥4%` is `(≥, 4, %)`, `97家` is `(nil, 97, 家)`, `≤1000万元` is `(≤, 1000, 万元)`, the
/// range `100-200家` is `(≥, 100, 家)` with upper bound 200.
public struct Quantity: Sendable, Equatable, Hashable {
    /// The comparator written before the number, or `nil` for a plain number.
    public let comparator: Comparator?
    /// The number as written (percent values stay in points: `7.8%` is 7.8).
    public let value: Double
    /// The unit written after the number.
    public let unit: IndicatorUnit
    /// The upper end of a range target (`100-200家`: comparator ≥, value 100, upper bound
    /// 200); `nil` for a single number. A range is met at its lower bound; an actual above
    /// the upper end is a large overshoot that needs a deviation reason.
    public let upperBound: Double?

    /// Creates a quantity; `upperBound` (default `nil`) makes it a range from `value`.
    public init(_ comparator: Comparator? = nil, _ value: Double, unit: IndicatorUnit = .none,
                upperBound: Double? = nil) {
        self.comparator = comparator
        self.value = value
        self.unit = unit
        self.upperBound = upperBound
    }

    /// The value converted into `target`'s unit, or `nil` when the units do not convert.
    public func value(in target: IndicatorUnit) -> Double? {
        unit.conversionFactor(to: target).map { value * $0 }
    }

    /// The quantity as a clerk writes it: `≥4%`, `97家`, `≤1000万元`.
    public var text: String {
        if let upperBound { return formatIndicatorNumber(value) + "-" + formatIndicatorNumber(upperBound) + unit.symbol }
        return (comparator?.symbol ?? "") + formatIndicatorNumber(value) + unit.symbol
    }
}

/// Prints a number without a trailing `.0`, with at most 6 significant decimals.
func formatIndicatorNumber(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    var text = String(format: "%.6f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
}
