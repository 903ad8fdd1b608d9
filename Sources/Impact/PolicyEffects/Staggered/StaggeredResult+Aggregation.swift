extension StaggeredResult {
    /// Aggregates the ATT(g,t) cells as `did::aggte(type = …)` does (see
    /// ``StaggeredAggregation`` for the weights).
    ///
    /// Standard errors use the aggregated influence function
    ///
    ///     IF_agg = Σ_k w_k IF_k + Σ_k ATT_k · ∂w_k,
    ///
    /// where the second term (the "wif" of `did`) accounts for estimating the cohort
    /// shares: with keepers K and S = Σ_{k∈K} p_k,
    /// ∂w_ik = (1{G_i = g_k} − p_k)/S − p_k/S² · Σ_{k'∈K} (1{G_i = g_k'} − p_k').
    /// Overall means of components with fixed equal weights (dynamic and calendar overall,
    /// cells within a cohort) add no such term, as in `did` 2.x and `csdid` 0.4.3.
    ///
    /// With the bootstrap, every standard error is the bootstrap's and the components carry
    /// the critical value of a uniform 95 % band over them (`did`'s `cband`).
    public func aggregate(_ kind: StaggeredAggregation) -> StaggeredAggregate {
        let pieces = aggregationPieces(kind)
        let hasComponents = kind != .simple
        if let summary = bootstrapStatistics, let columns = summary.aggregations[kind] {
            let components = zip(pieces.parts, columns.components).map { part, column in
                StaggeredAggregate.Component(key: part.key, att: part.value.att,
                                             standardError: summary.standardError(column))
            }
            return StaggeredAggregate(
                kind: kind, att: pieces.overall.att, standardError: summary.standardError(columns.overall),
                components: components,
                uniformCriticalValue: hasComponents
                    ? summary.uniformCriticalValue(columns.components, level: ConfidenceLevel.standard) : nil)
        }
        return StaggeredAggregate(
            kind: kind, att: pieces.overall.att, standardError: Self.analyticStandardError(pieces.overall.influence),
            components: pieces.parts.map {
                .init(key: $0.key, att: $0.value.att, standardError: Self.analyticStandardError($0.value.influence))
            },
            uniformCriticalValue: nil)
    }

    typealias Part = (key: Int, value: (att: Double, influence: [Double]))

    /// The keys of an aggregation's components, in order: none for
    /// ``StaggeredAggregation/simple``, the event times of the cells (dynamic), the cohorts
    /// (group), the periods from the first cohort on (calendar).
    func componentKeys(_ kind: StaggeredAggregation) -> [Int] {
        switch kind {
        case .simple: []
        case .dynamic: Array(Set(effects.map(\.eventTime))).sorted()
        case .group: groups
        case .calendar: periods.filter { $0 >= (groups.first ?? Int.max) }
        }
    }

    /// The point estimates and influence functions of an aggregation: its overall effect
    /// and its components (one per ``componentKeys(_:)``; none for ``StaggeredAggregation/simple``).
    func aggregationPieces(_ kind: StaggeredAggregation) -> (overall: (att: Double, influence: [Double]), parts: [Part]) {
        let keys = componentKeys(kind)
        switch kind {
        case .simple:
            return (combine(cells: effects.indices.filter { effects[$0].isPostTreatment }), [])
        case .dynamic:
            let parts = keys.map { e in
                (key: e, value: combine(cells: effects.indices.filter { effects[$0].eventTime == e }))
            }
            let post = parts.filter { $0.key >= 0 }
            return (equalWeightMean(atts: post.map(\.value.att), influences: post.map { $0.value.influence[...] }), parts)
        case .group:
            let parts = keys.map { g in
                (key: g, value: mean(cells: effects.indices.filter {
                    effects[$0].group == g && effects[$0].isPostTreatment
                }))
            }
            return (combine(atts: parts.map(\.value.att), influences: parts.map { $0.value.influence[...] }, groups: groups),
                    parts)
        case .calendar:
            let parts = keys.map { t in
                (key: t, value: combine(cells: effects.indices.filter {
                    effects[$0].period == t && effects[$0].isPostTreatment
                }))
            }
            return (equalWeightMean(atts: parts.map(\.value.att), influences: parts.map { $0.value.influence[...] }), parts)
        }
    }

    /// The pieces of one aggregation (``aggregationPieces(_:)``).
    typealias Pieces = (overall: (att: Double, influence: [Double]), parts: [Part])

    /// Appends the influence functions of `pieces` (one per ``StaggeredAggregation/allCases``,
    /// in order; each its overall effect, then its components) after the `cellCount` cell
    /// columns of `storage`, emptying each aggregation's pieces once appended; returns where
    /// each aggregation's columns sit.
    static func appendAggregations(_ pieces: inout [Pieces], to storage: inout [Double], cellCount: Int)
        -> [StaggeredAggregation: StaggeredBootstrapStatistics.AggregationColumns] {
        var layout: [StaggeredAggregation: StaggeredBootstrapStatistics.AggregationColumns] = [:]
        var next = cellCount
        for (index, kind) in StaggeredAggregation.allCases.enumerated() {
            storage += pieces[index].overall.influence
            for part in pieces[index].parts { storage += part.value.influence }
            let partCount = pieces[index].parts.count
            pieces[index] = (overall: (att: 0, influence: []), parts: [])
            layout[kind] = .init(overall: next, components: (next + 1)..<(next + 1 + partCount))
            next += 1 + partCount
        }
        return layout
    }

    /// Column `k` of ``influence`` (cell k's influence function), without a copy.
    private func influenceColumn(_ k: Int) -> ArraySlice<Double> {
        influence.storage[(k * influence.rows)..<((k + 1) * influence.rows)]
    }

    /// Cohort-share-weighted combination of cells, with the share-estimation term.
    private func combine(cells: [Int]) -> (att: Double, influence: [Double]) {
        combine(atts: cells.map { effects[$0].att }, influences: cells.map { influenceColumn($0) },
                groups: cells.map { effects[$0].group })
    }

    /// Plain mean of cells (all of one cohort), without a share-estimation term.
    private func mean(cells: [Int]) -> (att: Double, influence: [Double]) {
        equalWeightMean(atts: cells.map { effects[$0].att }, influences: cells.map { influenceColumn($0) })
    }

    private func equalWeightMean(atts: [Double], influences: [ArraySlice<Double>]) -> (att: Double, influence: [Double]) {
        let weight = 1 / Double(atts.count)
        var combined = [Double](repeating: 0, count: unitCount)
        for column in influences { Self.add(weight, column, to: &combined) }
        return (atts.reduce(0, +) * weight, combined)
    }

    /// `combined[i] += weight · column[i]` for every firm i.
    private static func add(_ weight: Double, _ column: ArraySlice<Double>, to combined: inout [Double]) {
        column.withUnsafeBufferPointer { values in
            combined.withUnsafeMutableBufferPointer { target in
                for i in target.indices { target[i] += weight * values[i] }
            }
        }
    }

    /// Σ_k w_k ATT_k with w_k = p_{g_k}/S, and the influence function including ∂w.
    private func combine(atts: [Double], influences: [ArraySlice<Double>], groups cellGroups: [Int]) -> (att: Double, influence: [Double]) {
        let n = Double(unitCount)
        var shareOf: [Int: Double] = [:]
        for g in Set(cellGroups) { shareOf[g] = Double(cohortSize(g)) / n }
        let shares = cellGroups.map { shareOf[$0]! }
        let total = shares.reduce(0, +)
        let att = zip(atts, shares).reduce(0) { $0 + $1.0 * $1.1 } / total
        var combined = [Double](repeating: 0, count: unitCount)
        for (k, column) in influences.enumerated() { Self.add(shares[k] / total, column, to: &combined) }
        // Share-estimation term: Σ_k ATT_k [(1{G_i=g_k} − p_k)/S − p_k/S² Σ_k' (1{G_i=g_k'} − p_k')].
        let weightedATT = zip(atts, shares).reduce(0) { $0 + $1.0 * $1.1 } / (total * total)
        for i in combined.indices {
            let cohort = unitCohorts[i]
            var direct = 0.0, deviations = 0.0
            for k in atts.indices {
                let deviation = (cohort == cellGroups[k] ? 1 : 0) - shares[k]
                direct += atts[k] * deviation
                deviations += deviation
            }
            combined[i] += direct / total - weightedATT * deviations
        }
        return (att, combined)
    }
}
