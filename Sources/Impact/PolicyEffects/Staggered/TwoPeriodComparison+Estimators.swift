extension TwoPeriodComparison {
    /// Outcome regression (`reg_did_panel`): ATT = mean over D of (Δy − μ(x)), with the
    /// OLS estimation effect n·(1 − D)(Δy − μ)·x'(X₀'X₀)⁻¹·E[D·x] in its influence function.
    func regressionEstimate(_ outcome: TwoPeriodDesign.SubsetRegression) -> (att: Double, influence: [Double]) {
        let m = change.count
        let d = treated.map { $0 ? 1.0 : 0.0 }
        let meanD = d.reduce(0, +) / Double(m)
        let etaTreated = (0..<m).reduce(0) { $0 + d[$1] * change[$1] } / Double(m) / meanD
        let etaControl = (0..<m).reduce(0) { $0 + d[$1] * outcome.fitted[$1] } / Double(m) / meanD
        let olsTerm = olsEffect(outcome, moments: cellDesign.weightedMeans(d))
        let influence = (0..<m).map { i in
            let treatedPart = (d[i] * change[i] - d[i] * etaTreated) / meanD
            let controlPart = (d[i] * outcome.fitted[i] - d[i] * etaControl + olsTerm[i]) / meanD
            return treatedPart - controlPart
        }
        return (etaTreated - etaControl, influence)
    }

    /// Doubly robust (`drdid_panel`) or normalised IPW (`std_ipw_did_panel`, no outcome
    /// regression: μ = 0) estimate and influence function.
    func weightingEstimate(_ propensity: TwoPeriodDesign.PropensityScore, outcome: TwoPeriodDesign.SubsetRegression?,
                           fitted: [Double]) -> (att: Double, influence: [Double]) {
        let m = change.count, size = Double(m)
        let p = propensity.probabilities
        let d = treated.map { $0 ? 1.0 : 0.0 }
        let kept = (0..<m).map { i in treated[i] || p[i] < TwoPeriodDesign.trimmingLevel ? 1.0 : 0.0 }
        let wTreated = (0..<m).map { kept[$0] * d[$0] }
        let wControl = (0..<m).map { kept[$0] * p[$0] * (1 - d[$0]) / (1 - p[$0]) }
        let residual = (0..<m).map { change[$0] - fitted[$0] }
        let meanTreated = wTreated.reduce(0, +) / size, meanControl = wControl.reduce(0, +) / size
        let etaTreated = (0..<m).reduce(0) { $0 + wTreated[$1] * residual[$1] } / size / meanTreated
        let etaControl = (0..<m).reduce(0) { $0 + wControl[$1] * residual[$1] } / size / meanControl
        // Logit estimation effect: (D − p)·x'·n(X'WX)⁻¹·E[w₀(Δy − μ − η₀)x].
        let scoreMoments = cellDesign.weightedMeans((0..<m).map { wControl[$0] * (residual[$0] - etaControl) })
        let logitTerm = cellDesign.logitEffect(propensity, treated: treated, moments: scoreMoments)
        let zero = [Double](repeating: 0, count: m)
        let treatedOLS = outcome.map { olsEffect($0, moments: cellDesign.weightedMeans(wTreated)) } ?? zero
        let controlOLS = outcome.map { olsEffect($0, moments: cellDesign.weightedMeans(wControl)) } ?? zero
        let influence = (0..<m).map { i in
            let treatedPart = (wTreated[i] * residual[i] - wTreated[i] * etaTreated - treatedOLS[i]) / meanTreated
            let controlPart = (wControl[i] * residual[i] - wControl[i] * etaControl + logitTerm[i] - controlOLS[i])
                / meanControl
            return treatedPart - controlPart
        }
        return (etaTreated - etaControl, influence)
    }

    /// The OLS's linear representation times `moments`:
    /// n·(1 − D_i)(Δy_i − μ_i)·x_i'(X₀'X₀)⁻¹·moments, for every firm i.
    func olsEffect(_ outcome: TwoPeriodDesign.SubsetRegression, moments: [Double]) -> [Double] {
        cellDesign.olsEffect(outcome, response: change, moments: moments)
    }
}
