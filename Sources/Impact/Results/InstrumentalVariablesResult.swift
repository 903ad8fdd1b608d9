/// A 2SLS estimate ready to report: the second stage with inference under one variance
/// choice, each endogenous regressor's first stage with the strength of its instruments,
/// the Wu–Hausman test and typed notes. Immutable; obtain one from
/// ``InstrumentalVariablesFit/result(variance:confidenceLevel:)`` or ``RegressionRequest``.
public struct InstrumentalVariablesResult: Sendable {
    /// The second stage: coefficients of the exogenous and endogenous regressors.
    public let secondStage: RegressionResult
    /// One first stage per endogenous regressor.
    public let firstStages: [FirstStageResult]
    /// Wu–Hausman F test of exogeneity (linearmodels' `wu_hausman`); `nil` without
    /// degrees of freedom.
    public let wuHausman: EndogeneityTest?
    /// Weak instruments, as typed notes (the regression's own notes are in
    /// ``secondStage``).
    public let notes: [InstrumentalVariablesNote]
    /// The fit the result was computed from.
    public let fit: InstrumentalVariablesFit

    /// The F below which instruments are called weak: 10 (Staiger and Stock 1997).
    public static let weakInstrumentThreshold = 10.0

    /// The endogenous regressors.
    public var endogenousNames: [String] { fit.endogenousNames }
    /// The excluded instruments.
    public var instrumentNames: [String] { fit.instrumentNames }
}
