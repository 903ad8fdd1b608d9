extension TwoPeriodDesign {
    /// The OLS of `response` on x over the rows where `mask` holds: β̂ = (X_s'X_s)⁻¹X_s'y_s
    /// by Cholesky, with fitted values x_i'β̂ for every row. A singular X_s'X_s throws
    /// ``Failure/singularOutcomeRegression``.
    func regression(of response: [Double], over mask: [Bool]) throws(Failure) -> SubsetRegression {
        let rows = mask.indices.filter { mask[$0] }
        var subset = Matrix(rows: rows.count, columns: matrix.columns)
        for j in 0..<matrix.columns {
            for (r, i) in rows.enumerated() { subset[r, j] = matrix[i, j] }
        }
        do {
            let gram = try CholeskyFactorization(try subset.gram())
            let beta = try gram.solve(try subset.times(rows.map { response[$0] }, transpose: true))
            return SubsetRegression(mask: mask, fitted: try matrix.times(beta), gram: gram)
        } catch {
            throw .singularOutcomeRegression
        }
    }

    /// The regression's linear representation times `moments`, for every row i:
    /// 1{mask_i}(y_i − μ_i)·x_i'(X_s'X_s/m)⁻¹·moments, with y the `response` it was fitted to.
    func olsEffect(_ fit: SubsetRegression, response: [Double], moments: [Double]) -> [Double] {
        let m = Double(rowCount)
        let direction = ((try? fit.gram.solve(moments)) ?? []).map { $0 * m }
        let projected = linear(direction)
        return response.indices.map { fit.mask[$0] ? (response[$0] - fit.fitted[$0]) * projected[$0] : 0 }
    }

    /// The logit of D (`treated`) on x: fitted scores capped at ``propensityCap`` and the
    /// covariance (X'WX)⁻¹ with W = diag(p(1 − p)) at the capped scores.
    func propensityScore(of treated: [Bool]) throws(Failure) -> PropensityScore {
        let names = (0..<matrix.columns).map { "x\($0)" }
        let fit: LogitResult
        do {
            fit = try LogitRegression().fit(outcome: treated.map { $0 ? 1 : 0 }, design: matrix, names: names)
        } catch {
            throw .propensityScore(error)
        }
        let probabilities = fit.fittedProbabilities.map { min($0, Self.propensityCap) }
        var scaled = matrix
        for j in 0..<matrix.columns {
            for i in 0..<matrix.rows { scaled[i, j] *= (probabilities[i] * (1 - probabilities[i])).squareRoot() }
        }
        do {
            let covariance = try CholeskyFactorization(try scaled.gram()).inverse()
            return PropensityScore(probabilities: probabilities, covariance: covariance)
        } catch {
            throw .propensityScore(.singularInformation(iteration: fit.iterations))
        }
    }

    /// The logit's estimation effect times `moments`, for every row i:
    /// (D_i − p_i)·x_i'·m(X'WX)⁻¹·moments.
    func logitEffect(_ score: PropensityScore, treated: [Bool], moments: [Double]) -> [Double] {
        let m = Double(rowCount)
        let direction = ((try? score.covariance.times(moments)) ?? []).map { $0 * m }
        let projected = linear(direction)
        return treated.indices.map { ((treated[$0] ? 1 : 0) - score.probabilities[$0]) * projected[$0] }
    }
}
