/// The least-squares steps of 2SLS on the working columns.
extension InstrumentalWorkingColumns {
    /// The first stages of every endogenous regressor on the instruments `Z`.
    struct FirstStages {
        /// `Π` (`l × m`): column `j` the coefficients of endogenous regressor `j`.
        let coefficients: Matrix
        /// `X̂₂ = ZΠ` (`n × m`).
        let fitted: Matrix
        /// `V = X₂ − ZΠ` (`n × m`).
        let residuals: Matrix
        /// `(ZᵀWZ)⁻¹`.
        let bread: Matrix
    }

    /// `Π` by QR of `W^{1/2}Z`, one least-squares solve per endogenous regressor.
    func firstStages() throws(EstimationError) -> FirstStages {
        let solved = try leastSquares(design: instruments, responses: endogenous)
        let fitted = try numeric { () throws(LinearAlgebraError) in try instruments.multiplied(by: solved.coefficients) }
        return FirstStages(coefficients: solved.coefficients, fitted: fitted,
                           residuals: difference(endogenous, fitted), bread: solved.bread)
    }

    /// The second stage: `β` from `y` on `X̂ = [X₁ X̂₂]`, residuals `y − [X₁ X₂]β`.
    func secondStage(fitted: Matrix) throws(EstimationError) -> RegressionFit {
        let projected = Self.joined(exogenous, fitted)
        let solved = try leastSquares(design: projected,
                                      responses: Matrix(rows: observationCount, columns: 1, storage: response))
        let beta = solved.coefficients.storage
        let actual = Self.joined(exogenous, endogenous)
        let predicted = try numeric { () throws(LinearAlgebraError) in try actual.times(beta) }
        let residuals = zip(response, predicted).map { $0 - $1 }
        return makeFit(response: responseName, terms: exogenousNames + endogenousNames, coefficients: beta,
                       residuals: residuals, design: projected, bread: solved.bread,
                       totalSumOfSquares: totalSumsOfSquares[0], within: withinSumsOfSquares?[0], dropped: dropped)
    }

    /// The first stage of endogenous regressor `j` as a least-squares fit of `X₂ⱼ` on `Z`.
    func firstStageFit(_ j: Int, stages: FirstStages) throws(EstimationError) -> RegressionFit {
        let l = instruments.columns, n = observationCount
        return makeFit(response: endogenousNames[j], terms: exogenousNames + instrumentNames,
                       coefficients: Array(stages.coefficients.storage[(j * l)..<((j + 1) * l)]),
                       residuals: Array(stages.residuals.storage[(j * n)..<((j + 1) * n)]),
                       design: instruments, bread: stages.bread,
                       totalSumOfSquares: totalSumsOfSquares[1 + endogenousOffsets[j]],
                       within: withinSumsOfSquares.map { $0[1 + endogenousOffsets[j]] }, dropped: [])
    }

    /// Least squares of each column of `responses` on `design` (weighted by `W`): the
    /// coefficients (`k × r`) and the bread `(DᵀWD)⁻¹`, by QR of `W^{1/2}D`, never normal
    /// equations.
    func leastSquares(design: Matrix,
                      responses: Matrix) throws(EstimationError) -> (coefficients: Matrix, bread: Matrix) {
        let factorization = try numeric { () throws(LinearAlgebraError) in try QRFactorization(whitened(design)) }
        let whitenedResponses = whitened(responses)
        var coefficients = [Double]()
        coefficients.reserveCapacity(design.columns * responses.columns)
        for r in 0..<responses.columns {
            let column = whitenedResponses.column(r)
            coefficients += try numeric { () throws(LinearAlgebraError) in try factorization.solveLeastSquares(column) }
        }
        let bread = try numeric { () throws(LinearAlgebraError) in
            try CholeskyFactorization(upperFactor: factorization.upperFactor).inverse()
        }
        return (Matrix(rows: design.columns, columns: responses.columns, storage: coefficients), bread)
    }

    /// `W^{1/2}M`: each row multiplied by `√wᵢ` (the matrix itself without weights).
    func whitened(_ matrix: Matrix) -> Matrix {
        guard let roots = sqrtWeights else { return matrix }
        var result = matrix
        let n = matrix.rows
        for j in 0..<matrix.columns {
            for i in 0..<n { result.storage[i + j * n] *= roots[i] }
        }
        return result
    }

    /// `a − b`, element by element.
    func difference(_ a: Matrix, _ b: Matrix) -> Matrix {
        Matrix(rows: a.rows, columns: a.columns, storage: zip(a.storage, b.storage).map { $0 - $1 })
    }

    /// `[A B]`: the columns of `a` then those of `b`.
    static func joined(_ a: Matrix, _ b: Matrix) -> Matrix {
        Matrix(rows: a.rows, columns: a.columns + b.columns, storage: a.storage + b.storage)
    }

    /// A ``RegressionFit`` in the original parameterization (`A = I`) whose covariance is
    /// the sandwich with `bread` and scores `wᵢeᵢdᵢ` (`dᵢ` a row of `design`).
    func makeFit(response: String, terms: [String], coefficients: [Double], residuals: [Double], design: Matrix,
                 bread: Matrix, totalSumOfSquares: Double, within: Double?, dropped: [String]) -> RegressionFit {
        RegressionFit(
            responseName: response, termNames: terms, coefficients: coefficients, droppedTerms: dropped,
            hasIntercept: hasIntercept, observationCount: observationCount, residuals: residuals,
            weights: sample.weights,
            residualSumOfSquares: LinearRegression.weightedSumOfSquares(residuals, weights: sample.weights),
            totalSumOfSquares: totalSumOfSquares, withinTotalSumOfSquares: within,
            fixedEffects: sample.fixedEffects, clusters: sample.clusters, singletonsRemoved: sample.singletonsRemoved,
            droppedForMissing: droppedForMissing, designNotes: designNotes, demeaning: demeaning,
            explicitSourceRows: sample.sourceRows, options: options, workingDesign: design, workingBread: bread,
            parameterTransform: Matrix.identity(terms.count))
    }
}

extension InstrumentalWorkingColumns {
    /// The Wu–Hausman test of the exogeneity of the endogenous regressors, in its F form.
    /// With `e₀` the least-squares residuals of `y` on `X = [X₁ X₂]` (all treated as
    /// exogenous), `e` the 2SLS residuals, `P_A` the (weighted) projection on the columns
    /// of `A`: `δ = ‖P_[Z X₂] e₀‖² − ‖P_Z e‖²` and
    /// `WH = (δ/m) / ((‖e₀‖² − δ)/(N − k₁ − m − m − F))`, `m` endogenous regressors tested,
    /// `k₁` exogenous regressors, `F` the fixed-effect parameters; compared with
    /// `F(m, N − k₁ − 2m − F)`.
    ///
    /// Conventions: linearmodels `IV2SLS(...).fit().wu_hausman()` (the same for every
    /// covariance); with fixed effects the regressions are those of the demeaned variables
    /// and the denominator degrees of freedom also count the fixed-effect parameters.
    func wuHausman(secondStageResiduals: [Double]) throws(EstimationError) -> EndogeneityTest? {
        let actual = Self.joined(exogenous, endogenous)
        let n = observationCount
        let ols = try leastSquares(design: actual, responses: Matrix(rows: n, columns: 1, storage: response))
        let olsFitted = try numeric { () throws(LinearAlgebraError) in try actual.times(ols.coefficients.storage) }
        let olsResiduals = zip(response, olsFitted).map { $0 - $1 }
        let projectedOLS = try projectionSumOfSquares(olsResiduals, on: Self.joined(instruments, endogenous))
        let projectedIV = try projectionSumOfSquares(secondStageResiduals, on: instruments)
        let delta = projectedOLS - projectedIV
        let m = endogenousCount
        let denominator = n - exogenousCount - 2 * m - fixedEffectParameters
        let rest = LinearRegression.weightedSumOfSquares(olsResiduals, weights: sample.weights) - delta
        guard denominator > 0, rest > 0 else { return nil }
        let statistic = (delta / Double(m)) / (rest / Double(denominator))
        return EndogeneityTest(statistic: statistic, numeratorDegrees: Double(m),
                               denominatorDegrees: Double(denominator))
    }

    /// `‖P_A v‖²` in the weighted metric: `Σ wᵢ (A b)ᵢ²` with `b` the weighted least-squares
    /// coefficients of `v` on `A`.
    private func projectionSumOfSquares(_ values: [Double], on design: Matrix) throws(EstimationError) -> Double {
        let solved = try leastSquares(design: design,
                                      responses: Matrix(rows: values.count, columns: 1, storage: values))
        let fitted = try numeric { () throws(LinearAlgebraError) in try design.times(solved.coefficients.storage) }
        return LinearRegression.weightedSumOfSquares(fitted, weights: sample.weights)
    }
}
