/// The report's naive attribution per 万元 set beside a causal (difference-in-differences)
/// estimate, sector by sector. Immutable.
///
/// For each sector line (a sector and the panel column it is measured on):
/// - naive: `Σ_supported (v_t − v_{t−1}) / Σ subsidy` — the seed report's leverage, which
///   credits the subsidy with the supported firms' whole increment;
/// - causal: the two-way fixed-effects DiD on the sector's firms, `v_it = α_i + λ_t +
///   τ·supported_i·1{t = evaluated year} + ε_it` over every year up to the evaluated one,
///   firm-clustered; its ATT (万元 per supported firm) times the supported firms, divided
///   by their subsidy (`CostEffectiveness.differenceInDifferences`), with its interval.
/// The gap between the two is the growth the supported firms would have had anyway, as
/// measured by the unsupported firms of the same sector.
public struct AttributionComparison: Sendable, Equatable {
    /// One sector line.
    public struct Row: Sendable, Equatable {
        /// Sector name as in the panel.
        public let sector: String
        /// Panel column measured (`revenue_wan`, `output_wan`).
        public let value: String
        /// Supported and unsupported firms of the sector.
        public let supportedFirms: Int
        /// Unsupported firms of the sector (the DiD controls).
        public let unsupportedFirms: Int
        /// Σ subsidy of the supported firms (万元).
        public let subsidy: Double
        /// Naive attribution, 万元 per 万元.
        public let naive: Double
        /// The DiD ATT, 万元 per supported firm in the evaluated year.
        public let att: CoefficientEstimate
        /// DiD effect per 万元 with its interval.
        public let causal: CostEffectivenessEstimate
    }

    /// The evaluated year `t`.
    public let year: Int
    /// One row per sector line that has both supported and unsupported firms.
    public let rows: [Row]
    /// Sector lines left out, each naming the sector, the measured column and the reason.
    public let omissions: [AttributionOmission]

    /// Creates a comparison.
    public init(year: Int, rows: [Row], omissions: [AttributionOmission]) {
        self.year = year
        self.rows = rows
        self.omissions = omissions
    }
}
