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
    public func aggregate(_ kind: StaggeredAggregation) -> StaggeredAggregate {
        switch kind {
        case .simple:
            let overall = combine(cells: effects.indices.filter { effects[$0].isPostTreatment })
            return StaggeredAggregate(kind: kind, att: overall.att,
                                      standardError: standardError(of: overall.influence),
                                      components: [], uniformCriticalValue: nil)
        case .dynamic:
            let eventTimes = Array(Set(effects.map(\.eventTime))).sorted()
            let parts = eventTimes.map { e in
                (key: e, value: combine(cells: effects.indices.filter { effects[$0].eventTime == e }))
            }
            return summarize(kind, parts: parts, overallOf: parts.filter { $0.key >= 0 })
        case .group:
            let parts = groups.map { g in
                (key: g, value: mean(cells: effects.indices.filter {
                    effects[$0].group == g && effects[$0].isPostTreatment
                }))
            }
            let overall = combine(atts: parts.map(\.value.att),
                                  influences: parts.map(\.value.influence), groups: groups)
            return StaggeredAggregate(
                kind: kind, att: overall.att, standardError: standardError(of: overall.influence),
                components: components(parts), uniformCriticalValue: uniformCriticalValue(of: parts.map(\.value.influence)))
        case .calendar:
            let firstCohort = groups.first ?? Int.max
            let parts = periods.filter { $0 >= firstCohort }.map { t in
                (key: t, value: combine(cells: effects.indices.filter {
                    effects[$0].period == t && effects[$0].isPostTreatment
                }))
            }
            return summarize(kind, parts: parts, overallOf: parts)
        }
    }

    private typealias Part = (key: Int, value: (att: Double, influence: [Double]))

    private func components(_ parts: [Part]) -> [StaggeredAggregate.Component] {
        parts.map { .init(key: $0.key, att: $0.value.att, standardError: standardError(of: $0.value.influence)) }
    }

    /// Components plus an overall that is their plain mean (no share estimation term).
    private func summarize(_ kind: StaggeredAggregation, parts: [Part], overallOf chosen: [Part]) -> StaggeredAggregate {
        let overall = equalWeightMean(atts: chosen.map(\.value.att), influences: chosen.map(\.value.influence))
        return StaggeredAggregate(kind: kind, att: overall.att,
                                  standardError: standardError(of: overall.influence),
                                  components: components(parts),
                                  uniformCriticalValue: uniformCriticalValue(of: parts.map(\.value.influence)))
    }

    /// Cohort-share-weighted combination of cells, with the share-estimation term.
    private func combine(cells: [Int]) -> (att: Double, influence: [Double]) {
        combine(atts: cells.map { effects[$0].att }, influences: cells.map { influence.column($0) },
                groups: cells.map { effects[$0].group })
    }

    /// Plain mean of cells (all of one cohort), without a share-estimation term.
    private func mean(cells: [Int]) -> (att: Double, influence: [Double]) {
        equalWeightMean(atts: cells.map { effects[$0].att }, influences: cells.map { influence.column($0) })
    }

    private func equalWeightMean(atts: [Double], influences: [[Double]]) -> (att: Double, influence: [Double]) {
        let weight = 1 / Double(atts.count)
        var combined = [Double](repeating: 0, count: unitCount)
        for column in influences {
            for i in combined.indices { combined[i] += weight * column[i] }
        }
        return (atts.reduce(0, +) * weight, combined)
    }

    /// Σ_k w_k ATT_k with w_k = p_{g_k}/S, and the influence function including ∂w.
    private func combine(atts: [Double], influences: [[Double]], groups cellGroups: [Int]) -> (att: Double, influence: [Double]) {
        let n = Double(unitCount)
        var shareOf: [Int: Double] = [:]
        for g in Set(cellGroups) { shareOf[g] = Double(cohortSize(g)) / n }
        let shares = cellGroups.map { shareOf[$0]! }
        let total = shares.reduce(0, +)
        let att = zip(atts, shares).reduce(0) { $0 + $1.0 * $1.1 } / total
        var combined = [Double](repeating: 0, count: unitCount)
        for (k, column) in influences.enumerated() {
            let weight = shares[k] / total
            for i in combined.indices { combined[i] += weight * column[i] }
        }
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
