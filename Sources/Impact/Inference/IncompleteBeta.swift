import Foundation

/// The regularized incomplete beta function `I_x(a, b)`, the building block of the Student
/// t and F distribution functions.
///
/// `I_x(a, b) = B(x; a, b) / B(a, b)`. It is evaluated with the continued fraction of
/// Numerical Recipes (§6.4) in the modified Lentz form, on whichever of `I_x(a, b)` and
/// `1 − I_{1−x}(b, a)` converges fast (`x < (a + 1)/(a + b + 2)`). The complement `1 − x`
/// is passed in separately so callers can supply it without cancellation (for the t
/// distribution `1 − x = t²/(ν + t²)`). Relative accuracy is about 1e-13 for moderate
/// parameters; the prefactor uses `lgamma`, which loses a few more digits when `a + b`
/// exceeds about 1e5.
enum IncompleteBeta {
    /// Convergence threshold of the continued fraction.
    static let epsilon = 1e-16
    /// Smallest magnitude allowed in the Lentz recursion (avoids division by zero).
    static let tiny = 1e-300
    /// Iteration cap of the continued fraction (it needs about `√max(a, b)` terms).
    static let maxIterations = 100_000

    /// `I_x(a, b)` given both `x` and `1 − x`.
    static func regularized(x: Double, complement: Double, a: Double, b: Double) -> Double {
        precondition(a > 0 && b > 0, "incomplete beta needs positive parameters")
        if x <= 0 { return 0 }
        if complement <= 0 { return 1 }
        let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log(complement)
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * continuedFraction(x: x, complement: complement, a: a, b: b) / a
        }
        return 1 - exp(logFront) * continuedFraction(x: complement, complement: x, a: b, b: a) / b
    }

    /// The continued fraction for `I_x(a, b)` (modified Lentz).
    private static func continuedFraction(x: Double, complement: Double, a: Double, b: Double) -> Double {
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...maxIterations {
            let mm = Double(m), m2 = 2 * mm
            var aa = mm * (b - mm) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + mm) * (qab + mm) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < epsilon { break }
        }
        return h
    }
}
