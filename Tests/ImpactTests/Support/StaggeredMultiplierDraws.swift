@testable import Impact

extension StaggeredMultiplierWeights {
    /// `count` consecutive multipliers from `generator`, drawn as the bootstrap draws them
    /// (``fill(_:using:)``), for tests that rebuild a bootstrap's sums by hand.
    func draws(_ count: Int, using generator: inout SplitMix64) -> [Double] {
        var values = [Double](repeating: 0, count: count)
        values.withUnsafeMutableBufferPointer { fill($0, using: &generator) }
        return values
    }
}
