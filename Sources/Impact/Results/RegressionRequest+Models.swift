extension RegressionRequest {
    /// Reads the data and estimates every formula in order: least squares, or two-stage
    /// least squares for a formula with an instrument part (``Formula/instruments``,
    /// ``InstrumentalVariables``), under ``variance`` (its default resolved per formula).
    ///
    /// The table is read once, with ``usedColumns`` (the instruments and endogenous
    /// regressors included), and cut to ``subset`` when there is one; ``split`` is not
    /// applied here (``estimates()`` splits least-squares models).
    public func estimateModels() throws(RegressionRequestError) -> [RegressionModel] {
        let (table, _) = try readSample()
        var models: [RegressionModel] = []
        for formula in formulas {
            let clusters = variance.clusterVariables(for: formula)
            if formula.instruments != nil {
                let design: InstrumentalFrame
                do {
                    design = try InstrumentalFrame(formula: formula, table: table, weights: weights, clusters: clusters)
                } catch {
                    throw .design(error)
                }
                do {
                    let fit = try InstrumentalVariables.fit(design, options: options)
                    models.append(.instrumental(try fit.result(variance: variance, confidenceLevel: confidenceLevel)))
                } catch {
                    throw .estimation(error, formula: formula.source)
                }
            } else {
                let frame: ModelFrame
                do {
                    frame = try ModelFrame(formula: formula, table: table, weights: weights, clusters: clusters)
                } catch {
                    throw .design(error)
                }
                do {
                    let fit = try LinearRegression.fit(consume frame, options: options)
                    models.append(.leastSquares(try fit.result(variance: variance, confidenceLevel: confidenceLevel)))
                } catch {
                    throw .estimation(error, formula: formula.source)
                }
            }
        }
        return models
    }
}
