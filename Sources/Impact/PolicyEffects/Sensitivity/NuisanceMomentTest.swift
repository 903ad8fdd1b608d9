import Foundation

/// The conditional / least-favourable hybrid test of Andrews, Roth and Pakes (2023) for
/// moment inequalities with a linear nuisance parameter:
///
///     H₀: there is δ with E[y] − X δ ≤ 0,   y ~ N(μ, Σ),
///
/// through the statistic η̂ = min_{η,δ} η subject to y − X δ ≤ η·σ (σ the standard deviations
/// of y), computed from its dual η̂ = max_λ λᵀy subject to λ ≥ 0, λᵀσ = 1, Xᵀλ = 0.
///
/// The hybrid rejects when η̂ exceeds the least-favourable critical value c_LF (the
/// 1 − κ quantile of η̂ under μ = 0, simulated); otherwise it applies the conditional test
/// of size (α − κ)/(1 − κ): η̂/σ_B against a normal truncated to [v_lo, min(v_up, c_LF)]/σ_B.
/// The truncation bounds come in closed form from the binding moments when the optimal λ
/// has k + 1 positive entries and X_B has full rank, and otherwise from the dual by
/// bisection (as `.vlo_vup_dual_fn`).
///
/// Conventions: HonestDiD's `.lp_conditional_test_fn` with `hybrid_flag = "LF"`; tolerances
/// 1e-6 on λ and on the dual equality, bisection to 1e-6.
struct NuisanceMomentTest {
    /// X (M × k).
    let nuisance: [[Double]]
    /// Σ (M × M).
    let covariance: [[Double]]
    /// σ = √diag Σ.
    let standardDeviations: [Double]
    /// α and κ.
    let alpha: Double, kappa: Double
    /// c_LF.
    let leastFavorableCriticalValue: Double

    /// Sets up the test and simulates c_LF with `simulations` draws of N(0, Σ).
    init(nuisance: [[Double]], covariance: [[Double]], alpha: Double, kappa: Double,
         simulations: Int, seed: UInt64) {
        self.nuisance = nuisance
        self.covariance = covariance
        self.standardDeviations = covariance.indices.map { covariance[$0][$0].squareRoot() }
        self.alpha = alpha
        self.kappa = kappa
        let factor = DenseAlgebra.covarianceFactor(covariance)
        var draws = GaussianDraws(seed: seed)
        var statistics: [Double] = []
        statistics.reserveCapacity(simulations)
        let program = DualProgram(nuisance: nuisance, standardDeviations: standardDeviations)
        for _ in 0..<simulations {
            if let value = program.solve(draws.next(factor: factor))?.value { statistics.append(value) }
        }
        leastFavorableCriticalValue = DenseAlgebra.quantile(sorted: statistics.sorted(), 1 - kappa)
    }

    /// Whether H₀ is rejected at y. A dual program that fails does not reject (as HonestDiD).
    func rejects(_ y: [Double]) -> Bool {
        let program = DualProgram(nuisance: nuisance, standardDeviations: standardDeviations)
        guard let solution = program.solve(y) else { return false }
        let eta = solution.value, lambda = solution.point
        if eta > leastFavorableCriticalValue { return true }
        let k = nuisance.first?.count ?? 0
        let binding = lambda.indices.filter { lambda[$0] > 1e-6 }
        let bindingRows = binding.map { nuisance[$0] }
        let fullRank = !binding.isEmpty && k > 0 && DenseAlgebra.rank(bindingRows) == min(binding.count, k)
        let bounds: (low: Double, up: Double, sd: Double)?
        if binding.count == k + 1 && fullRank {
            bounds = primalBounds(y, binding: binding)
        } else {
            let variance = DenseAlgebra.dot(lambda, DenseAlgebra.times(covariance, lambda))
            if abs(variance) < Double.ulpOfOne { return eta > 0 }
            bounds = dualBounds(y, eta: eta, gamma: lambda, variance: variance, program: program)
        }
        guard let bounds else { return false }
        return conditionalRejects(eta: eta, bounds: bounds)
    }

    /// The conditional step: η̂/σ_B against N(0,1) truncated to [v_lo, min(v_up, c_LF)]/σ_B.
    private func conditionalRejects(eta: Double, bounds: (low: Double, up: Double, sd: Double)) -> Bool {
        let statistic = eta / bounds.sd
        let low = bounds.low / bounds.sd, up = min(bounds.up, leastFavorableCriticalValue) / bounds.sd
        guard low <= statistic, statistic <= up else { return false }
        let size = (alpha - kappa) / (1 - kappa)
        let critical = max(0, TruncatedNormal.quantile(1 - size, lower: low, upper: up))
        return statistic > critical
    }

    /// Truncation bounds from the k + 1 binding moments B (ARP's closed form):
    /// v_B = (e₁ᵀ W_B⁻¹ S_B)ᵀ with W_B = [σ_B, X_B], Γ_B = W_Bc W_B⁻¹ S_B − S_Bc,
    /// ρ = Γ_B Σ v_B / σ²_B; v_lo = max over ρ > 0 and v_up = min over ρ < 0 of
    /// −(Γ_B y)/ρ + v_Bᵀy.
    private func primalBounds(_ y: [Double], binding: [Int]) -> (low: Double, up: Double, sd: Double)? {
        let m = y.count, size = binding.count
        let wB = binding.map { [standardDeviations[$0]] + nuisance[$0] }
        // Rows of W_B⁻¹: solve W_Bᵀ r = e_j for each needed row; only the first and the products.
        let wBTransposed = (0..<size).map { j in wB.map { $0[j] } }
        guard let firstRow = DenseAlgebra.solve(wBTransposed, (0..<size).map { $0 == 0 ? 1 : 0 }) else { return nil }
        var vB = [Double](repeating: 0, count: m)
        for (position, row) in binding.enumerated() { vB[row] = firstRow[position] }
        let variance = DenseAlgebra.dot(vB, DenseAlgebra.times(covariance, vB))
        guard variance > 0 else { return nil }
        let sigmaV = DenseAlgebra.times(covariance, vB)
        let vy = DenseAlgebra.dot(vB, y)
        var low = -Double.infinity, up = Double.infinity
        let bindingSet = Set(binding)
        for row in 0..<m where !bindingSet.contains(row) {
            // Row of W_Bc W_B⁻¹ S_B − e_row: coefficients on the binding moments, −1 on `row`.
            let wRow = [standardDeviations[row]] + nuisance[row]
            guard let coefficients = DenseAlgebra.solve(wBTransposed, wRow) else { return nil }
            var gammaY = -y[row], gammaSigmaV = -sigmaV[row]
            for (position, b) in binding.enumerated() {
                gammaY += coefficients[position] * y[b]
                gammaSigmaV += coefficients[position] * sigmaV[b]
            }
            let rho = gammaSigmaV / variance
            let value = -gammaY / rho + vy
            if rho > 0 { low = max(low, value) } else if rho < 0 { up = min(up, value) }
        }
        return (low, up, variance.squareRoot())
    }
}
