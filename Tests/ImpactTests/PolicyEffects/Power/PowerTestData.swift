import Foundation
@testable import Impact

/// Panels with known variance components for the power tests: firm effects, period effects
/// and stationary AR(1) errors, drawn with the shared `SplitMix64`.
enum PowerTestData {
    /// `y = αᵢ + λₜ + uᵢₜ`, `uᵢₜ = ρ uᵢ,ₜ₋₁ + εᵢₜ` started from its stationary law
    /// (variance `1/(1 − ρ²)`), `αᵢ ~ N(0, 4)`, `λₜ = 0.5 t`, `ε` standard normal.
    /// Columns `firm_id` (text, 企业 + number), `year` (from 2015), `revenue`.
    static func ar1Panel(firms: Int, periods: Int, rho: Double, level: Double = 100,
                         generator: inout SplitMix64) throws -> Table {
        var ids: [String?] = [], years: [Double] = [], outcome: [Double] = []
        for firm in 0..<firms {
            let effect = 2 * PolicyTestData.normal(&generator)
            var u = PolicyTestData.normal(&generator) / (1 - rho * rho).squareRoot()
            for t in 0..<periods {
                if t > 0 { u = rho * u + PolicyTestData.normal(&generator) }
                ids.append("企业\(firm)")
                years.append(Double(2015 + t))
                outcome.append(level + effect + 0.5 * Double(t) + u)
            }
        }
        return try Table(columns: [
            ("firm_id", .categorical(CategoricalColumn(ids))),
            ("year", .numeric(NumericColumn(values: years))),
            ("revenue", .numeric(NumericColumn(values: outcome))),
        ])
    }

    /// The exact components of stationary AR(1) errors with innovation variance 1:
    /// `Cov(uₜ, uₛ) = ρ^|t−s| / (1 − ρ²)`, averaged as in ``PowerVarianceComponents``.
    static func ar1Components(rho: Double, pre: Int, post: Int) -> PowerVarianceComponents {
        let periods = pre + post
        var covariance = [Double](repeating: 0, count: periods * periods)
        for t in 0..<periods {
            for s in 0..<periods { covariance[s * periods + t] = pow(rho, Double(abs(t - s))) / (1 - rho * rho) }
        }
        return PowerVarianceComponents(covariance: covariance, pre: pre, post: post)
    }
}
