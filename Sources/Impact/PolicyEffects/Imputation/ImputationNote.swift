/// What happened while computing an imputation estimate, as a typed note (its sentences
/// are in `Reports/`).
public enum ImputationNote: ResultNote {
    /// `count` rows were left out because the outcome or a covariate is blank or not
    /// finite.
    case rowsWithoutValuesLeftOut(count: Int)
    /// `count` treated rows could not be imputed and are left out of every estimate: their
    /// firm has no untreated row (treated from its first observed period, e.g. `example`)
    /// or their period has no untreated firm.
    case treatedRowsNotImputable(count: Int, example: String)
    /// The alternating projections stopped at the iteration cap before meeting the
    /// tolerance; the estimates may be imprecise.
    case demeaningNotConverged(iterations: Int)

    /// The stable code: `rows_without_values_left_out`, `treated_rows_not_imputable` or
    /// `demeaning_not_converged`.
    public var code: String {
        switch self {
        case .rowsWithoutValuesLeftOut: "rows_without_values_left_out"
        case .treatedRowsNotImputable: "treated_rows_not_imputable"
        case .demeaningNotConverged: "demeaning_not_converged"
        }
    }
}
