extension ModelFrame {
    /// Applies `formula` to `table` with the cluster columns that `variance` needs, so the
    /// caller never works them out: `.cluster(names)` (named, or the default for a formula
    /// with fixed effects, the first of them) reads those columns; other estimators read
    /// none. See `init(formula:table:weights:clusters:)` for the rows and the design.
    ///
    /// - Parameters:
    ///   - formula: the parsed formula.
    ///   - table: the data.
    ///   - weights: a numeric column of positive analytic weights; default none (OLS).
    ///   - variance: the variance choice the frame will be estimated under.
    public init(formula: Formula, table: Table, weights: String? = nil,
                variance: VarianceChoice) throws(FormulaError) {
        try self.init(formula: formula, table: consume table, weights: weights,
                      clusters: variance.clusterVariables(for: formula))
    }
}
