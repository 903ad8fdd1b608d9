import ArgumentParser
import Foundation
import Impact

extension PropensityMethod: ExpressibleByArgument {}

/// Common-support choice on the command line.
enum CommonSupportChoice: String, ExpressibleByArgument, CaseIterable {
    /// Trim to the min/max overlap of the scores.
    case minmax
    /// Keep every unit.
    case none

    /// Whether the choice trims to the common support.
    var trims: Bool { self == .minmax }
}

/// `impact psm`: propensity-score weighting or matching estimate of the effect on the treated.
struct PSMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "psm",
        abstract: "Propensity-score ATT: logit scores, then IPW or nearest-neighbour matching.",
        discussion: """
        Fits a logit of the treatment on an intercept and the covariates, then estimates the \
        average effect on the treated by inverse-probability weighting (ipw) or by \
        nearest-neighbour matching with replacement (nn). Prints the ATT beside the naive \
        difference in means, the common support, the balance table (standardized mean \
        differences before and after) and the logit. The formula takes transformed terms, \
        e.g. --formula "treated ~ size + I(size^2) + log(assets)", and --subset \
        "year == 2023 & sector != '金融'" estimates on some rows.
        """
    )

    @Option(help: "Data file, CSV or .xlsx, one row per unit (default: the project's panel).")
    var data: String?

    @OptionGroup var keys: PanelKeyOptions

    @Option(help: "Treatment: a 0/1 column, or COLUMN=VALUE such as 是否获得支持=是 (default: the project's supported).")
    var treated: String?

    @Option(help: "Comma-separated numeric covariate columns for the propensity logit, e.g. x1,x2,x3.")
    var covariates: String?

    @Option(help: "Propensity formula instead of --treated/--covariates, e.g. 'treated ~ x1 + log(assets) + C(sector)'.")
    var formula: String?

    @Option(help: "Outcome column (default: the project's revenue).")
    var outcome: String?

    @Option(help: "Estimator: ipw or nn.")
    var method: PropensityMethod = .inverseProbabilityWeighting

    @Option(help: "Matches per treated unit (nn).")
    var neighbors = 1

    @Option(help: "Largest allowed propensity-score distance of a match (nn); default none.")
    var caliper: Double?

    @Option(help: "Common support: minmax (trim to the overlap) or none. Default: none for ipw, minmax for nn.")
    var support: CommonSupportChoice?

    @OptionGroup var sample: SampleOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if formula == nil {
            guard treated != nil || keys.project.project != nil, !covariateNames.isEmpty else {
                throw ValidationError("Give --treated and --covariates, or a --formula.")
            }
        } else if treated != nil || covariates != nil {
            throw ValidationError("Give either --formula or --treated with --covariates, not both.")
        }
        if neighbors < 1 { throw ValidationError("--neighbors must be at least 1, not \(neighbors).") }
        if let caliper, !(caliper > 0) { throw ValidationError("--caliper must be a positive distance, not \(caliper).") }
        if method == .inverseProbabilityWeighting, caliper != nil {
            throw ValidationError("--caliper applies to nearest-neighbour matching (--method nn) only.")
        }
    }

    /// The sample of `--treated` (a `COLUMN=VALUE` group becomes a 0/1 column) and `--covariates`.
    private func treatedSample(_ panel: Table, outcome: String) throws -> PropensitySample {
        let group = try SupportCriterion(parsing: treated ?? keys.columns().supported)
        let (table, column) = try group.indicator(in: panel)
        return try PropensitySample(table: table, treatment: column, outcome: outcome, covariates: covariateNames)
    }

    private var covariateNames: [String] {
        commaSeparated(covariates)
    }

    func run() throws {
        let sampled = try sample.restrict(keys.project.readPanel(data, id: keys.id ?? keys.legacyFirm) { throw ValidationError("Give --data or --project.") })
        let (panel, outcome) = try self.sample.variable(sampled.table, outcome ?? keys.columns().revenue)
        let sample = if let formula {
            try PropensitySample(table: panel, formula: formula, outcome: outcome)
        } else {
            try treatedSample(panel, outcome: outcome)
        }
        try output.write(self.sample.report(PropensityEffect.estimate(sample, method: method, trimsToCommonSupport: support?.trims,
                                                                      neighbors: neighbors, caliper: caliper), sampled.summary))
    }
}
