import Foundation

/// Exact arithmetic on a profile's rounding grid (0.01 point under two decimals, whole points
/// under `decimals = 0`): amounts are counted in integer grid units, so sums never drift.
///
/// Conventions: rescaled weights and row scores are apportioned by the largest-remainder
/// method (Hamilton): every value is floored to the grid, then the units still missing to
/// reach the rounded exact sum go, one each, to the largest remainders (earlier rows first on
/// ties). So rows always add up to the total, a full-marks table scores exactly its maximum,
/// and no row is ever above its weight. When the individually rounded values already add up,
/// the result equals ordinary rounding half away from zero.
struct ScoreGrid: Sendable {
    /// The rounding whose grid is used.
    let rounding: ScoreRounding

    /// Grid units per point (100 under two decimals).
    var unitsPerPoint: Double { pow(10, Double(rounding.decimals)) }

    /// `value` rounded (``ScoreRounding/apply(_:)``) and counted in grid units.
    func units(_ value: Double) -> Int { Int((rounding.apply(value) * unitsPerPoint).rounded()) }

    /// `units` back in points.
    func points(_ units: Int) -> Double { Double(units) / unitsPerPoint }

    /// Non-negative `values` apportioned to grid units summing to `units(Σ values)`
    /// (compensated sum), each the value floored or floored plus one unit.
    func apportion(_ values: [Double]) -> [Int] {
        let scaled = values.map { ($0 * unitsPerPoint * 1e6).rounded() / 1e6 }
        var result = scaled.map { Int($0.rounded(.down)) }
        var missing = units(compensatedSum(values)) - result.reduce(0, +)
        let order = scaled.indices.sorted { left, right in
            let (a, b) = (scaled[left] - scaled[left].rounded(.down), scaled[right] - scaled[right].rounded(.down))
            return a != b ? a > b : left < right
        }
        for index in order where missing > 0 && scaled[index] > scaled[index].rounded(.down) {
            result[index] += 1
            missing -= 1
        }
        return result
    }
}
