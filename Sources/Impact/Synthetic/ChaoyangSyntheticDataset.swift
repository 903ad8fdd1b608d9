/// The synthetic firm panel of `datasets/chaoyang-2024`, generated deterministically and
/// calibrated to the seed report (see ``ChaoyangReportFigures``).
///
/// 211 firms in four sectors (软件和信息服务业 50, 科技服务业 30, 工业 30, 其他行业 101), years
/// 2019–2023. The 97 supported firms (one project each) follow the report's support lines:
/// 14 软件规模化 (software), 4 科技服务 (science and technology services), 8 工业 (industry),
/// 18 研发投入 (R&D), 2 外资研发中心 (foreign R&D centres) and 51 其他 (the remaining
/// projects). The lines other than the three sector lines sit in 其他行业, so in each of the
/// three named sectors the supported firms are exactly that sector's line.
///
/// Calibration, exact to the hundredth of 万元 after rounding (each group's last firm absorbs
/// the rounding residue):
/// - each line's subsidies sum to the report's amount; all 97 sum to 11513.2万元, none above
///   1000万元;
/// - Δrevenue 2022→2023 of the 14 software firms = 208.7亿元, of the 4 science and technology
///   firms = 44.65亿元; Δoutput of the 8 industry firms = 18.85亿元; ΔR&D of the 18 R&D firms
///   = 13.13亿元;
/// - 2022 totals over all firms (supported or not) equal the implied previous-year totals
///   (``ChaoyangReportFigures/EffectLine/impliedPriorTotalHundredths``): revenue of software
///   and of science and technology services, output of industry, R&D of the whole district;
/// - the supported firms' 2023 R&D intensity ΣR&D / Σrevenue = 7.8 % (to within a hundredth
///   of 万元 of R&D).
/// Everything else (firm sizes, growth, pre-period paths, employees) is drawn from
/// ``SplitMix64`` with arithmetic only, so a seed gives the same files everywhere.
public struct ChaoyangSyntheticDataset: Sendable {
    /// The seed used for the bundled files.
    public static let defaultSeed: UInt64 = 20_240_927
    /// The panel's years, oldest first; the evaluated year is the last.
    public static let years = Array(2019...2023)
    /// The fourth sector, holding the supported firms of lines without a sector of their own.
    public static let otherSector = "其他行业"
    /// The 其他 line: projects not itemised in the report.
    public static let otherLine = "其他"
    /// The foreign R&D centre line.
    public static let foreignRDLine = "外资研发中心"

    /// The seed the dataset was generated from.
    public let seed: UInt64
    /// The firms, ordered by id.
    public let firms: [SyntheticFirm]

    /// Generates the dataset from `seed` (default ``defaultSeed``).
    public init(seed: UInt64 = ChaoyangSyntheticDataset.defaultSeed) {
        self.seed = seed
        var generator = ChaoyangPanelGenerator(seed: seed)
        firms = generator.generate()
    }
}
