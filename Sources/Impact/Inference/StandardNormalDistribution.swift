import Foundation

/// The standard normal distribution N(0, 1), for z statistics (logit, influence-function
/// standard errors).
///
/// Tails use `erfc`, so small p-values keep their relative precision:
/// `P(|Z| ≥ z) = erfc(|z|/√2)`. Quantiles start from Acklam's rational approximation
/// (relative error below 1.2e-9) and take two Halley steps on `erfc`, which brings them to
/// about 1e-15.
/// Conventions: two-sided p-values as `2·sf(|z|)`, as in scipy and statsmodels.
public enum StandardNormalDistribution {
    /// Two-sided tail probability `P(|Z| ≥ |z|)`.
    public static func twoSidedPValue(_ z: Double) -> Double {
        z.isNaN ? .nan : erfc(abs(z) / 2.0.squareRoot())
    }

    /// Distribution function Φ(z).
    public static func cumulativeProbability(_ z: Double) -> Double {
        0.5 * erfc(-z / 2.0.squareRoot())
    }

    /// Density φ(z).
    public static func density(_ z: Double) -> Double {
        exp(-0.5 * z * z) / (2 * Double.pi).squareRoot()
    }

    /// The quantile Φ⁻¹(probability), for `0 < probability < 1`.
    public static func quantile(_ probability: Double) -> Double {
        precondition(probability > 0 && probability < 1, "probability must lie in (0, 1)")
        if probability > 0.5 { return -quantile(1 - probability) }
        var x = acklam(probability)
        for _ in 0..<2 {
            // Halley's method on Φ(x) − p, with Φ from erfc (accurate in the lower tail).
            let error = cumulativeProbability(x) - probability
            let u = error / density(x)
            x -= u / (1 + x * u / 2)
        }
        return x
    }

    /// Acklam's approximation of Φ⁻¹(p) for p ≤ 0.5.
    private static func acklam(_ p: Double) -> Double {
        let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                 6.680131188771972e+01, -1.328068155288572e+01]
        let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                 -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                 3.754408661907416e+00]
        if p < 0.02425 {
            let q = (-2 * log(p)).squareRoot()
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        let q = p - 0.5, r = q * q
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    }
}
