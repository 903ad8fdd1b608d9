/// A difference-in-differences estimate: the ATT with its inference, the regression it was
/// read from, the four cell means and the group sizes. Immutable.
///
/// The ATT is the `treated:post` coefficient of the regression (`DifferenceInDifferencesDesign`);
/// its standard error, t, p-value and interval come from the regression's covariance
/// (firm-clustered CR1 by default, t with G − 1 degrees of freedom).
public struct DifferenceInDifferencesResult: Sendable {
    /// The specification that was estimated.
    public let specification: DifferenceInDifferencesSpecification
    /// The `treated:post` coefficient with its inference.
    public let att: CoefficientEstimate
    /// The full regression (every coefficient, covariance, notes).
    public let regression: RegressionResult
    /// The four group × period means of the outcome over the observations used.
    public let cellMeans: DifferenceInDifferencesCellMeans
    /// Distinct treated units among the observations used.
    public let treatedUnits: Int
    /// Distinct control units among the observations used.
    public let controlUnits: Int
    /// A wild cluster bootstrap of the ATT, when one was run.
    public let bootstrap: WildClusterBootstrapResult?
    /// Notes on the design's timing (staggered adoption, treated before the post year).
    public let notes: [DifferenceInDifferencesNote]

    /// Creates a result; `DifferenceInDifferences.estimate` is the usual way.
    public init(specification: DifferenceInDifferencesSpecification, att: CoefficientEstimate,
                regression: RegressionResult, cellMeans: DifferenceInDifferencesCellMeans,
                treatedUnits: Int, controlUnits: Int, bootstrap: WildClusterBootstrapResult? = nil,
                notes: [DifferenceInDifferencesNote] = []) {
        self.specification = specification
        self.att = att
        self.regression = regression
        self.cellMeans = cellMeans
        self.treatedUnits = treatedUnits
        self.controlUnits = controlUnits
        self.bootstrap = bootstrap
        self.notes = notes
    }

    /// Observations used by the regression.
    public var observationCount: Int { regression.observationCount }

    /// This result with a wild cluster bootstrap of the ATT attached (a new value).
    public func attaching(_ bootstrap: WildClusterBootstrapResult) -> DifferenceInDifferencesResult {
        DifferenceInDifferencesResult(specification: specification, att: att, regression: regression,
                                      cellMeans: cellMeans, treatedUnits: treatedUnits,
                                      controlUnits: controlUnits, bootstrap: bootstrap, notes: notes)
    }
}
