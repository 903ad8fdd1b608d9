/// Something about a power calculation that its reader must know; a typed note whose
/// sentences are written in `Reports/`.
public enum PowerNote: ResultNote {
    /// No number of supported firms up to `largestTried` reaches the target power by the
    /// `method` (`analytic` or `simulation`); the best power found was `bestPower`.
    /// Code `firms_not_reachable`.
    case firmsNotReachable(method: String, largestTried: Int, bestPower: Double)
    /// `firms` firms of the panel have the outcome missing in every window of the design's
    /// length and were left out. Code `incomplete_firms_left_out`.
    case incompleteFirmsLeftOut(firms: Int)
    /// The variance was estimated from one window of consecutive periods only (the panel is
    /// exactly as long as the design). Code `single_window`.
    case singleWindow(periods: Int)
    /// Fewer than 20 comparison firms (`count`): the t critical values and cluster-robust
    /// standard errors are imprecise. Code `few_comparison_firms`.
    case fewComparisonFirms(count: Int)
    /// The placebo simulations reject a zero effect in a share `simulatedSize` of draws, more
    /// than three Monte Carlo standard errors away from the nominal `alpha`: the evaluation's
    /// clustered t test is mis-sized for this design (few supported firms, skewed outcome),
    /// and the simulated power includes that distortion. Code `test_size_distorted`.
    case testSizeDistorted(simulatedSize: Double, alpha: Double)
    /// The simulated and analytic power at the same effect differ by more than three Monte
    /// Carlo standard errors. Code `simulation_disagrees`.
    case simulationDisagrees(analytic: Double, simulation: Double, monteCarloError: Double)

    /// The stable code (see each case).
    public var code: String {
        switch self {
        case .firmsNotReachable: "firms_not_reachable"
        case .incompleteFirmsLeftOut: "incomplete_firms_left_out"
        case .singleWindow: "single_window"
        case .fewComparisonFirms: "few_comparison_firms"
        case .testSizeDistorted: "test_size_distorted"
        case .simulationDisagrees: "simulation_disagrees"
        }
    }
}
