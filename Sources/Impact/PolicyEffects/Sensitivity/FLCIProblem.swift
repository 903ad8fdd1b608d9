/// The quantities of the FLCI optimisation in the cumulative-weight coordinates z
/// (z_k = w_1 + … + w_k, z_K = Σ_t t·l_t fixed): l_pre = D²z with D the first-difference
/// matrix (D = L⁻¹, L the lower-triangular matrix of ones), so that
/// σ²(z) = zᵀPz + 2pᵀz + l ᵀΣ_post l with P = (D²)ᵀΣ_pre D², p = (D²)ᵀΣ_pre,post l.
struct FLCIProblem {
    let pre: Int
    let quadratic: [[Double]]
    let linear: [Double]
    let constant: Double
    let lastWeight: Double
    let biasConstant: Double
    let transform: [[Double]]
    let coefficients: EventStudyCoefficients
    let targetWeights: [Double]

    init(_ coefficients: EventStudyCoefficients, weights l: [Double]) {
        let k = coefficients.preperiodCount, t = l.count
        pre = k
        self.coefficients = coefficients
        targetWeights = l
        let sigma = DenseAlgebra.rows(coefficients.covariance)
        // D² (second differences of the cumulative sums): row i has 1 at i, −2 at i−1, 1 at i−2.
        var g = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for i in 0..<k {
            g[i][i] = 1
            if i >= 1 { g[i][i - 1] = -2 }
            if i >= 2 { g[i][i - 2] = 1 }
        }
        transform = g
        let sigmaPre: [[Double]] = (0..<k).map { i in Array(sigma[i][0..<k]) }
        var crossL = [Double](repeating: 0, count: k)
        for i in 0..<k { for b in 0..<t { crossL[i] += sigma[i][k + b] * l[b] } }
        let gT: [[Double]] = (0..<k).map { a in g.map { $0[a] } }
        let sigmaG: [[Double]] = (0..<k).map { i in DenseAlgebra.times(gT, sigmaPre[i]) }
        quadratic = (0..<k).map { a in (0..<k).map { b in
            var sum = 0.0
            for i in 0..<k { sum += g[i][a] * sigmaG[i][b] }
            return sum
        } }
        linear = DenseAlgebra.times(gT, crossL)
        var variancePost = 0.0
        for a in 0..<t { for b in 0..<t { variancePost += l[a] * sigma[k + a][k + b] * l[b] } }
        constant = variancePost
        var last = 0.0
        for a in 0..<t { last += Double(a + 1) * l[a] }
        lastWeight = last
        var biasSum = 0.0
        for s in 1...t {
            var inner = 0.0
            for j in 1...s { inner += Double(j) * l[t - s + j - 1] }
            biasSum += abs(inner)
        }
        biasConstant = biasSum - last
    }

    /// The minimum-bias point: z = (0, …, 0, Σ t·l_t).
    var minimumBiasPoint: [Double] { (0..<pre).map { $0 == pre - 1 ? lastWeight : 0 } }

    /// σ²(z).
    func variance(_ z: [Double]) -> Double {
        DenseAlgebra.dot(z, DenseAlgebra.times(quadratic, z)) + 2 * DenseAlgebra.dot(linear, z) + constant
    }

    /// Worst-case bias per unit of M: c_l + Σ_k |z_k|.
    func bias(_ z: [Double]) -> Double { biasConstant + z.reduce(0) { $0 + abs($1) } }

    /// θ̂ = l_preᵀβ̂_pre + lᵀβ̂_post for the weights z.
    func estimate(_ z: [Double]) -> Double {
        let lPre = DenseAlgebra.times(transform, z)
        let beta = coefficients.estimates
        return (0..<pre).reduce(0) { $0 + lPre[$1] * beta[$1] }
            + targetWeights.indices.reduce(0) { $0 + targetWeights[$1] * beta[pre + $1] }
    }

    /// argmin over z_1 … z_{K−1} of Σ|z_k| + μ·σ²(z), by cyclic coordinate descent with
    /// soft thresholding (exact per coordinate; converged when no coordinate moves by
    /// more than 1e-13 of the largest weight).
    func weights(mu: Double) -> [Double] {
        var z = minimumBiasPoint
        guard pre > 1 else { return z }
        for _ in 0..<20_000 {
            var largestMove = 0.0
            for k in 0..<(pre - 1) {
                let a = mu * quadratic[k][k]
                guard a > 0 else { continue }
                let rest = (0..<pre).reduce(linear[k]) { $1 == k ? $0 : $0 + quadratic[k][$1] * z[$1] }
                let b = 2 * mu * rest
                let updated = abs(b) <= 1 ? 0 : -(b - (b > 0 ? 1 : -1)) / (2 * a)
                largestMove = max(largestMove, abs(updated - z[k]))
                z[k] = updated
            }
            if largestMove <= 1e-13 * max(1, z.map(abs).max() ?? 1) { break }
        }
        return z
    }
}
