/// Covariate balance before and after weighting or matching: means by group and
/// standardized mean differences (SMD).
///
///     SMD = (x̄_treated − x̄_control) / sqrt((s²_treated + s²_control)/2)
///
/// with s² the sample variances (denominator n − 1) of the unadjusted groups. The same
/// denominator is used before and after adjustment, so the change in SMD reflects only the
/// change in means. |SMD| below 0.1 is the usual mark of good balance.
///
/// Conventions: Austin (2009), R `cobalt` with `s.d.denom = "pooled"`. Adjusted means are
/// weighted means: treated units on the support (weight 1; matched treated only after
/// matching) and controls with their IPW weights p/(1 − p) or matching weights (the number
/// of times used, each match counting 1/number of matches of its treated unit).
public struct PropensityBalanceTable: Sendable, Equatable {
    /// Balance of one covariate.
    public struct Row: Sendable, Equatable {
        /// Covariate name.
        public let covariate: String
        /// Mean among all treated units.
        public let treatedMean: Double
        /// Mean among all control units.
        public let controlMean: Double
        /// SMD before adjustment.
        public let standardizedDifference: Double
        /// Weighted treated mean after adjustment.
        public let adjustedTreatedMean: Double
        /// Weighted control mean after adjustment.
        public let adjustedControlMean: Double
        /// SMD after adjustment.
        public let adjustedStandardizedDifference: Double
    }

    /// One row per covariate, in the sample's order.
    public let rows: [Row]

    /// Balance of `sample` given adjustment weights per unit (0 = not used).
    public init(sample: PropensitySample, weights: [Double]) {
        precondition(weights.count == sample.count, "one weight per unit")
        let treated = sample.treated.indices.filter { sample.treated[$0] }
        let controls = sample.treated.indices.filter { !sample.treated[$0] }
        rows = sample.covariateNames.indices.map { j in
            let x = sample.covariates.column(j)
            let (treatedMean, treatedVariance) = Self.moments(treated.map { x[$0] })
            let (controlMean, controlVariance) = Self.moments(controls.map { x[$0] })
            let scale = ((treatedVariance + controlVariance) / 2).squareRoot()
            let adjustedTreated = Self.weightedMean(treated, x, weights)
            let adjustedControl = Self.weightedMean(controls, x, weights)
            return Row(covariate: sample.covariateNames[j], treatedMean: treatedMean, controlMean: controlMean,
                       standardizedDifference: (treatedMean - controlMean) / scale,
                       adjustedTreatedMean: adjustedTreated, adjustedControlMean: adjustedControl,
                       adjustedStandardizedDifference: (adjustedTreated - adjustedControl) / scale)
        }
    }

    /// Largest |SMD| after adjustment.
    public var largestAdjustedDifference: Double {
        rows.map { abs($0.adjustedStandardizedDifference) }.max() ?? 0
    }

    /// Mean and sample variance (n − 1).
    static func moments(_ values: [Double]) -> (mean: Double, variance: Double) {
        let mean = values.reduce(0, +) / Double(values.count)
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (mean, values.count > 1 ? squares / Double(values.count - 1) : 0)
    }

    private static func weightedMean(_ units: [Int], _ x: [Double], _ weights: [Double]) -> Double {
        let total = units.reduce(0) { $0 + weights[$1] }
        return units.reduce(0) { $0 + weights[$1] * x[$1] } / total
    }
}
