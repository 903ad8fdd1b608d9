/// Errors in fitting a logit model.
public enum LogitError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The formula could not be applied to the table.
    case design(FormulaError)
    /// The outcome holds a value other than 0 or 1 (observation index, 0-based).
    case outcomeNotBinary(value: Double, observation: Int)
    /// Every observation has the same outcome, so there is nothing to explain.
    case constantOutcome(Double)
    /// Fewer observations than coefficients.
    case tooFewObservations(observations: Int, coefficients: Int)
    /// A regressor holds NaN or an infinite value (observation index, 0-based).
    case nonFiniteValue(variable: String, observation: Int)
    /// Weighted fits are not supported by this estimator.
    case weightsNotSupported
    /// Absorbed fixed effects (after `|`) are not supported by this estimator.
    case fixedEffectsNotSupported
    /// Perfect separation: a combination of the regressors predicts every outcome, fitted
    /// probabilities reach 0 and 1 and the maximum-likelihood estimates do not exist.
    case perfectSeparation(iterations: Int)
    /// Quasi-complete separation: the regressors predict part of the sample perfectly
    /// (`separatedObservations` fitted probabilities at 0 or 1) and the coefficients
    /// diverge instead of converging.
    case quasiCompleteSeparation(separatedObservations: Int, iterations: Int)
    /// The information matrix X'WX is singular: collinear regressors.
    case singularInformation(iteration: Int)
    /// Newton's method did not converge within the iteration limit.
    case notConverged(iterations: Int, largestStep: Double)

    /// The message as a whole sentence saying what went wrong and where.
    public var description: String {
        switch self {
        case .nonFiniteValue(let variable, let observation):
            "Covariate \(variable) holds an infinite or undefined value in observation \(observation + 1); "
                + "propensity scores need finite covariates: correct or remove that value."
        case .design(let error):
            "\(error)"
        case .outcomeNotBinary(let value, let observation):
            "The logit outcome must be 0 or 1, but observation \(observation + 1) holds \(value)."
        case .constantOutcome(let value):
            "Every observation has outcome \(value), so a logit model cannot be fitted."
        case .tooFewObservations(let observations, let coefficients):
            "The logit model has \(coefficients) coefficients but only \(observations) observations."
        case .weightsNotSupported:
            "The logit estimator does not support weights."
        case .fixedEffectsNotSupported:
            "The logit estimator cannot absorb fixed effects; enter them as C(var) dummies instead."
        case .perfectSeparation(let iterations):
            "Perfect separation: after \(iterations) iterations the regressors predict every outcome exactly (fitted probabilities 0 and 1), so the logit estimates do not exist; drop or combine the separating regressors."
        case .quasiCompleteSeparation(let count, let iterations):
            "Quasi-complete separation: after \(iterations) iterations \(count) observation(s) are predicted exactly (fitted probabilities 0 or 1) and the coefficients diverge; drop or combine the separating regressors."
        case .singularInformation(let iteration):
            "The information matrix X'WX is singular at iteration \(iteration); the regressors are collinear."
        case .notConverged(let iterations, let step):
            "The logit fit did not converge in \(iterations) iterations (last largest coefficient change \(step))."
        }
    }
}
