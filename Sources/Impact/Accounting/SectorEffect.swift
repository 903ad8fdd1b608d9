/// What the supported firms of one sector added to the sector in one year: the effect line
/// of a performance report (“支持…企业14家，支持金额共计3400万元，被支持企业2023年营收增量
/// 合计208.7亿元，拉动行业增速8.2%”).
///
/// The value stores the measured amounts; every ratio is derived from them:
/// - pull (拉动) = Δsupported / total(t−1) × 100, in percentage points (个百分点);
/// - sector growth rate = (total(t) − total(t−1)) / total(t−1) × 100, in per cent;
/// - contribution share (贡献率) = Δsupported / (total(t) − total(t−1)) × 100, in per cent;
/// - leverage per 万元 (每万元财政资金撬动) = Δsupported / Σsubsidy: units of the value per
///   万元 of subsidy (万元 of revenue per 万元 of subsidy for a 万元 value column).
///
/// Conventions: Δsupported = Σ over supported firms of (x_t − x_{t−1}); totals are over all
/// firms of the sector, supported or not. Increments and totals are in the unit of the data
/// they came from (``SectorEffectTable/amountUnit``; the bundled dataset uses 万元); the
/// subsidy is always in 万元. The initializer refuses a zero or non-finite
/// previous-year total, so no derived ratio is ever infinite or NaN; a ratio whose
/// denominator is absent or zero (no current total, Δtotal = 0, no subsidy) is `nil`.
public struct SectorEffect: Sendable, Equatable {
    /// The sector (or support line, or the district) the row describes; reports print its
    /// name.
    public let group: EffectGroup
    /// The value column measured, e.g. `revenue_wan`; reports print its statistical term
    /// (营业收入 / Revenue).
    public let measure: String
    /// The evaluated year `t`; increments run from `t − 1` to `t`.
    public let year: Int
    /// Number of supported firms in the group, if known.
    public let supportedFirms: Int?
    /// Σ subsidy of the supported firms in 万元, if known.
    public let subsidy: Double?
    /// Δsupported = Σ (x_t − x_{t−1}) over supported firms.
    public let supportedIncrement: Double
    /// Sector total in `t − 1` (all firms); never zero.
    public let priorTotal: Double
    /// Sector total in `t` (all firms), if known.
    public let currentTotal: Double?

    /// Creates an effect line; throws ``AccountingError/zeroPriorTotal(sector:year:)`` when
    /// the previous-year total is zero and ``AccountingError/missingPriorTotal(sector:year:)``
    /// when it is not a finite number.
    ///
    /// - Parameters:
    ///   - group: the sector or line; its ``EffectGroup/key`` names it in errors.
    ///   - measure: the value column `x` (revenue, output, R&D spending).
    ///   - year: the evaluated year `t`.
    ///   - supportedFirms: how many firms are supported (nil if unknown).
    ///   - subsidy: their subsidies summed, in 万元 (nil if unknown).
    ///   - supportedIncrement: Σ (x_t − x_{t−1}) over supported firms.
    ///   - priorTotal: sector total of `t − 1`.
    ///   - currentTotal: sector total of `t` (nil if unknown).
    public init(group: EffectGroup, measure: String, year: Int, supportedFirms: Int?,
                subsidy: Double?, supportedIncrement: Double, priorTotal: Double,
                currentTotal: Double?) throws(AccountingError) {
        guard priorTotal.isFinite else { throw .missingPriorTotal(sector: group.key, year: year - 1) }
        guard priorTotal != 0 else { throw .zeroPriorTotal(sector: group.key, year: year - 1) }
        self.group = group
        self.measure = measure
        self.year = year
        self.supportedFirms = supportedFirms
        self.subsidy = subsidy
        self.supportedIncrement = supportedIncrement
        self.priorTotal = priorTotal
        self.currentTotal = currentTotal
    }

    /// Pull (拉动) in percentage points: Δsupported / total(t−1) × 100.
    public var pull: Double { supportedIncrement / priorTotal * 100 }

    /// Sector growth rate in per cent: (total(t) − total(t−1)) / total(t−1) × 100; `nil`
    /// without a current total.
    public var growthRate: Double? {
        currentTotal.map { ($0 - priorTotal) / priorTotal * 100 }
    }

    /// Sector increment total(t) − total(t−1); `nil` without a current total.
    public var totalIncrement: Double? { currentTotal.map { $0 - priorTotal } }

    /// Contribution share (贡献率) in per cent: Δsupported / Δtotal × 100; `nil` without a
    /// current total or when the sector did not change (Δtotal = 0).
    public var contributionShare: Double? {
        guard let change = totalIncrement, change != 0 else { return nil }
        return supportedIncrement / change * 100
    }

    /// Leverage per 万元 of subsidy (每万元财政资金撬动): Δsupported / Σsubsidy(万元), in the
    /// data's unit per 万元; `nil` when the subsidy is unknown or zero.
    public var leverage: Double? {
        guard let subsidy, subsidy != 0 else { return nil }
        return supportedIncrement / subsidy
    }
}
