import ArgumentParser
import Foundation
import Impact

/// `--honest-mbar` and `--honest-m`: the Rambachan–Roth sensitivity analysis of parallel
/// trends added to an event study (`event-study`, `staggered`).
struct HonestOptions: ParsableArguments {
    @Option(name: .customLong("honest-mbar"),
            help: "Relative-magnitude bounds M̄ for the HonestDiD sensitivity analysis of the average post-period effect (e.g. 0,0.5,1,1.5,2).")
    var mbar: String?

    @Option(name: .customLong("honest-m"),
            help: "Smoothness bounds M for the HonestDiD fixed-length intervals (e.g. 0,0.01,0.02).")
    var m: String?

    @Option(name: .customLong("honest-seed"), help: "Seed of the least-favourable critical value's draws.")
    var seed: UInt64 = 0

    /// The analysis asked for, or `nil` when neither list is given.
    func specification() throws -> ParallelTrendsSensitivitySpecification? {
        guard mbar != nil || m != nil else { return nil }
        return try ParallelTrendsSensitivitySpecification(
            relativeMagnitudes: Self.values(mbar, "--honest-mbar"), smoothness: Self.values(m, "--honest-m"), seed: seed)
    }

    private static func values(_ text: String?, _ option: String) throws -> [Double] {
        try commaSeparated(text).map { item in
            guard let value = Double(item), value.isFinite, value >= 0 else {
                throw ValidationError("\(option) takes numbers ≥ 0 separated by commas, not '\(item)'.")
            }
            return value
        }
    }
}
