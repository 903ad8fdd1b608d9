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

/// `--estimator cs|imputation` on `impact staggered` (the covariates are
/// ``StaggeredMethodOptions``'s, used by either estimator).
struct StaggeredEstimatorOptions: ParsableArguments {
    @Option(help: "Estimator: cs (Callaway–Sant'Anna group-time effects) or imputation (Borusyak–Jaravel–Spiess: firm and period effects fitted on untreated rows, conservative standard errors; accepts unbalanced panels).")
    var estimator: StaggeredEstimatorChoice = .cs

    /// Runs the imputation estimator on `table`, printing its notes as warnings.
    func runImputation(_ table: Table, keys: PanelKeyOptions, cohort: String, outcome: String,
                       covariates: [String]) throws -> ImputationResult {
        let specification = ImputationSpecification(
            id: try keys.idColumn(), time: try keys.timeColumn(), cohort: cohort, outcome: outcome,
            covariates: covariates)
        let result = try ImputationEstimator().estimate(table, specification: specification)
        for note in result.notes { printWarning(note.wording.en, prefix: "") }
        return result
    }
}
