extension RegressionFit {
    /// What happened to the sample and in the fit, in the order it happened: rows dropped
    /// for missing values, the design step's notes (`log()` of non-positive values,
    /// infinite values), singletons removed, fixed effects absorbed (exactly, converged in
    /// so many iterations, or not converged), collinear terms dropped.
    public var notes: [RegressionNote] {
        var notes: [RegressionNote] = []
        // `droppedForMissing` counts every row the design step dropped; the rows dropped for
        // another reason have their own note, so each row is counted under one code only.
        let droppedForOtherReasons = designNotes.reduce(0) { sum, note in
            if case let .rowsDropped(_, count) = note { sum + count } else { sum }
        }
        let missing = droppedForMissing - droppedForOtherReasons
        if missing > 0 { notes.append(.rowsDropped(reason: .missing, count: missing)) }
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
        if let structured = structuredDesign { return structured.absorption }
        if report.dimensions == 1 { return .exact }
        return report.converged
            ? .converged(iterations: report.iterations, tolerance: tolerance, maxIterations: cap)
            : .notConverged(tolerance: tolerance, maxIterations: cap)
    }
}
