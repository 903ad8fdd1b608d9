extension StaggeredResult {
    /// The dynamic aggregation's event-time effects with their influence functions (one
    /// value per firm), as ``aggregate(_:)`` with `.dynamic` weighs them: cells of event time
    /// e combined with cohort-share weights w_k = p_{g_k}/S, plus the share-estimation term
    ///
    ///     Σ_k ATT_k [(1{G_i = g_k} − p_k)/S − p_k/S² Σ_k' (1{G_i = g_k'} − p_k')].
    ///
    /// The estimates equal the dynamic aggregation's components; the influence functions
    /// give their joint covariance (which ``StaggeredAggregate`` does not carry).
    func dynamicEventTimeInfluence() -> [(eventTime: Int, att: Double, influence: [Double])] {
        let n = Double(unitCount)
        var sizes: [Int: Double] = [:]
        for cohort in unitCohorts { sizes[cohort, default: 0] += 1 }
        return Array(Set(effects.map(\.eventTime))).sorted().map { e in
            let cells = effects.indices.filter { effects[$0].eventTime == e }
            let shares = cells.map { (sizes[effects[$0].group] ?? 0) / n }
            let total = shares.reduce(0, +)
            let atts = cells.map { effects[$0].att }
            let att = zip(atts, shares).reduce(0) { $0 + $1.0 * $1.1 } / total
            var combined = [Double](repeating: 0, count: unitCount)
            for (k, cell) in cells.enumerated() {
                let weight = shares[k] / total
                let column = influence.column(cell)
                for i in combined.indices { combined[i] += weight * column[i] }
            }
            let weightedATT = zip(atts, shares).reduce(0) { $0 + $1.0 * $1.1 } / (total * total)
            for i in combined.indices {
                var direct = 0.0, deviations = 0.0
                for (k, cell) in cells.enumerated() {
                    let deviation = (unitCohorts[i] == effects[cell].group ? 1 : 0) - shares[k]
                    direct += atts[k] * deviation
                    deviations += deviation
                }
                combined[i] += direct / total - weightedATT * deviations
            }
            return (e, att, combined)
        }
    }
}
