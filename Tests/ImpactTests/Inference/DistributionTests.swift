import Testing
@testable import Impact

/// Expected values computed with scipy 1.17.1 (`scipy.stats.t.sf`, `t.ppf`, `t.cdf`,
/// `f.sf`, `f.cdf`, `chi2.sf`), printed with `repr`, on this machine.
@Suite("t, F and chi-squared distributions")
struct DistributionTests {
    @Test("two-sided t p-values")
    func tPValues() {
        // 2 * scipy.stats.t.sf(t, df)
        let cases: [(t: Double, df: Double, p: Double)] = [
            (2.0, 5, 0.10193947882985835), (0.3, 1391, 0.7642219801351562),
            (40.0, 194, 1.196888688718357e-95), (1.0, 1, 0.5000000000000001),
            (0.01, 3, 0.992649111412852),
        ]
        for c in cases {
            let p = StudentTDistribution(degreesOfFreedom: c.df).twoSidedPValue(c.t)
            #expect(abs(p - c.p) <= 1e-12 * max(c.p, 1e-300) || abs(p - c.p) < 1e-15, "t=\(c.t) df=\(c.df): \(p) vs \(c.p)")
        }
        // scipy.stats.t.cdf(-1.7, 12)
        #expect(abs(StudentTDistribution(degreesOfFreedom: 12).cumulativeProbability(-1.7) - 0.057439932697604626) < 1e-14)
    }

    @Test("t quantiles")
    func tQuantiles() {
        // scipy.stats.t.ppf(p, df)
        let cases: [(p: Double, df: Double, q: Double)] = [
            (0.975, 496, 1.9647582832370238), (0.975, 24, 2.0638985616280245),
            (0.975, 2.5, 3.5746548420036817), (0.995, 1, 63.656741162871526),
        ]
        for c in cases {
            let q = StudentTDistribution(degreesOfFreedom: c.df).quantile(c.p)
            #expect(abs(q - c.q) / c.q < 1e-12, "p=\(c.p) df=\(c.df): \(q) vs \(c.q)")
            #expect(abs(StudentTDistribution(degreesOfFreedom: c.df).quantile(1 - c.p) + c.q) / c.q < 1e-12)
        }
    }

    @Test("F tail and distribution function")
    func fDistribution() {
        // scipy.stats.f.sf(231.97014621934073, 3, 496), f.sf(2.5, 4, 30), f.cdf(0.7, 2, 7.5)
        let tail = FDistribution(numeratorDegrees: 3, denominatorDegrees: 496).survivalProbability(231.97014621934073)
        #expect(abs(tail - 5.071646808773147e-94) / 5.071646808773147e-94 < 1e-10)
        #expect(abs(FDistribution(numeratorDegrees: 4, denominatorDegrees: 30).survivalProbability(2.5) - 0.0634764397982508) < 1e-13)
        #expect(abs(FDistribution(numeratorDegrees: 2, denominatorDegrees: 7.5).cumulativeProbability(0.7) - 0.47365898600711753) < 1e-13)
    }

    @Test("chi-squared tail on both branches (series below a + 1, continued fraction above)")
    func chiSquaredTail() {
        // scipy 1.17.1: scipy.stats.chi2.sf(x, k). With a = k/2 and z = x/2, (0.5, 3) and
        // (7.5, 12) take the series, the others the continued fraction.
        let cases: [(x: Double, k: Double, p: Double)] = [
            (0.5, 3, 0.9188914116546758), (12.0, 4, 0.01735126523666451),
            (7.5, 12, 0.822882827017686), (60.0, 30, 0.0009206823961486636),
            (25.0, 5, 0.0001393337911856263),
        ]
        for c in cases {
            let p = ChiSquaredDistribution(degreesOfFreedom: c.k).survivalProbability(c.x)
            #expect(abs(p - c.p) <= 1e-12 * c.p, "x=\(c.x) k=\(c.k): \(p) vs \(c.p)")
        }
    }
}
