/// R&D intensity (研发投入强度) of a group of firms, measured two ways that differ whenever
/// firms differ in size:
/// - **aggregate** (总体强度) = ΣR&D / Σrevenue × 100, the intensity of the group taken as
///   one firm, dominated by the largest firms; this is what statistical yearbooks and the
///   performance table's “研发投入强度” report;
/// - **mean of firm ratios** (企业强度均值) = (1/n) Σ (R&D_i / revenue_i) × 100, the typical
///   firm's intensity, each firm weighted equally.
public struct RDIntensityGroup: Sendable, Equatable {
    /// The sector as named in the data, or `nil` for all sectors together.
    public let sector: String?
    /// Whether the group holds supported firms only (else all firms of its sectors).
    public let isSupportedOnly: Bool
    /// The year.
    public let year: Int
    /// The firms with both figures and positive revenue.
    public let firms: [FirmRDIntensity]
    /// Firms of the group left out for a missing figure or zero revenue (never supported
    /// firms: those are an error).
    public let excludedFirms: Int

    /// Creates a group of `sector` (`nil`: all sectors); `firms` must not be empty.
    public init(sector: String?, year: Int, firms: [FirmRDIntensity], excludedFirms: Int = 0,
                isSupportedOnly: Bool = false) {
        precondition(!firms.isEmpty, "an R&D intensity group needs at least one firm")
        self.sector = sector
        self.isSupportedOnly = isSupportedOnly
        self.year = year
        self.firms = firms
        self.excludedFirms = excludedFirms
    }

    /// Whether the group spans every sector (rather than one).
    public var spansAllSectors: Bool { sector == nil }

    /// Σ R&D spending (compensated sum).
    public var totalRD: Double { compensatedSum(firms.lazy.map(\.rd)) }
    /// Σ revenue (positive).
    public var totalRevenue: Double { compensatedSum(firms.lazy.map(\.revenue)) }
    /// Aggregate intensity in per cent: ΣR&D / Σrevenue × 100.
    public var aggregateIntensity: Double { totalRD / totalRevenue * 100 }
    /// Mean of firm intensities in per cent: mean(R&D_i / revenue_i) × 100.
    public var meanOfFirmIntensities: Double {
        compensatedSum(firms.lazy.map(\.intensity)) / Double(firms.count)
    }
}
