extension CallawaySantAnna {
    /// Estimates every ATT(g,t) on repeated cross-sections or an unbalanced panel with the
    /// repeated-cross-section estimators (``TwoPeriodCrossSection``; `did`'s `panel = FALSE`
    /// and `allow_unbalanced_panel = TRUE`), with analytic influence-function standard errors.
    ///
    /// Each cell uses the rows of cohort g and of its controls observed in period t or in
    /// its base period b (the same rules as ``fit(_:)-(StaggeredPanel)``), covariates taken
    /// in each row's own period. Its influence function over the n₁ rows is scaled by n/n₁
    /// (n = ``StaggeredCrossSections/unitCount``) and summed within each unit, so that the
    /// standard error is sqrt(mean_i IF_i²)/sqrt(n) over units, as in `did` and csdid.
    ///
    /// - Throws: the errors of ``fit(_:)-(StaggeredPanel)``; ``StaggeredError/noControlUnits(group:period:)``
    ///   also when a cell lacks treated or control rows in one of its two periods.
    public func fit(_ sample: StaggeredCrossSections) throws(StaggeredError) -> StaggeredResult {
        try fit(sample, bootstrapRoom: false)
    }

    /// ``fit(_:)-(StaggeredCrossSections)``, reserving room for a bootstrap's aggregation
    /// columns when `bootstrapRoom` (``estimateCells``); the same numbers.
    func fit(_ sample: StaggeredCrossSections, bootstrapRoom: Bool) throws(StaggeredError) -> StaggeredResult {
        let n = sample.unitCount
        let (groups, periods) = try cohortsAndPeriods(cohorts: sample.unitCohorts, periods: sample.periods)
        let (effects, influence) = try estimateCells(
            groups: groups, periods: periods, unitCount: n, bootstrapRoom: bootstrapRoom, referenceTreatedCount: { _ in 0 }
        ) { group, t, b, horizon throws(StaggeredError) in
            try crossSectionCell(sample, group: group, period: t, base: b, horizon: horizon)
        }
        return StaggeredResult(
            effects: effects, groups: groups, periods: periods, unitCohorts: sample.unitCohorts, influence: influence,
            controlGroup: controlGroup, basePeriod: basePeriod, bootstrap: nil,
            estimationMethod: method, covariates: sample.covariateNames, anticipation: anticipation,
            sampleLayout: sample.layout)
    }

    /// One cell: its rows, the ``TwoPeriodCrossSection`` estimate and the influence function
    /// per unit; the counts are of treated and control rows.
    // Long: selects the cell's rows, checks its four subsamples and maps failures to errors.
    private func crossSectionCell(_ sample: StaggeredCrossSections, group: Int, period: Int, base: Int,
                                  horizon: Int) throws(StaggeredError)
        -> CellEstimate {
        var rows: [Int] = [], treated: [Bool] = []
        for row in 0..<sample.observationCount where sample.rowPeriods[row] == period || sample.rowPeriods[row] == base {
            let c = sample.unitCohorts[sample.rowUnits[row]]
            guard c == group || isControl(cohort: c, group: group, horizon: horizon) else { continue }
            rows.append(row)
            treated.append(c == group)
        }
        let post = rows.map { sample.rowPeriods[$0] == period }
        for (isTreated, isPost) in [(true, true), (true, false), (false, true), (false, false)]
        where !rows.indices.contains(where: { treated[$0] == isTreated && post[$0] == isPost }) {
            throw .noControlUnits(group: group, period: sample.periods[period])
        }
        let k = sample.covariateNames.count
        var design = Matrix(rows: rows.count, columns: k + 1, repeating: 1)
        for (r, row) in rows.enumerated() {
            for j in 0..<k { design[r, j + 1] = sample.covariateValues[row * k + j] }
        }
        let comparison = TwoPeriodCrossSection(outcome: rows.map { sample.outcomes[$0] }, post: post,
                                               treated: treated, design: design)
        let cell: (att: Double, influence: [Double])
        do {
            cell = try comparison.estimate(method)
        } catch {
            throw error.staggeredError(group: group, period: sample.periods[period])
        }
        let scale = Double(sample.unitCount) / Double(rows.count)
        var influence = [Double](repeating: 0, count: sample.unitCount)
        for (r, row) in rows.enumerated() { influence[sample.rowUnits[row]] += scale * cell.influence[r] }
        let treatedCount = treated.filter { $0 }.count
        return (cell.att, influence, treatedCount, rows.count - treatedCount)
    }
}

extension CallawaySantAnna {
    /// What ``estimateCrossSections(_:id:time:cohort:outcome:covariates:layout:bootstrap:cluster:)``
    /// gives: the result, or the panel an unbalanced layout turned out to be (balanced, so it
    /// is fitted as a panel, as `did` does; built once, by the balance test itself).
    enum CrossSectionEstimate {
        /// Estimated as repeated cross-sections (or an unbalanced panel followed by firm).
        case estimated(StaggeredResult)
        /// The unbalanced layout's table is a balanced panel: this one.
        case balancedPanel(StaggeredPanel)
    }

    /// ``estimate(_:id:time:cohort:outcome:covariates:dropsIncompleteUnits:bootstrap:cluster:layout:)``
    /// for repeated cross-sections or an unbalanced panel; ``CrossSectionEstimate/balancedPanel(_:)``
    /// when an unbalanced panel turns out balanced.
    func estimateCrossSections(_ table: Table, id: String, time: String, cohort: String, outcome: String,
                               covariates: [String], layout: StaggeredSampleLayout,
                               bootstrap: StaggeredMultiplierBootstrap?,
                               cluster: String?) throws(StaggeredError) -> CrossSectionEstimate {
        if layout == .unbalancedPanel {
            do {
                return .balancedPanel(try StaggeredPanel(table: table, id: id, time: time, cohort: cohort,
                                                         outcome: outcome, covariates: covariates))
            } catch {
                guard case .unbalancedPanel = error else { throw error }
            }
        }
        if let cluster { throw .clusteringNeedsBalancedPanel(column: cluster) }
        let sample = try StaggeredCrossSections(table: table, id: id, time: time, cohort: cohort, outcome: outcome,
                                                covariates: covariates, followsUnits: layout == .unbalancedPanel)
        let result = try fit(sample, bootstrapRoom: bootstrap != nil)
        guard let bootstrap else { return .estimated(result) }
        return .estimated(try StaggeredResult.bootstrapping(consume result, bootstrap, clusters: nil))
    }
}
