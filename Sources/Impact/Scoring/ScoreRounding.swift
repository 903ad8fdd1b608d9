import Foundation

/// How row scores and the total are rounded: to `decimals` places, half away from zero
/// (四舍五入). Default in ``ScoringProfile/mof2020``: 2 decimals.
///
/// Conventions: the scaled value is first rounded to 6 decimals so that binary noise such
/// as 267.49999999999997 (= 2.675 × 100) rounds as the written 2.675 would.
public struct ScoreRounding: Sendable, Equatable, Hashable {
    /// Decimal places kept, 0 for integers.
    public let decimals: Int

    /// Creates a rounding to `decimals` places (0…6).
    public init(decimals: Int) {
        precondition((0...6).contains(decimals), "decimals must lie in 0...6")
        self.decimals = decimals
    }

    /// Two decimals, the default.
    public static let twoDecimals = ScoreRounding(decimals: 2)
    /// Whole points.
    public static let integer = ScoreRounding(decimals: 0)

    /// `value` rounded half away from zero to ``decimals`` places.
    public func apply(_ value: Double) -> Double {
        let scale = pow(10, Double(decimals))
        let cleaned = (value * scale * 1e6).rounded() / 1e6
        return cleaned.rounded(.toNearestOrAwayFromZero) / scale
    }
}
