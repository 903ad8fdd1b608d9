import ArgumentParser
import Impact

/// Options shared by `impact did` and `impact cost-effect --panel`: the treated-group and
/// post-period indicators and the design of the difference-in-differences.
struct DiDDesignOptions: ParsableArguments {
    @Option(help: "0/1 column: the unit is in the treated group.")
    var treated: String = "treated"

    @Option(help: "0/1 column: the period is after the policy.")
    var post: String = "post"

    @Option(name: .customLong("post-year"), help: "Build the post indicator as --time ≥ this period instead of reading --post.")
    var postYear: Int?

    @Flag(help: "Two-way fixed effects (absorb unit and period) instead of the pooled 2×2 regression.")
    var fe = false

    /// Pooled 2×2 regression, or two-way fixed effects with `--fe`.
    var design: DifferenceInDifferencesDesign { fe ? .twoWayFixedEffects : .pooled }

    /// `table` and the name of its post column: `--post` as read, or with `--post-year` a
    /// new indicator `post_YEAR` (`post_from_YEAR` when the file already has `post_YEAR`).
    func withPostIndicator(_ table: Table, time: String) throws -> (table: Table, post: String) {
        guard let postYear else { return (table, post) }
        let name = table.hasColumn("post_\(postYear)") ? "post_from_\(postYear)" : "post_\(postYear)"
        return (try DifferenceInDifferences.addingPostIndicator(to: table, time: time, firstPostPeriod: postYear,
                                                                named: name), name)
    }
}
