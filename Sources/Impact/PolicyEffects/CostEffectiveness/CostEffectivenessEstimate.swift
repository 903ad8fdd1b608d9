/// One effect per 万元 of subsidy (万元 of outcome per 万元 awarded, over ``horizonYears``
/// years), with its interval where the method has one. Immutable.
///
/// Basis: every figure of a ``CostEffectivenessComparison`` is over the same horizon; the
/// one-year figures (naive ratio, slope) are multiplied by it.
///
/// - naive: `value = numerator / denominator` (Σ increment / Σ subsidy); no interval.
/// - dose response: `value` is the regression slope; `standardError`, interval and
///   p-value from the regression (HC1 by default); `numerator`/`denominator` are `nil`.
/// - DiD: `value = ATT · n_tp / Σ_tp subsidy`, `n_tp` the treated post-policy
///   observations, `Σ_tp subsidy` the subsidy paid in them (`numerator = ATT · n_tp`,
///   `denominator = Σ_tp subsidy`). The standard error and interval are the ATT's scaled
///   by the same factor (the subsidy total is treated as fixed). With one post period this
///   is ATT × treated firms / Σ subsidy.
public struct CostEffectivenessEstimate: Sendable, Equatable {
    /// The method.
    public let method: CostEffectivenessMethod
    /// 万元 of outcome per 万元 of subsidy.
    public let value: Double
    /// Standard error, `nil` for the naive ratio.
    public let standardError: Double?
    /// Lower confidence limit, `nil` for the naive ratio.
    public let confidenceLow: Double?
    /// Upper confidence limit, `nil` for the naive ratio.
    public let confidenceHigh: Double?
    /// Two-sided p-value of zero effect, `nil` for the naive ratio.
    public let pValue: Double?
    /// Total outcome credited (万元), when the figure is a ratio.
    public let numerator: Double?
    /// Total subsidy (万元), when the figure is a ratio.
    public let denominator: Double?
    /// Observations behind the figure.
    public let observations: Int
    /// Years the effect is counted over (1 for a one-year figure).
    public let horizonYears: Int
    /// How the award was read (panel figures), `nil` for the supported-firm table's figures.
    public let subsidyBasis: SubsidyBasis?
    /// Control variables of the slope (empty: none).
    public let controls: [String]
    /// Sector column of the slope's sector effects, `nil` for none.
    public let sectorEffects: String?

    /// Creates an estimate.
    public init(method: CostEffectivenessMethod, value: Double, standardError: Double? = nil,
                confidenceLow: Double? = nil, confidenceHigh: Double? = nil, pValue: Double? = nil,
                numerator: Double? = nil, denominator: Double? = nil, observations: Int,
                horizonYears: Int = 1, subsidyBasis: SubsidyBasis? = nil, controls: [String] = [],
                sectorEffects: String? = nil) {
        self.method = method
        self.value = value
        self.standardError = standardError
        self.confidenceLow = confidenceLow
        self.confidenceHigh = confidenceHigh
        self.pValue = pValue
        self.numerator = numerator
        self.denominator = denominator
        self.observations = observations
        self.horizonYears = horizonYears
        self.subsidyBasis = subsidyBasis
        self.controls = controls
        self.sectorEffects = sectorEffects
    }
}

extension CostEffectivenessEstimate {
    /// The same figure stated over `years` years (value, interval and numerator × years / the
    /// current horizon); the denominator is unchanged.
    public func over(years: Int) -> CostEffectivenessEstimate {
        let factor = Double(years) / Double(horizonYears)
        return CostEffectivenessEstimate(
            method: method, value: value * factor, standardError: standardError.map { $0 * factor },
            confidenceLow: confidenceLow.map { $0 * factor }, confidenceHigh: confidenceHigh.map { $0 * factor },
            pValue: pValue, numerator: numerator.map { $0 * factor }, denominator: denominator,
            observations: observations, horizonYears: years, subsidyBasis: subsidyBasis, controls: controls,
            sectorEffects: sectorEffects)
    }
}
