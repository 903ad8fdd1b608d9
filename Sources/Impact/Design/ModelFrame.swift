/// The numbers a regression is fitted on, after a formula has been applied to a table.
///
/// A `ModelFrame` is the boundary between the design layer (formula parsing, dummies,
/// interactions, dropping rows with missing values) and the estimators (absorbing fixed
/// effects, least squares, covariance). Every array has one entry per observation used;
/// `sourceRows` maps each observation back to its row in the table (0-based).
public struct ModelFrame: Sendable {
    /// Name of the dependent variable as written in the formula.
    public let responseName: String
    /// Dependent variable, one value per observation.
    public let response: [Double]
    /// Regressors, `observations × regressorNames.count`, column-major; includes the
    /// intercept column (all ones) first when `hasIntercept` is true.
    public let regressors: Matrix
    /// Coefficient names in the peers' style: `Intercept`, `x1`, `x1:x2`,
    /// `C(sector)[T.energy]`, `rel_year::-3`.
    public let regressorNames: [String]
    /// Whether the first regressor is the intercept.
    public let hasIntercept: Bool
    /// Analytic weights (positive), or `nil` for ordinary least squares.
    public let weights: [Double]?
    /// Fixed-effect dimensions to absorb (after `|` in the formula), in formula order.
    public let fixedEffects: [FactorCodes]
    /// Cluster dimensions for clustered standard errors (one for CR1, two for two-way).
    public let clusters: [FactorCodes]
    /// Table row of each observation (made on access when every row is kept: the identity
    /// is stored as nothing, so no n-length array is held for it).
    public var sourceRows: [Int] { TableRows(explicitSourceRows, count: observationCount).list }
    /// The table rows when they are not simply `0..<observationCount`; `nil` when they are.
    let explicitSourceRows: [Int]?
    /// Rows of the table dropped because a model variable was missing (or, for `log()`,
    /// not positive; see ``notes``).
    public let droppedForMissing: Int
    /// What the design step did that a reader should know: rows dropped for `log()` of
    /// non-positive values (``RowDropReason/logOfNonPositive``), for infinite values
    /// (``RowDropReason/infinite``) and for other undefined transformed values (`sqrt()` of a
    /// negative value, a division by zero in `I(…)`, …), as typed notes.
    public let notes: [RegressionNote]

    /// Creates a frame; all per-observation arrays must have the same length.
    public init(responseName: String, response: [Double], regressors: Matrix,
                regressorNames: [String], hasIntercept: Bool, weights: [Double]? = nil,
                fixedEffects: [FactorCodes] = [], clusters: [FactorCodes] = [],
                sourceRows: [Int]? = nil, droppedForMissing: Int = 0,
                notes: [RegressionNote] = []) {
        let n = response.count
        precondition(regressors.rows == n && regressors.columns == regressorNames.count,
                     "regressor matrix does not match response and names")
        precondition(weights.map { $0.count == n } ?? true, "weights length differs")
        precondition((fixedEffects + clusters).allSatisfy { $0.codes.count == n },
                     "factor length differs")
        self.responseName = responseName
        self.response = response
        self.regressors = regressors
        self.regressorNames = regressorNames
        self.hasIntercept = hasIntercept
        self.weights = weights
        self.fixedEffects = fixedEffects
        self.clusters = clusters
        precondition(sourceRows.map { $0.count == n } ?? true, "source rows length differs")
        self.explicitSourceRows = sourceRows
        self.droppedForMissing = droppedForMissing
        self.notes = notes
    }

    /// Number of observations.
    public var observationCount: Int { response.count }
}
