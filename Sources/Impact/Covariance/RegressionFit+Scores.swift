extension RegressionFit {
    /// Scores `uᵢ = wᵢ eᵢ zᵢ`, one row per observation.
    var scores: Matrix {
        let z = workingDesign
        let n = z.rows
        var scores = z
        for i in 0..<n {
            let scale = (weights?[i] ?? 1) * residuals[i]
            for j in 0..<z.columns { scores.storage[i + j * n] *= scale }
        }
        return scores
    }
}
