extension TwoPeriodCrossSection {
    /// Outcome regression (`reg_did_rc`): ATT = Ȳ_{D=1,post} − Ȳ_{D=1,pre} − E[D(μ₀₁ − μ₀₀)]/E[D],
    /// with the estimation effects of both control regressions.
    func regressionEstimate() throws(TwoPeriodDesign.Failure) -> (att: Double, influence: [Double]) {
        let m = outcome.count
        let d = treated.map { $0 ? 1.0 : 0.0 }, s = post.map { $0 ? 1.0 : 0.0 }
        let pre = try regression((0..<m).map { !treated[$0] && !post[$0] })
        let later = try regression((0..<m).map { !treated[$0] && post[$0] })
        let wPre = (0..<m).map { d[$0] * (1 - s[$0]) }, wPost = (0..<m).map { d[$0] * s[$0] }
        let meanPre = Self.mean(wPre), meanPost = Self.mean(wPost), meanD = Self.mean(d)
        let etaPre = Self.mean((0..<m).map { wPre[$0] * outcome[$0] }) / meanPre
        let etaPost = Self.mean((0..<m).map { wPost[$0] * outcome[$0] }) / meanPost
        let control = (0..<m).map { d[$0] * (later.fitted[$0] - pre.fitted[$0]) }
        let etaControl = Self.mean(control) / meanD
        let moments = cellDesign.weightedMeans(d)
        let postEffect = olsEffect(later, moments: moments), preEffect = olsEffect(pre, moments: moments)
        let influence = (0..<m).map { i in
            let treatedPre = (wPre[i] * outcome[i] - wPre[i] * etaPre) / meanPre
            let treatedPost = (wPost[i] * outcome[i] - wPost[i] * etaPost) / meanPost
            let controlPart = (control[i] - d[i] * etaControl + postEffect[i] - preEffect[i]) / meanD
            return treatedPost - treatedPre - controlPart
        }
        return (etaPost - etaPre - etaControl, influence)
    }

    /// The four trimmed weights of the weighting estimators: treated before and after,
    /// controls (p/(1 − p)) before and after.
    func weights(_ score: TwoPeriodDesign.PropensityScore)
        -> (treatedPre: [Double], treatedPost: [Double], controlPre: [Double], controlPost: [Double]) {
        let p = score.probabilities
        let kept = outcome.indices.map { treated[$0] || p[$0] < TwoPeriodDesign.trimmingLevel ? 1.0 : 0.0 }
        let d = treated.map { $0 ? 1.0 : 0.0 }, s = post.map { $0 ? 1.0 : 0.0 }
        let odds = outcome.indices.map { kept[$0] * p[$0] * (1 - d[$0]) / (1 - p[$0]) }
        return (outcome.indices.map { kept[$0] * d[$0] * (1 - s[$0]) }, outcome.indices.map { kept[$0] * d[$0] * s[$0] },
                outcome.indices.map { odds[$0] * (1 - s[$0]) }, outcome.indices.map { odds[$0] * s[$0] })
    }

    /// The normalised weighted mean of `values` under weight `w` and its influence
    /// function w_i(v_i − mean)/E[w].
    static func normalised(_ w: [Double], _ values: [Double]) -> (mean: Double, influence: [Double]) {
        let scale = mean(w)
        let estimate = mean(w.indices.map { w[$0] * values[$0] }) / scale
        return (estimate, w.indices.map { w[$0] * (values[$0] - estimate) / scale })
    }

    /// Normalised IPW (`std_ipw_did_rc`).
    func weightingEstimate() throws(TwoPeriodDesign.Failure) -> (att: Double, influence: [Double]) {
        let score = try cellDesign.propensityScore(of: treated)
        let w = weights(score)
        let tPre = Self.normalised(w.treatedPre, outcome), tPost = Self.normalised(w.treatedPost, outcome)
        let cPre = Self.normalised(w.controlPre, outcome), cPost = Self.normalised(w.controlPost, outcome)
        let mPre = cellDesign.weightedMeans(outcome.indices.map { w.controlPre[$0] * (outcome[$0] - cPre.mean) })
            .map { $0 / Self.mean(w.controlPre) }
        let mPost = cellDesign.weightedMeans(outcome.indices.map { w.controlPost[$0] * (outcome[$0] - cPost.mean) })
            .map { $0 / Self.mean(w.controlPost) }
        let logit = logitEffect(score, moments: zip(mPost, mPre).map { $0 - $1 })
        let influence = outcome.indices.map { i in
            (tPost.influence[i] - tPre.influence[i]) - (cPost.influence[i] - cPre.influence[i] + logit[i])
        }
        return ((tPost.mean - tPre.mean) - (cPost.mean - cPre.mean), influence)
    }
}
