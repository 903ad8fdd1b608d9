/// The first stage of one endogenous regressor: its regression on every instrument (the
/// exogenous regressors and the excluded instruments) under the model's variance choice,
/// and the strength of the excluded instruments.
///
/// - ``partialF``: the classical F of the excluded instruments,
///   `((RSS_r − RSS)/q) / (RSS/(N − K))`, the Wald F under the iid covariance;
/// - ``robustF``: under a robust or clustered variance, the Wald F `π̂ᵀV̂⁻¹π̂/q` of the
///   excluded instruments with the first stage's robust covariance `V̂` — for one
///   endogenous regressor this is the Kleibergen–Paap rk Wald F; with several it is each
///   equation's robust F (the joint rk statistic is not computed); `nil` under iid;
/// - ``effectiveF``: Montiel Olea and Pflueger's (2013) effective F,
///   `π̂ᵀQπ̂ / tr(V̂Q)` with `Q = Z₂ᵀWZ₂` over the (demeaned) excluded instruments and `V̂`
///   their robust covariance (HC1 when the model's variance is iid).
///
/// Conventions: pyfixest `Feiv.first_stage()` and `IV_Diag()`: ``strengthF`` is
/// `_f_stat_1st_stage` (the Wald F under the model's variance) and ``effectiveF`` is
/// `_eff_F`; the degrees of freedom are the first stage's (`N − K`, or `G − 1` when
/// clustering). Under two-way clustering the first stage is clustered two ways as well
/// (pyfixest clusters it by the first variable only).
public struct FirstStageResult: Sendable {
    /// The endogenous regressor (the first stage's response).
    public let endogenous: String
    /// The first-stage regression under the model's variance choice.
    public let regression: RegressionResult
    /// The excluded instruments, among ``regression``'s coefficients.
    public let instruments: [String]
    /// Classical F of the excluded instruments (iid).
    public let partialF: FTest
    /// Robust or clustered Wald F of the excluded instruments; `nil` under iid.
    public let robustF: FTest?
    /// Montiel Olea–Pflueger effective F; `nil` when it cannot be formed.
    public let effectiveF: Double?

    /// The F that measures instrument strength under the model's variance: ``robustF``
    /// when there is one, else ``partialF``.
    public var strengthF: FTest { robustF ?? partialF }
}
