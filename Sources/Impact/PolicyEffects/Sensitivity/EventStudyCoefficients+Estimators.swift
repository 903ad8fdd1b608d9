extension EventStudyCoefficients {
    /// The dynamic two-way fixed-effects coefficients of an event study with their block of
    /// the regression covariance (the event study's `--vcov`, clustered by firm by default).
    ///
    /// - Throws: ``SensitivityError`` when the reference is not e = −1, an event time was
    ///   dropped, or there is no pre- or post-period coefficient.
    public init(eventStudy: EventStudyResult) throws(SensitivityError) {
        let regression = eventStudy.regression
        var position: [String: Int] = [:]
        for (index, coefficient) in regression.coefficients.enumerated() { position[coefficient.term] = index }
        let points = eventStudy.eventTimes.filter { !$0.isReference }
        var indices: [Int] = []
        for point in points {
            guard let term = point.term, let index = position[term] else { throw .nonFiniteEstimate(eventTime: point.eventTime) }
            indices.append(index)
        }
        try self.init(points: eventStudy.eventTimes, reference: eventStudy.specification.reference) { a, b in
            regression.covariance[indices[a], indices[b]]
        }
    }

    /// The Callaway–Sant'Anna dynamic aggregation (event-time effects) with the covariance
    /// of their influence functions, V_ab = Σ_i IF_a,i IF_b,i / n² (the analytic variance of
    /// `did`; with a bootstrap the point estimates are the same and the covariance stays
    /// analytic).
    ///
    /// - Throws: ``SensitivityError/needsUniversalBasePeriod`` unless the base period is
    ///   universal (as HonestDiD requires), and the checks of ``init(eventTimes:estimates:covariance:)``.
    public init(staggered: StaggeredResult) throws(SensitivityError) {
        guard staggered.basePeriod == .universal else { throw .needsUniversalBasePeriod }
        let dynamic = staggered.dynamicEventTimeInfluence().filter { $0.eventTime != -1 }
        let n = Double(staggered.unitCount)
        var covariance = Matrix(rows: dynamic.count, columns: dynamic.count)
        for a in dynamic.indices {
            for b in a..<dynamic.count {
                let value = DenseAlgebra.dot(dynamic[a].influence, dynamic[b].influence) / (n * n)
                covariance[a, b] = value
                covariance[b, a] = value
            }
        }
        try self.init(eventTimes: dynamic.map(\.eventTime), estimates: dynamic.map(\.att), covariance: covariance)
    }
}

extension EventStudyCoefficients {
    /// The Sun–Abraham interaction-weighted event-time estimates with their covariance by
    /// the delta method, weights held fixed (as their standard errors):
    /// Cov(β̂_e, β̂_e') = Σ_a Σ_b w_a w_b Cov(b̂_a, b̂_b) over the cohort cells of e and e'.
    ///
    /// - Throws: ``SensitivityError`` as ``init(eventStudy:)``.
    public init(sunAbraham: SunAbrahamResult, reference: Int) throws(SensitivityError) {
        let regression = sunAbraham.regression
        var position: [String: Int] = [:]
        for (index, coefficient) in regression.coefficients.enumerated() { position[coefficient.term] = index }
        let parts: [[(index: Int, weight: Double)]] = sunAbraham.eventTimes.filter { !$0.isReference }.map { point in
            sunAbraham.cohortEffects.filter { $0.eventTime == point.eventTime }.compactMap { cell in
                position[cell.term].map { (index: $0, weight: cell.weight) }
            }
        }
        try self.init(points: sunAbraham.eventTimes, reference: reference) { a, b in
            var sum = 0.0
            for left in parts[a] {
                for right in parts[b] { sum += left.weight * right.weight * regression.covariance[left.index, right.index] }
            }
            return sum
        }
    }
}
