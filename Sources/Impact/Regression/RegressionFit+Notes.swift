extension RegressionFit {
    /// What happened to the sample and in the fit, in the order it happened: rows dropped
    /// for missing values, the design step's notes (`log()` of non-positive values,
    /// infinite values), singletons removed, fixed effects absorbed (exactly, converged in
    /// so many iterations, or not converged), collinear terms dropped.
    public var notes: [RegressionNote] {
        var notes: [RegressionNote] = []
        if droppedForMissing > 0 { notes.append(.rowsDropped(reason: .missing, count: droppedForMissing)) }
        notes.append(contentsOf: designNotes)
        if singletonsRemoved > 0 { notes.append(.singletonsRemoved(count: singletonsRemoved)) }
        if let report = demeaning {
            notes.append(.fixedEffectsAbsorbed(names: fixedEffects.map(\.name), absorption: absorption(report)))
        }
        if !droppedTerms.isEmpty {
            notes.append(.collinearDropped(terms: droppedTerms, withFixedEffects: !fixedEffects.isEmpty))
        }
        return notes
    }

    /// How the demeaning described by `report` absorbed the fixed effects.
    private func absorption(_ report: DemeaningReport) -> FixedEffectAbsorption {
        let tolerance = report.options.tolerance, cap = report.options.maxIterations
        if report.dimensions == 1 { return .exact }
        return report.converged
            ? .converged(iterations: report.iterations, tolerance: tolerance, maxIterations: cap)
            : .notConverged(tolerance: tolerance, maxIterations: cap)
    }
}
