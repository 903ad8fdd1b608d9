/// The four group × period means of the outcome and their difference in differences.
///
/// `differenceInDifferences = (treatedPost − treatedPre) − (controlPost − controlPre)`.
/// Unweighted means over the observations used by the regression. In the pooled 2×2
/// design without covariates this equals the `treated:post` coefficient exactly (the
/// saturated regression reproduces the cell means).
public struct DifferenceInDifferencesCellMeans: Sendable, Equatable {
    /// Mean outcome of treated units after the policy.
    public let treatedPost: Double
    /// Mean outcome of treated units before the policy.
    public let treatedPre: Double
    /// Mean outcome of control units after the policy.
    public let controlPost: Double
    /// Mean outcome of control units before the policy.
    public let controlPre: Double

    /// Creates the four means.
    public init(treatedPost: Double, treatedPre: Double, controlPost: Double, controlPre: Double) {
        self.treatedPost = treatedPost
        self.treatedPre = treatedPre
        self.controlPost = controlPost
        self.controlPre = controlPre
    }

    /// `(treatedPost − treatedPre) − (controlPost − controlPre)`.
    public var differenceInDifferences: Double {
        (treatedPost - treatedPre) - (controlPost - controlPre)
    }
}
