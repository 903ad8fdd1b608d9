extension TwoPeriodCrossSection {
    /// The four outcome regressions of the doubly robust estimator: controls and treated,
    /// before and after.
    struct OutcomeFits {
        let controlPre: TwoPeriodDesign.SubsetRegression
        let controlPost: TwoPeriodDesign.SubsetRegression
        let treatedPre: TwoPeriodDesign.SubsetRegression
        let treatedPost: TwoPeriodDesign.SubsetRegression
    }

    /// Locally efficient doubly robust estimator (`drdid_rc`, Sant'Anna–Zhao 2020 eq. 3.4):
    /// the IPW comparison of y − μ_{0,post}(x) plus the correction
    /// (E[D(μ₁₁ − μ₀₁)]/E[D] − E[D·post(μ₁₁ − μ₀₁)]/E[D·post])
    /// − (E[D(μ₁₀ − μ₀₀)]/E[D] − E[D(1 − post)(μ₁₀ − μ₀₀)]/E[D(1 − post)]),
    /// with the influence function of `drdid_rc` (propensity and all four regressions).
    // Long: the estimator's nine influence-function terms, written as drdid_rc writes them.
    func doublyRobustEstimate() throws(TwoPeriodDesign.Failure) -> (att: Double, influence: [Double]) {
        let m = outcome.count
        let score = try cellDesign.propensityScore(of: treated)
        let fits = OutcomeFits(
            controlPre: try regression((0..<m).map { !treated[$0] && !post[$0] }),
            controlPost: try regression((0..<m).map { !treated[$0] && post[$0] }),
            treatedPre: try regression((0..<m).map { treated[$0] && !post[$0] }),
            treatedPost: try regression((0..<m).map { treated[$0] && post[$0] }))
        let w = weights(score)
        let s = post.map { $0 ? 1.0 : 0.0 }
        let controlFit = (0..<m).map { post[$0] ? fits.controlPost.fitted[$0] : fits.controlPre.fitted[$0] }
        let residual = (0..<m).map { outcome[$0] - controlFit[$0] }
        let tPre = Self.normalised(w.treatedPre, residual), tPost = Self.normalised(w.treatedPost, residual)
        let cPre = Self.normalised(w.controlPre, residual), cPost = Self.normalised(w.controlPost, residual)
        let wD = (0..<m).map { w.treatedPre[$0] + w.treatedPost[$0] }
        let gapPost = (0..<m).map { fits.treatedPost.fitted[$0] - fits.controlPost.fitted[$0] }
        let gapPre = (0..<m).map { fits.treatedPre.fitted[$0] - fits.controlPre.fitted[$0] }
        let dPost = Self.normalised(wD, gapPost), dt1Post = Self.normalised(w.treatedPost, gapPost)
        let dPre = Self.normalised(wD, gapPre), dt0Pre = Self.normalised(w.treatedPre, gapPre)
        let att = (tPost.mean - tPre.mean) - (cPost.mean - cPre.mean)
            + (dPost.mean - dt1Post.mean) - (dPre.mean - dt0Pre.mean)
        // Estimation effect of the control regressions on the treated and control terms.
        func scaledMeans(_ weight: [Double], _ factor: [Double]) -> [Double] {
            cellDesign.weightedMeans((0..<m).map { weight[$0] * factor[$0] }).map { -$0 / Self.mean(weight) }
        }
        let treatedOR = zip(olsEffect(fits.controlPost, moments: scaledMeans(w.treatedPost, s)),
                            olsEffect(fits.controlPre, moments: scaledMeans(w.treatedPre, s.map { 1 - $0 })))
            .map { $0 - $1 }
        let controlOR = zip(olsEffect(fits.controlPost, moments: scaledMeans(w.controlPost, s)),
                            olsEffect(fits.controlPre, moments: scaledMeans(w.controlPre, s.map { 1 - $0 })))
            .map { $0 - $1 }
        // Estimation effect of the logit.
        let mPre = cellDesign.weightedMeans((0..<m).map { w.controlPre[$0] * (residual[$0] - cPre.mean) })
            .map { $0 / Self.mean(w.controlPre) }
        let mPost = cellDesign.weightedMeans((0..<m).map { w.controlPost[$0] * (residual[$0] - cPost.mean) })
            .map { $0 / Self.mean(w.controlPost) }
        let logit = logitEffect(score, moments: zip(mPost, mPre).map { $0 - $1 })
        // Estimation effect of all four regressions on the efficiency correction.
        let meanD = Self.mean(wD), meanPost = Self.mean(w.treatedPost), meanPre = Self.mean(w.treatedPre)
        let momentPost = cellDesign.weightedMeans((0..<m).map { wD[$0] / meanD - w.treatedPost[$0] / meanPost })
        let momentPre = cellDesign.weightedMeans((0..<m).map { wD[$0] / meanD - w.treatedPre[$0] / meanPre })
        let orPost = zip(olsEffect(fits.treatedPost, moments: momentPost),
                         olsEffect(fits.controlPost, moments: momentPost)).map { $0 - $1 }
        let orPre = zip(olsEffect(fits.treatedPre, moments: momentPre),
                        olsEffect(fits.controlPre, moments: momentPre)).map { $0 - $1 }
        let influence = (0..<m).map { i in
            let treatedPart = tPost.influence[i] - tPre.influence[i] + treatedOR[i]
            let controlPart = cPost.influence[i] - cPre.influence[i] + logit[i] + controlOR[i]
            let efficiency = (dPost.influence[i] - dt1Post.influence[i]) - (dPre.influence[i] - dt0Pre.influence[i])
            return treatedPart - controlPart + efficiency + (orPost[i] - orPre[i])
        }
        return (att, influence)
    }
}
