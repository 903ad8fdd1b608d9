import ArgumentParser
import Impact

/// Options shared by `impact did` and `impact cost-effect --panel`: the treated-group and
/// post-period indicators and the design of the difference-in-differences.
struct DiDDesignOptions: ParsableArguments {
    @Option(help: "Treated group: a 0/1 column, or COLUMN=VALUE such as 是否获得支持=是 (default treated, or the project's supported).")
    var treated: String?

    @Option(help: "0/1 column: the period is after the policy (default post).")
    var post: String?

    @Option(name: .customLong("post-year"),
            help: "Build the post indicator as --time ≥ this period (named post_YEAR) instead of reading --post (default: the project's post year).")
    var postYear: Int?

    @Flag(help: "Two-way fixed effects (absorb unit and period) instead of the pooled 2×2 regression.")
    var fe = false

    /// Pooled 2×2 regression, or two-way fixed effects with `--fe`.
    var design: DifferenceInDifferencesDesign { fe ? .twoWayFixedEffects : .pooled }

    /// The post indicator: `--post-year`, `--post`, the project's post year (or evaluated
    /// year), else the column `post`.
    func postPeriod(_ project: EvaluationProject?) -> PostPeriod {
        if let postYear { return .from(period: postYear) }
        if let post { return .column(post) }
        if let year = project?.analysis.postYear ?? project?.evaluatedYear { return .from(period: year) }
        return .column("post")
    }

    /// `table` with the treated indicator present (a `COLUMN=VALUE` group becomes a 0/1
    /// column) and the DiD of `outcome` on this design, with the panel keys `keys`.
    func specification(_ table: Table, outcome: String, keys: PanelKeyOptions, covariates: [String] = [],
                       vcov: VarianceEstimator? = nil) throws -> (Table, DifferenceInDifferencesSpecification) {
        let project = try keys.project.loadProject()
        let group = try SupportCriterion(parsing: treated ?? project?.columns.supported ?? "treated")
        let (prepared, treatedColumn) = try group.indicator(in: table)
        return (prepared, DifferenceInDifferencesSpecification(
            outcome: outcome, unit: try keys.idColumn(), time: try keys.timeColumn(), treated: treatedColumn,
            postPeriod: postPeriod(project), covariates: covariates, design: design, vcov: vcov))
    }
}
