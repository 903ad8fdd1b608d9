extension VarianceEstimator {
    /// The table columns the cluster variables are made of: a variable `a^b` (one cluster per
    /// observed pair) reads `a` and `b`; none for the estimators without clusters. The
    /// columns a command reads for `--vcov cluster:…` (``VarianceChoice/clusterColumns(for:)``
    /// resolves the default first).
    public var clusterColumns: [String] {
        clusterVariables.flatMap { $0.split(separator: "^").map(String.init) }
    }
}
