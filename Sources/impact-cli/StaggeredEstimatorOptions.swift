import ArgumentParser
import Foundation
import Impact

/// The estimators `impact staggered` offers.
enum StaggeredEstimatorChoice: String, ExpressibleByArgument, CaseIterable {
    /// Callaway–Sant'Anna group-time effects (the default).
    case cs
    /// Borusyak–Jaravel–Spiess imputation.
    case imputation
}

/// `--estimator cs|imputation` and the imputation estimator's `--covariates` on
/// `impact staggered`.
struct StaggeredEstimatorOptions: ParsableArguments {
    @Option(help: "Estimator: cs (Callaway–Sant'Anna group-time effects) or imputation (Borusyak–Jaravel–Spiess: firm and period effects fitted on untreated rows, conservative standard errors; accepts unbalanced panels).")
    var estimator: StaggeredEstimatorChoice = .cs

    @Option(help: "Comma-separated time-varying covariates fitted with the firm and period effects (imputation estimator).")
    var covariates: String?

    func validate() throws {
        if covariates != nil && estimator != .imputation {
            throw ValidationError("--covariates is available with --estimator imputation.")
        }
    }

    /// Runs the imputation estimator on `table` and writes its result.
    func runImputation(_ table: Table, keys: PanelKeyOptions, cohort: String, outcome: String,
                       output: OutputOptions) throws {
        let specification = ImputationSpecification(
            id: try keys.idColumn(), time: try keys.timeColumn(), cohort: cohort, outcome: outcome,
            covariates: commaSeparated(covariates))
        let result = try ImputationEstimator().estimate(table, specification: specification)
        for note in result.notes { printWarning(note.wording.en, prefix: "") }
        try output.write(result)
    }
}
