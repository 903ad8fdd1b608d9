/// How each Callaway–Sant'Anna ATT(g,t) adjusts for covariates, as `did::att_gt`'s
/// `est_method` and csdid's `fit(est_method=…)`.
///
/// Default: ``doublyRobust``, as in `did` and csdid. Without covariates the three methods
/// give the same estimate and influence function (the difference of mean changes).
public enum StaggeredEstimationMethod: String, Sendable, CaseIterable, Equatable {
    /// Sant'Anna and Zhao's (2020) locally efficient doubly robust estimator for panel data
    /// (`DRDID::drdid_panel`): a logit propensity score and a linear outcome regression of
    /// the change on the controls; consistent if either is right.
    case doublyRobust = "dr"
    /// Normalised (Hájek) inverse probability weighting (`DRDID::std_ipw_did_panel`): the
    /// controls' changes weighted by p(x)/(1 − p(x)), weights scaled to mean one.
    case inverseProbabilityWeighting = "ipw"
    /// Outcome regression (`DRDID::reg_did_panel`): the treated firms' mean change minus
    /// the mean of their changes predicted by a linear regression fitted on the controls.
    case outcomeRegression = "reg"
}
