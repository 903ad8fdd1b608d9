/// What the imputation estimator reads from a long firm panel (one row per firm and
/// period): the firm, period, cohort and outcome columns and optional time-varying
/// covariates.
///
/// Conventions: the cohort is the first treated period; `0` or blank means never treated
/// (as in R's `did` and `didimputation`). Rows with a blank or non-finite outcome or
/// covariate are left out (with a note); the panel may be unbalanced.
public struct ImputationSpecification: Sendable, Equatable {
    /// Firm identifier column (text or numbers).
    public var id: String
    /// Period column (whole numbers, e.g. years).
    public var time: String
    /// First treated period per firm; `0` or blank = never treated.
    public var cohort: String
    /// Outcome column.
    public var outcome: String
    /// Time-varying covariates whose coefficients are fitted with the firm and period
    /// effects on the untreated rows; default none.
    public var covariates: [String]

    /// Creates a specification; `covariates` defaults to none.
    public init(id: String, time: String, cohort: String, outcome: String, covariates: [String] = []) {
        self.id = id
        self.time = time
        self.cohort = cohort
        self.outcome = outcome
        self.covariates = covariates
    }
}
