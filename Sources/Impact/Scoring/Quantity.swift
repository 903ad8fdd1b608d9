import Foundation

/// A number with an optional comparator and a unit, as written in an indicator cell:
/// `≥4%` is `(≥, 4, %)`, `97家` is `(nil, 97, 家)`, `≤1000万元` is `(≤, 1000, 万元)`.
public struct Quantity: Sendable, Equatable, Hashable {
    /// The comparator written before the number, or `nil` for a plain number.
    public let comparator: Comparator?
    /// The number as written (percent values stay in points: `7.8%` is 7.8).
    public let value: Double
    /// The unit written after the number.
    public let unit: IndicatorUnit

    /// Creates a quantity.
    public init(_ comparator: Comparator? = nil, _ value: Double, unit: IndicatorUnit = .none) {
        self.comparator = comparator
        self.value = value
        self.unit = unit
    }

    /// The value converted into `target`'s unit, or `nil` when the units do not convert.
    public func value(in target: IndicatorUnit) -> Double? {
        unit.conversionFactor(to: target).map { value * $0 }
    }

    /// The quantity as a clerk writes it: `≥4%`, `97家`, `≤1000万元`.
    public var text: String {
        (comparator?.symbol ?? "") + formatIndicatorNumber(value) + unit.symbol
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
