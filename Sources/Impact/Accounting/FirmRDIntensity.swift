/// One firm's R&D intensity (研发投入强度) in one year: R&D spending / revenue.
public struct FirmRDIntensity: Sendable, Equatable {
    /// Firm identifier.
    public let firm: String
    /// The firm's sector.
    public let sector: String
    /// Whether the firm is supported.
    public let isSupported: Bool
    /// R&D spending.
    public let rd: Double
    /// Revenue; positive.
    public let revenue: Double

    /// Creates a firm's figures; `revenue` must be positive.
    public init(firm: String, sector: String, isSupported: Bool, rd: Double, revenue: Double) {
        precondition(revenue > 0, "revenue must be positive")
        self.firm = firm
        self.sector = sector
        self.isSupported = isSupported
        self.rd = rd
        self.revenue = revenue
    }

    /// R&D intensity in per cent: rd / revenue × 100.
    public var intensity: Double { rd / revenue * 100 }
}
