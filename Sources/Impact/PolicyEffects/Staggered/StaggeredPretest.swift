/// The Wald pre-test of parallel trends over the pre-treatment ATT(g,t) cells of a
/// Callaway–Sant'Anna result (`did::att_gt`'s `W` and `Wpval`).
///
/// With a the vector of the q pre-treatment cells (t < g, excluding cells whose standard
/// error is zero, such as the universal base-period cell) and V = IFᵀIF/n their joint
/// influence-function covariance over the n firms,
///
///     W = n · aᵀ V⁻¹ a,    p = P(χ²_q > W).
///
/// Conventions: matches `did` 2.x, which uses the analytic V even when the standard errors
/// are bootstrapped and reports nothing when V is singular; unlike `did`, the p-value is not
/// rounded to five decimals.
public struct StaggeredPretest: Sendable, Equatable {
    /// The Wald statistic W.
    public let statistic: Double
    /// Degrees of freedom q: the number of pre-treatment cells tested.
    public let degreesOfFreedom: Int
    /// P(χ²_q > W).
    public let pValue: Double

    /// Creates a pre-test result.
    public init(statistic: Double, degreesOfFreedom: Int, pValue: Double) {
        self.statistic = statistic
        self.degreesOfFreedom = degreesOfFreedom
        self.pValue = pValue
    }
}
