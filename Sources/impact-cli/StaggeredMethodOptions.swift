import ArgumentParser
import Foundation
import Impact

extension StaggeredEstimationMethod: ExpressibleByArgument {}

/// `impact staggered` options for covariates, estimation method, anticipation and bootstrap clusters.
struct StaggeredMethodOptions: ParsableArguments {
    @Option(help: "Covariates, comma-separated (default: none): of the propensity score and outcome regression (cs), or fitted with the firm and period effects (imputation).")
    var covariates: String?

    @Option(help: "With covariates: dr (doubly robust, Sant'Anna–Zhao), ipw or reg (outcome regression). All coincide without covariates.")
    var method: StaggeredEstimationMethod = .doublyRobust

    @Option(help: "Anticipation periods: firms may react this many periods before their cohort.")
    var anticipation: Int = 0

    @Option(help: "Column of clusters above the firm (e.g. district) for the bootstrap; needs --bootstrap (default: firms).")
    var cluster: String?

    @Option(help: "false: repeated cross-sections, each row an independent observation (did's panel = FALSE).")
    var panel: Bool = true

    @Flag(help: "Keep an unbalanced panel, estimated as repeated cross-sections with firms followed by --id (did's allow_unbalanced_panel).")
    var allowUnbalanced = false

    /// The sample layout the flags ask for.
    var layout: StaggeredSampleLayout {
        !panel ? .repeatedCrossSections : allowUnbalanced ? .unbalancedPanel : .balancedPanel
    }

    /// The covariate names, trimmed, without empties.
    var covariateNames: [String] {
        commaSeparated(covariates)
    }

    func validate() throws {
        if anticipation < 0 { throw ValidationError("--anticipation must be 0 or more, not \(anticipation).") }
    }
}
