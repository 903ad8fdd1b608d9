/// One model of a ``RegressionRequest``: a least-squares regression, or a two-stage
/// least-squares (instrumental-variables) estimate when its formula has an instrument
/// part (``Formula/instruments``).
public enum RegressionModel: Sendable {
    /// Least squares (OLS, WLS, absorbed fixed effects).
    case leastSquares(RegressionResult)
    /// Two-stage least squares, with its first stages and diagnostics.
    case instrumental(InstrumentalVariablesResult)

    /// The regression a one-line summary reports: the model itself, or the second stage
    /// of 2SLS.
    public var regression: RegressionResult {
        switch self {
        case .leastSquares(let result): result
        case .instrumental(let result): result.secondStage
        }
    }
}
