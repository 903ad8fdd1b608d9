import Foundation

/// Sun and Abraham's (2021) interaction-weighted (IW) event-study estimator.
///
/// ## Steps
/// 1. Control group: never-treated units; if there are none, the last-treated cohort,
///    with every period from its adoption on dropped (it must stay untreated).
/// 2. Regress `y_it = α_i + λ_t + Σ_{g} Σ_{e ≠ ref} δ_{g,e} 1{G_i = g}·1{t − g = e} + ε_it`
///    (every treated cohort `g` other than the control, every observed event time other
///    than the reference, bins applied as in `EventStudySpecification`), with the
///    specification's covariance (CR1 by unit by default).
/// 3. IW estimate at event time `e`: `ν̂_e = Σ_g w_{g,e} δ̂_{g,e}` with
///    `w_{g,e} = n_{g,e}/Σ_{g'} n_{g',e}`, `n_{g,e}` the observations of cohort `g` at `e`
///    (in a balanced panel without binning, the cohort shares of Sun and Abraham).
/// 4. Standard error by the delta method on the regression covariance, weights held fixed:
///    `se(ν̂_e)² = wᵀ V_{(e)} w`; t intervals with the regression's degrees of freedom.
///
/// Conventions: as fixest's `sunab()` aggregated by period (observation-share weights,
/// fixed in the variance). Coefficients are named `cohort::2018:event_time::-3`.
public enum SunAbraham {
    /// Estimates the IW event study for `specification` on `table`.
    public static func estimate(_ table: Table, _ specification: EventStudySpecification,
                                options: RegressionOptions = .init()) throws(PolicyEffectError) -> SunAbrahamResult {
        let panel = try CohortPanel(table: table, outcome: specification.outcome, unit: specification.unit,
                                    time: specification.time, cohort: specification.cohort)
        try panel.requireComparison(cohortColumn: specification.cohort)
        let sample = Sample(panel: panel)
        var counts = [Cell: Int]()
        for position in sample.keep {
            guard let cell = sample.cell(position, specification), cell.eventTime != specification.reference else { continue }
            counts[cell, default: 0] += 1
        }
        let cells = counts.keys.sorted { ($0.eventTime, $0.cohort) < ($1.eventTime, $1.cohort) }
        guard !cells.isEmpty else { throw .noTreatedGroup(column: specification.cohort) }
        let fit = try interactedFit(table, sample: sample, cells: cells, specification, options: options)
        let regression = try policyStep {
            try fit.result(variance: specification.variance, confidenceLevel: specification.confidenceLevel)
        }
        let (points, effects) = aggregate(regression, cells: cells, counts: counts, specification)
        return SunAbrahamResult(controlGroup: sample.control, eventTimes: points, cohortEffects: effects,
                                regression: regression)
    }

    /// The interacted regression: one 0/1 column per cohort × event-time cell, unit and
    /// period effects, and the clusters of the specification's variance that are not those
    /// effects, fitted by `SunAbrahamRegression` (memory proportional to the data, not to
    /// observations × cells).
    private static func interactedFit(_ table: Table, sample: Sample, cells: [Cell],
                                      _ specification: EventStudySpecification,
                                      options: RegressionOptions) throws(PolicyEffectError) -> RegressionFit {
        let panel = sample.panel, keep = sample.keep, n = keep.count
        let cellIndex = Dictionary(uniqueKeysWithValues: cells.enumerated().map { ($1, $0) })
        var codes = [Int32](repeating: -1, count: n)
        for (i, position) in keep.enumerated() {
            guard let cell = sample.cell(position, specification), let j = cellIndex[cell] else { continue }
            codes[i] = Int32(j)
        }
        let cohorts = Array(Set(cells.map(\.cohort))).sorted()
        // What the fit holds at once: the stacked factor (at most (periods + 1) rows per
        // cohort block plus one per cell, periods + cells + 1 columns) in `designCopies`
        // copies, and four cells × cells matrices (bread, meat, covariance, score sums).
        let periods = Set(keep.map { panel.periods[$0] }).count
        let stackedRows = (cohorts.count + 1) * (periods + 1) + cells.count
        let stacked = MemoryBudget.product(stackedRows, periods + cells.count + 1, MemoryBudget.designCopies)
        let square = MemoryBudget.product(4, cells.count, cells.count)
        do {
            try MemoryBudget.current.check(.designMatrix(observations: n, parameters: cells.count),
                                           count: stacked > Int.max - square ? .max : stacked + square)
        } catch {
            throw .formula(.overBudget(error))
        }
        let blockOfCohort = Dictionary(uniqueKeysWithValues: cohorts.enumerated().map { ($1, $0) })
        let unitFactor = FactorCodes(name: specification.unit, firstAppearanceOf: keep.lazy.map { panel.units[$0] })
        let timeFactor = FactorCodes(name: specification.time, firstAppearanceOf: keep.lazy.map { panel.periods[$0] })
        var clusters = [FactorCodes]()
        for name in specification.resolvedVariance.clusterVariables
        where name != specification.unit && name != specification.time {
            let coded = PolicyColumns.codes(try PolicyColumns.labels(table, name), rows: keep.map { panel.rows[$0] })
            clusters.append(FactorCodes(name: name, codes: coded.codes.map(Int32.init), levelCount: coded.names.count))
        }
        for factor in clusters + [unitFactor] where factor.levelCount < 2 {
            throw .singleCluster(variable: factor.name, count: factor.levelCount)
        }
        return try policyStep {
            try SunAbrahamRegression.fit(
                responseName: specification.outcome, response: keep.map { panel.outcome[$0] }, cells: codes,
                cellNames: cells.map(\.term), blockOfCell: cells.map { blockOfCohort[$0.cohort]! },
                fixedEffects: [unitFactor, timeFactor], clusters: clusters, sourceRows: keep.map { panel.rows[$0] },
                options: options)
        }
    }

    /// The IW estimate at every event time (reference at 0, NaN where no cell was
    /// estimated) and the cohort effects with their weights.
    private static func aggregate(_ regression: RegressionResult, cells: [Cell], counts: [Cell: Int],
                                  _ specification: EventStudySpecification)
        -> (points: [EventTimeEstimate], effects: [SunAbrahamResult.CohortEffect]) {
        let termIndex = Dictionary(uniqueKeysWithValues: regression.coefficients.enumerated().map { ($1.term, $0) })
        let critical = StudentTDistribution(degreesOfFreedom: regression.inferenceDegreesOfFreedom)
            .quantile((1 + specification.confidenceLevel) / 2)
        var effects = [SunAbrahamResult.CohortEffect]()
        var points = [EventTimeEstimate]()
        for e in Set(cells.map(\.eventTime)).union([specification.reference]).sorted() {
            let binned = e == specification.binMin || e == specification.binMax
            let here = cells.filter { $0.eventTime == e && termIndex[$0.term] != nil }
            let total = here.reduce(0) { $0 + counts[$1]! }
            guard e != specification.reference, total > 0 else {
                let value: Double = e == specification.reference ? 0 : .nan
                points.append(EventTimeEstimate(eventTime: e, term: nil, estimate: value, standardError: value,
                                                confidenceLow: value, confidenceHigh: value,
                                                isReference: e == specification.reference, isBinned: binned))
                continue
            }
            let indices = here.map { termIndex[$0.term]! }
            let weights = here.map { Double(counts[$0]!) / Double(total) }
            var estimate = 0.0, variance = 0.0
            for (a, i) in indices.enumerated() {
                estimate += weights[a] * regression.coefficients[i].estimate
                for (b, k) in indices.enumerated() { variance += weights[a] * weights[b] * regression.covariance[i, k] }
                effects.append(.init(cohort: here[a].cohort, eventTime: e, term: here[a].term,
                                     estimate: regression.coefficients[i].estimate,
                                     standardError: regression.coefficients[i].standardError,
                                     observations: counts[here[a]]!, weight: weights[a]))
            }
            let se = variance > 0 ? variance.squareRoot() : .nan
            points.append(EventTimeEstimate(eventTime: e, term: nil, estimate: estimate, standardError: se,
                                            confidenceLow: estimate - critical * se, confidenceHigh: estimate + critical * se,
                                            isReference: false, isBinned: binned))
        }
        return (points, effects)
    }

    /// A cohort × event-time cell.
    struct Cell: Hashable {
        let cohort: Int
        let eventTime: Int

        /// Its coefficient name, `cohort::2018:event_time::-3`.
        var term: String { "cohort::\(cohort):event_time::\(eventTime)" }
    }

    /// The rows of the interacted regression and its control group: never-treated units
    /// when there are any; otherwise the last-treated cohort, its periods from adoption on
    /// dropped.
    struct Sample {
        let panel: CohortPanel
        let control: SunAbrahamResult.ControlGroup
        /// Panel positions kept.
        let keep: [Int]

        init(panel: CohortPanel) {
            self.panel = panel
            if panel.unitCohorts.contains(where: { $0 == nil }) {
                control = .neverTreated
                keep = Array(panel.rows.indices)
            } else {
                let last = panel.unitCohorts.compactMap { $0 }.max()!
                control = .lastTreated(cohort: last)
                keep = panel.rows.indices.filter { panel.periods[$0] < last }
            }
        }

        /// Whether `cohort` is the control group's.
        func isControl(_ cohort: Int?) -> Bool {
            switch control {
            case .neverTreated: cohort == nil
            case let .lastTreated(last): cohort == last
            }
        }

        /// The cell of the row at panel `position`, `nil` for a control row.
        func cell(_ position: Int, _ specification: EventStudySpecification) -> Cell? {
            guard !isControl(panel.cohorts[position]), let g = panel.cohorts[position],
                  let e = specification.eventTime(period: panel.periods[position], cohort: g) else { return nil }
            return Cell(cohort: g, eventTime: e)
        }
    }
}
