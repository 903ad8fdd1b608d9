import Foundation

extension EventStudy {
    /// The dynamic TWFE regression `y_it = α_i + λ_t + Σ_{e ≠ ref} δ_e 1{event_time_it = e}`
    /// on `table` (which carries the event-time column `name`), fitted by
    /// `SunAbrahamRegression` with every event-time indicator in one block, so memory is
    /// proportional to the data rather than to observations × event times.
    ///
    /// The sample is `ModelFrame`'s for `outcome ~ event_time | unit + time` (rows with a
    /// missing or non-finite value dropped and noted, the outcome transformed), and the
    /// indicators are those of pyfixest's `i(event_time, ref=…)`: one per event time seen on
    /// those rows, in increasing order, named `event_time::-3`.
    static func eventTimeFit(_ table: Table, eventTime name: String, _ specification: EventStudySpecification,
                             options: RegressionOptions) throws(PolicyEffectError) -> RegressionFit {
        let formula = Formula(
            response: .variable(specification.outcome), terms: [FormulaTerm([.variable(name)])],
            fixedEffects: [FixedEffect(columns: [specification.unit]), FixedEffect(columns: [specification.time])])
        let frame = try policyStep { try ModelFrame(formula: formula, table: table, variance: specification.variance) }
        for cluster in frame.clusters where cluster.levelCount < 2 {
            throw .singleCluster(variable: cluster.name, count: cluster.levelCount)
        }
        guard let column = frame.regressorNames.firstIndex(of: name) else { throw .referencePeriodAbsent(specification.reference) }
        let values = frame.regressors.column(column).map { Int($0) }
        let times = Set(values).sorted()
        guard times.contains(specification.reference) else { throw .referencePeriodAbsent(specification.reference) }
        let estimated = times.filter { $0 != specification.reference }
        let index = Dictionary(uniqueKeysWithValues: estimated.enumerated().map { ($1, Int32($0)) })
        let codes = values.map { index[$0] ?? -1 }
        // What the fit holds at once: the stacked factor (two blocks of periods + 1 rows and
        // one row per indicator, periods + indicators + 1 columns) in `designCopies` copies.
        let periods = frame.fixedEffects[1].levelCount
        do {
            try MemoryBudget.current.check(
                .designMatrix(observations: frame.observationCount, parameters: estimated.count),
                count: MemoryBudget.product(2 * (periods + 1) + estimated.count, periods + estimated.count + 1,
                                            MemoryBudget.designCopies))
        } catch {
            throw .formula(.overBudget(error))
        }
        return try policyStep {
            try SunAbrahamRegression.fit(
                responseName: frame.responseName, response: frame.response, cells: codes,
                cellNames: estimated.map { "\(name)::\($0)" }, blockOfCell: estimated.map { _ in 0 },
                fixedEffects: frame.fixedEffects, clusters: frame.clusters, sourceRows: frame.explicitSourceRows,
                droppedForMissing: frame.droppedForMissing, designNotes: frame.notes, options: options)
        }
    }
}
