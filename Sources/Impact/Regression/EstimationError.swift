/// Why a regression could not be estimated or its covariance could not be formed.
public enum EstimationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No observations are left (after dropping missing values and singletons).
    case noObservations
    /// Every observation was a singleton of a fixed effect and was removed (`count` of them).
    case allSingletons(count: Int)
    /// The model has neither a regressor nor an intercept (`y ~ 0`, or `y ~ 0 | firm` with
    /// nothing left to estimate).
    case emptyModel
    /// Fewer observations than parameters (regressors plus fixed-effect levels).
    case tooFewObservations(observations: Int, parameters: Int)
    /// A value of the response, a regressor or the weights is NaN or infinite.
    case nonFiniteValue(variable: String, observation: Int)
    /// A weight is zero or negative.
    case nonPositiveWeight(observation: Int, value: Double)
    /// Every regressor was dropped (collinear with the fixed effects or the intercept).
    case noIdentifiedRegressors(dropped: [String])
    /// A cluster variable requested for the covariance is not in the model frame.
    case unknownClusterVariable(String, available: [String])
    /// Clustered standard errors need at least two clusters.
    case tooFewClusters(variable: String, count: Int)
    /// The covariance estimator is not available for this model.
    case unsupportedVariance(estimator: String, reason: String)
    /// The confidence level is outside (0, 1).
    case invalidConfidenceLevel(Double)
    /// A factorization failed in the numeric core.
    case numerical(LinearAlgebraError)
    /// After dropping collinear columns, fewer excluded instruments are left than
    /// endogenous regressors (instrumental variables).
    case underidentified(endogenous: [String], instruments: [String])

    /// The message as a whole sentence saying what went wrong and where.
    public var description: String {
        switch self {
        case .noObservations:
            return "No observations are left to estimate the model."
        case let .allSingletons(count):
            return "No observations are left: all \(count) were singletons (the only observation of a fixed-effect level) "
                + "and were removed; use fewer or coarser fixed effects, or keep singletons (--keep-singletons)."
        case .emptyModel:
            return "The model has no regressor and no intercept (as in 'y ~ 0'), so there is nothing to estimate; "
                + "add a regressor or the intercept."
        case let .tooFewObservations(observations, parameters):
            return "The model has \(parameters) parameters but only \(observations) observations; at least one more observation than parameters is needed."
        case let .nonFiniteValue(variable, observation):
            return "Variable \(variable) holds a non-finite value (NaN or infinity) in observation \(observation + 1)."
        case let .nonPositiveWeight(observation, value):
            return "Weights must be positive, but observation \(observation + 1) has weight \(value)."
        case let .noIdentifiedRegressors(dropped):
            return "No regressor can be estimated: \(dropped.joined(separator: ", ")) \(dropped.count == 1 ? "is" : "are") collinear with the intercept or the fixed effects."
        case let .unknownClusterVariable(name, available):
            let list = available.isEmpty ? "the model frame has no cluster variables" : "available: \(available.joined(separator: ", "))"
            return "Cluster variable \(name) is not in the model frame (\(list))."
        case let .tooFewClusters(variable, count):
            return "Clustering by \(variable) needs at least 2 clusters, but the sample has \(count)."
        case let .unsupportedVariance(estimator, reason):
            return "The \(estimator) covariance is not available for this model: \(reason)."
        case let .invalidConfidenceLevel(level):
            return "The confidence level must lie strictly between 0 and 1, but \(level) was given."
        case let .numerical(error):
            return "The numeric core failed: \(error)"
        case let .underidentified(endogenous, instruments):
            return "The model is under-identified: \(endogenous.count) endogenous regressors (\(endogenous.joined(separator: ", "))) "
                + "but \(instruments.count) excluded instruments left after dropping collinear ones"
                + (instruments.isEmpty ? "" : " (\(instruments.joined(separator: ", ")))") + "."
        }
    }
}

/// Runs a numeric-core operation, wrapping its error as `EstimationError.numerical`.
@inline(__always)
func numeric<T>(_ body: () throws(LinearAlgebraError) -> T) throws(EstimationError) -> T {
    do { return try body() } catch { throw .numerical(error) }
}
