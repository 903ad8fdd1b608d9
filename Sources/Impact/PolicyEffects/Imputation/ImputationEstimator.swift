/// The imputation estimator of Borusyak, Jaravel and Spiess (2024, "Revisiting Event-Study
/// Designs: Robust and Efficient Estimation") for staggered adoption.
///
/// Under parallel trends and no anticipation, the untreated outcome follows
/// `yᵢₜ(0) = αᵢ + λₜ + xᵢₜᵀβ + εᵢₜ`. The estimator
///
/// 1. fits `α`, `λ` and `β` by least squares on the untreated rows Ω₀ (firms never
///    treated, and treated firms before their cohort, i.e. not yet treated);
/// 2. imputes `ŷᵢₜ(0) = α̂ᵢ + λ̂ₜ + xᵢₜᵀβ̂` on every treated row (`t ≥ cohort`) and forms
///    `τ̂ᵢₜ = yᵢₜ − ŷᵢₜ(0)`;
/// 3. averages: the overall ATT is the mean of `τ̂` over all treated rows (equal weights),
///    the effect at horizon `h ≥ 0` the mean over treated rows with `t − cohort = h`.
///
/// Standard errors are the paper's conservative ones (Theorem 3), clustered by firm, with
/// the implied untreated weights computed by alternating projections
/// (``ImputationFirstStage/untreatedWeights(_:sample:)``) and the basic cohort × period
/// auxiliary averages (no leave-one-out correction). Intervals are normal. The result
/// carries the paper's pre-trend test on the untreated rows (``ImputationPretrend``).
///
/// Treated rows whose firm has no untreated row (treated from its first observed period)
/// or whose period has no untreated firm cannot be imputed; they are left out of every
/// estimate, with a note (as `didimputation` and `did_imputation` do).
///
/// Conventions: point estimates equal pyfixest's `did2s` (Gardner's two-stage estimator
/// gives the imputation estimates) and R `didimputation`; standard errors equal
/// `didimputation`'s and Stata `did_imputation`'s (without `leaveout`). Unbalanced panels
/// are accepted as they are.
public struct ImputationEstimator: Sendable, Equatable {
    /// Convergence of the alternating projections (both the fit and the weights); default
    /// ``DemeaningOptions`` (tolerance 1e-10).
    public var demeaning: DemeaningOptions

    /// Creates the estimator; `demeaning` defaults to ``DemeaningOptions/init(tolerance:maxIterations:)``'s
    /// defaults.
    public init(demeaning: DemeaningOptions = .init()) {
        self.demeaning = demeaning
    }

    /// Estimates the overall ATT and the event-study effects from a long panel.
    ///
    /// - Throws: ``ImputationError`` for missing columns, rows that cannot be placed, no
    ///   treated, untreated or imputable rows, collinear covariates.
    public func estimate(_ table: Table, specification: ImputationSpecification) throws(ImputationError) -> ImputationResult {
        let sample = try ImputationSample(table: table, specification: specification)
        let stage = try ImputationFirstStage(sample, covariateNames: specification.covariates, options: demeaning)
        let horizons = stage.treated.map { sample.periods[Int(sample.periodCodes[$0])] - sample.unitCohorts[Int(sample.units[$0])]! }
        let eventTimes = Array(Set(horizons)).sorted()
        let treatedCount = Double(stage.treated.count)
        var estimands = [[Double]](repeating: [Double](repeating: 1 / treatedCount, count: stage.treated.count), count: 1)
        for h in eventTimes {
            let count = Double(horizons.lazy.filter { $0 == h }.count)
            estimands.append(horizons.map { $0 == h ? 1 / count : 0 })
        }
        let untreatedWeights = try stage.untreatedWeights(estimands, sample: sample)
        let estimates = zip(estimands, untreatedWeights).enumerated().map { index, pair in
            let (value, variance) = stage.estimate(weights: pair.0, untreatedWeights: pair.1, sample: sample)
            return ImputationEstimate(eventTime: index == 0 ? nil : eventTimes[index - 1], estimate: value,
                                      standardError: variance.squareRoot(),
                                      observations: pair.0.lazy.filter { $0 != 0 }.count)
        }
        return ImputationResult(
            overall: estimates[0], eventStudy: Array(estimates.dropFirst()),
            covariates: specification.covariates, covariateCoefficients: stage.coefficients,
            cohorts: Array(Set(stage.treated.map { sample.unitCohorts[Int(sample.units[$0])]! })).sorted(),
            unitCount: Set(stage.untreated.map { sample.units[$0] }).count, observationCount: stage.untreated.count + stage.treated.count,
            untreatedCount: stage.untreated.count, treatedCount: stage.treated.count, pretrend: stage.pretrend(sample),
            notes: Self.notes(sample: sample, stage: stage))
    }

    /// Rows left out, treated rows not imputed, demeaning not converged.
    private static func notes(sample: ImputationSample, stage: ImputationFirstStage) -> [ImputationNote] {
        var notes: [ImputationNote] = []
        if sample.rowsLeftOut > 0 { notes.append(.rowsWithoutValuesLeftOut(count: sample.rowsLeftOut)) }
        if let first = stage.notImputable.first {
            notes.append(.treatedRowsNotImputable(count: stage.notImputable.count,
                                                  example: sample.unitNames[Int(sample.units[first])]))
        }
        if !stage.demeaning.converged { notes.append(.demeaningNotConverged(iterations: stage.demeaning.iterations)) }
        return notes
    }
}
