import ArgumentParser
import Impact

/// Options shared by `impact did` and `impact cost-effect --panel`: the treated-group and
/// post-period indicators and the design of the difference-in-differences.
struct DiDDesignOptions: ParsableArguments {
    @Option(help: "0/1 column: the unit is in the treated group.")
    var treated: String = "treated"

    @Option(help: "0/1 column: the period is after the policy.")
    var post: String = "post"

    @Option(name: .customLong("post-year"),
            help: "Build the post indicator as --time ≥ this period (named post_YEAR) instead of reading --post.")
    var postYear: Int?

    @Flag(help: "Two-way fixed effects (absorb unit and period) instead of the pooled 2×2 regression.")
    var fe = false

    /// Pooled 2×2 regression, or two-way fixed effects with `--fe`.
    var design: DifferenceInDifferencesDesign { fe ? .twoWayFixedEffects : .pooled }

    /// The post indicator: built from `--post-year` when given, else the column `--post`.
    var postPeriod: PostPeriod { postYear.map { .from(period: $0) } ?? .column(post) }

    /// The DiD of `outcome` on this design, with the panel keys `keys`.
    func specification(outcome: String, keys: PanelKeyOptions, covariates: [String] = [],
                       vcov: VarianceEstimator? = nil) -> DifferenceInDifferencesSpecification {
        DifferenceInDifferencesSpecification(outcome: outcome, unit: keys.id, time: keys.time, treated: treated,
                                             postPeriod: postPeriod, covariates: covariates, design: design, vcov: vcov)
    }
}
