/// The figures of the seed report, *2024年朝阳区高新技术产业发展引导资金项目支出绩效评价
/// 报告*, that the bundled dataset `datasets/chaoyang-2024` is built around.
///
/// Every amount is kept as an exact count of hundredths of 万元 (or thousandths where the
/// report gives three decimals), so sums are exact. Sections: 一（一） and 四（三） for the
/// totals, 四（四） for the four effect lines and the two foreign R&D centres.
public enum ChaoyangReportFigures {
    /// One effect line of section 四（四）: “支持…企业N家，支持金额共计S万元，被支持企业2023年
    /// …增量合计Δ亿元，拉动…增速P%”.
    public struct EffectLine: Sendable, Equatable {
        /// Support line as recorded in the panel's `support_line` column.
        public let line: String
        /// English name of the line.
        public let lineEnglish: String
        /// The sector whose total the pull refers to (全区 for district-wide R&D).
        public let sector: String
        /// English name of the sector.
        public let sectorEnglish: String
        /// Panel column measured: `revenue_wan`, `output_wan` or `rd_wan`.
        public let valueColumn: String
        /// Number of supported firms.
        public let firms: Int
        /// Σ subsidy in hundredths of 万元 (3400万元 → 340000).
        public let subsidyHundredths: Int64
        /// Δ of the supported firms, 2022 → 2023, in hundredths of 万元
        /// (208.7亿元 = 2,087,000万元 → 208,700,000).
        public let incrementHundredths: Int64
        /// The pull as printed, in percentage points, as text (“8.2”), so its precision is
        /// known.
        public let reportedPull: String

        /// The implied previous-year total in hundredths of 万元: Δ / (pull / 100), rounded to
        /// 0.01 亿元 (100 万元), the precision of the report's 亿元 figures.
        ///
        /// Formula: `round(Δ × 100 / pull / 10⁴) × 10⁴` hundredths of 万元. Rounding to
        /// 0.01 亿元 moves the pull by far less than the report's last printed digit; the
        /// generator checks that it still rounds back to ``reportedPull``.
        public var impliedPriorTotalHundredths: Int64 {
            let pull = Double(reportedPull)!
            let exact = Double(incrementHundredths) * 100 / pull
            return Int64((exact / 1e4).rounded()) * 10_000
        }
    }

    /// The four effect lines of section 四（四）, in the report's order.
    public static let effectLines: [EffectLine] = [
        EffectLine(line: "软件规模化", lineEnglish: "Software scale-up", sector: "软件和信息服务业",
                   sectorEnglish: "Software and information services", valueColumn: "revenue_wan",
                   firms: 14, subsidyHundredths: 340_000, incrementHundredths: 208_700_000,
                   reportedPull: "8.2"),
        EffectLine(line: "科技服务", lineEnglish: "Science and technology services", sector: "科技服务业",
                   sectorEnglish: "Science and technology services", valueColumn: "revenue_wan",
                   firms: 4, subsidyHundredths: 53_000, incrementHundredths: 44_650_000,
                   reportedPull: "2.97"),
        EffectLine(line: "工业", lineEnglish: "Industry", sector: "工业", sectorEnglish: "Industry",
                   valueColumn: "output_wan", firms: 8, subsidyHundredths: 38_000,
                   incrementHundredths: 18_850_000, reportedPull: "2.53"),
        EffectLine(line: "研发投入", lineEnglish: "R&D spending", sector: "全区", sectorEnglish: "District",
                   valueColumn: "rd_wan", firms: 18, subsidyHundredths: 265_000,
                   incrementHundredths: 13_130_000, reportedPull: "3.26"),
    ]

    /// 支持两家外资研发中心企业…支持金额共计50万元 (section 四（四）, second point).
    public static let foreignRDCentres = (firms: 2, subsidyHundredths: Int64(5_000))

    /// 支持项目97个 (sections 一（一）, 四（三）).
    public static let projects = 97
    /// 支持金额11513.2万元, in hundredths of 万元.
    public static let supportHundredths: Int64 = 1_151_320
    /// 第三方专业机构服务费46.074万元, in thousandths of 万元.
    public static let servicesThousandths: Int64 = 46_074
    /// 预算 / 合计安排资金11559.274万元, in thousandths of 万元.
    public static let budgetThousandths: Int64 = 11_559_274
    /// 单个项目最高支持不超过1000万元 (the cost indicator), in hundredths of 万元.
    public static let largestAwardCapHundredths: Int64 = 100_000
    /// 研发投入强度 actual of the performance table: 7.8% (one decimal).
    public static let supportedRDIntensityPercent = "7.8"
}
