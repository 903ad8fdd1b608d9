import Foundation

extension RegressionFit {
    /// Inference under `vcov`: standard errors, t, p-values and confidence intervals, fit
    /// statistics and notes.
    ///
    /// - Parameters:
    ///   - vcov: the covariance estimator (default `.iid`).
    ///   - confidenceLevel: level of the intervals, in (0, 1); default 0.95.
    public func result(vcov: VarianceEstimator = .iid,
                       confidenceLevel: Double = ConfidenceLevel.standard) throws(EstimationError) -> RegressionResult {
        guard confidenceLevel > 0 && confidenceLevel < 1 else { throw .invalidConfidenceLevel(confidenceLevel) }
        let estimate = try Sandwich.covariance(of: self, estimator: vcov)
        let df = estimate.correction.degreesOfFreedom
        let distribution = StudentTDistribution(degreesOfFreedom: df)
        let critical = distribution.quantile((1 + confidenceLevel) / 2)
        var rows = [CoefficientEstimate]()
        for (j, name) in termNames.enumerated() {
            let b = coefficients[j]
            let variance = estimate.matrix[j, j]
            let se = variance > 0 ? variance.squareRoot() : .nan
            let t = b / se
            rows.append(CoefficientEstimate(term: name, estimate: b, standardError: se, tStatistic: t,
                                            pValue: t.isNaN ? .nan : distribution.twoSidedPValue(t),
                                            confidenceLow: b - critical * se,
                                            confidenceHigh: b + critical * se))
        }
        let n = observationCount
        let q = fixedEffects.count
        let parameters = coefficientCount + (q == 0 ? 0 : fixedEffectLevels - (q - 1))
        let centred = hasIntercept || q > 0
        let r2 = 1 - residualSumOfSquares / totalSumOfSquares
        let adjusted = 1 - (1 - r2) * Double(n - (centred ? 1 : 0)) / Double(n - parameters)
        let within = withinTotalSumOfSquares.map { 1 - residualSumOfSquares / $0 }
        return RegressionResult(
            coefficients: rows, covariance: estimate.matrix,
            estimator: vcov, confidenceLevel: confidenceLevel, r2: r2,
            adjustedR2: adjusted, withinR2: within,
            fTest: waldTest(covariance: estimate.matrix, degrees: df),
            residualDegreesOfFreedom: n - parameters,
            correction: estimate.correction, clusterCounts: estimate.clusterCounts,
            notes: fitNotes + estimate.notes, fit: self)
    }

    /// Wald F over all coefficients except the intercept.
    private func waldTest(covariance: Matrix, degrees: Double) -> FTest? {
        let tested = Array((hasIntercept ? 1 : 0)..<coefficientCount)
        guard !tested.isEmpty, degrees > 0 else { return nil }
        let v = covariance.principalSubmatrix(tested)
        let b = tested.map { coefficients[$0] }
        guard let cholesky = try? CholeskyFactorization(v), let solved = try? cholesky.solve(b) else { return nil }
        let statistic = zip(b, solved).reduce(0) { $0 + $1.0 * $1.1 } / Double(tested.count)
        guard statistic.isFinite else { return nil }
        let distribution = FDistribution(numeratorDegrees: Double(tested.count), denominatorDegrees: degrees)
        return FTest(statistic: statistic, numeratorDegrees: Double(tested.count),
                     denominatorDegrees: degrees, pValue: distribution.survivalProbability(statistic))
    }

    /// Notes about the sample and the fit, in the order they happened, in Chinese and English.
    var fitNotes: [LocalizedText] {
        var notes = [LocalizedText]()
        if droppedForMissing > 0 {
            notes.append(LocalizedText(
                zh: "因缺失值剔除 \(droppedForMissing) 行（模型变量有缺失）。",
                en: "Dropped \(droppedForMissing) \(droppedForMissing == 1 ? "row" : "rows") with a missing value in a model variable."))
        }
        notes.append(contentsOf: designNotes)
        if singletonsRemoved > 0 {
            notes.append(LocalizedText(
                zh: "剔除单例观测 \(singletonsRemoved) 个（在某一固定效应水平中只有一个观测）。",
                en: "Removed \(singletonsRemoved) singleton \(singletonsRemoved == 1 ? "observation" : "observations") (alone in a fixed-effect level)."))
        }
        if let report = demeaning {
            let names = fixedEffects.map(\.name).joined(separator: ", ")
            let tolerance = report.options.tolerance, cap = report.options.maxIterations
            if report.dimensions == 1 {
                notes.append(LocalizedText(
                    zh: "固定效应 \(names) 已通过组内去均值吸收（一次即精确）。",
                    en: "Absorbed the fixed effect \(names) by demeaning (exact in one pass)."))
            } else if report.converged {
                notes.append(LocalizedText(
                    zh: "固定效应 \(names) 已通过交替投影（Irons–Tuck 加速）吸收：\(report.iterations) 次迭代收敛（容差 \(tolerance)，上限 \(cap)）。",
                    en: "Absorbed the fixed effects \(names) by alternating projections with Irons–Tuck acceleration: converged in \(report.iterations) \(report.iterations == 1 ? "iteration" : "iterations") (tolerance \(tolerance), cap \(cap))."))
            } else {
                notes.append(LocalizedText(
                    zh: "吸收固定效应 \(names) 在 \(cap) 次迭代内未收敛（容差 \(tolerance)）；估计值可能不准确。",
                    en: "Absorbing the fixed effects \(names) did not converge within \(cap) \(cap == 1 ? "iteration" : "iterations") (tolerance \(tolerance)); the estimates may be inaccurate."))
            }
        }
        if !droppedTerms.isEmpty {
            notes.append(LocalizedText(
                zh: "因共线性剔除 \(droppedTerms.joined(separator: ", "))（与前面的回归元\(fixedEffects.isEmpty ? "或截距" : "或固定效应")共线）。",
                en: "Dropped \(droppedTerms.joined(separator: ", ")): collinear with earlier regressors\(fixedEffects.isEmpty ? " or the intercept" : " or the fixed effects")."))
        }
        return notes
    }
}
