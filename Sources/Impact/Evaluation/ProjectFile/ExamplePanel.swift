/// The small example firm panel of ``ProjectTemplate``: 3 sectors × 8 firms × 2021–2024,
/// three supported firms per sector, written with an office's own headers. Clearly an
/// example (firm ids `示例0101`…), to be replaced by the office's data.
///
/// Generated from ``seed`` with ``SplitMix64`` and whole-number arithmetic in hundredths of
/// 万元: revenue starts at 2,000–20,000万元 and grows 2–10 % a year (supported firms 4 points
/// more in 2024), R&D is 3–8 % of revenue, awards are 50–299万元.
public struct ExamplePanel: Sendable {
    /// The file name: `example_panel.csv`.
    public static let fileName = "example_panel.csv"
    /// The years of the panel; the last is the evaluated year.
    public static let years = 2021...2024
    /// The sectors.
    public static let sectors = ["软件和信息服务业", "科技服务业", "工业"]
    /// The header, as an office's export writes it.
    public static let header = "统一社会信用代码,年份,所属行业,营业收入(万元),研发费用(万元),是否获得支持,支持金额(万元)"
    /// The default seed.
    public static let defaultSeed: UInt64 = 20_250_101

    /// The seed.
    public let seed: UInt64

    /// A panel from `seed` (default ``defaultSeed``).
    public init(seed: UInt64 = ExamplePanel.defaultSeed) { self.seed = seed }

    /// One firm: id, sector, support, award and yearly revenue and R&D (hundredths of 万元).
    struct Firm {
        let id: String, sector: String, supported: Bool, award: Int64
        let revenue: [Int64], rd: [Int64]
    }

    /// The firms, in sector order.
    var firms: [Firm] {
        var random = SplitMix64(seed: seed)
        var firms: [Firm] = []
        for (sectorIndex, sector) in Self.sectors.enumerated() {
            for number in 1...8 {
                let supported = number <= 3
                var revenue = [Int64(2_000 + random.index(below: 18_000)) * 100]
                for year in Self.years.dropFirst() {
                    let perMille = Int64(20 + random.index(below: 80)) + (supported && year == Self.years.upperBound ? 40 : 0)
                    revenue.append(revenue[revenue.count - 1] * (1_000 + perMille) / 1_000)
                }
                let share = Int64(30 + random.index(below: 50))
                let award = supported ? Int64(50 + random.index(below: 250)) * 100 : 0
                firms.append(Firm(id: "示例\(sectorIndex + 1)\(number < 10 ? "0" : "")\(number)", sector: sector,
                                  supported: supported, award: award, revenue: revenue,
                                  rd: revenue.map { $0 * share / 1_000 }))
            }
        }
        return firms
    }

    /// The CSV text (UTF-8, one header line).
    public var csv: String {
        var lines = [Self.header]
        for firm in firms {
            for (index, year) in Self.years.enumerated() {
                lines.append([firm.id, String(year), firm.sector, Self.amount(firm.revenue[index]),
                              Self.amount(firm.rd[index]), firm.supported ? "是" : "否",
                              Self.amount(firm.award)].joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Figures of the evaluated year for the indicator table: supported firms, the largest
    /// award, the supported firms' R&D intensity (one decimal) and a budget equal to the
    /// sum of the awards, so the execution rate is 100 %.
    var figures: (supportedFirms: Int, largestAward: String, rdIntensity: String, budget: String) {
        let supported = firms.filter(\.supported)
        let last = Self.years.count - 1
        let rd = supported.reduce(Int64(0)) { $0 + $1.rd[last] }, revenue = supported.reduce(Int64(0)) { $0 + $1.revenue[last] }
        let tenths = (rd * 2_000 / revenue + 1) / 2
        let awards = supported.reduce(Int64(0)) { $0 + $1.award }
        return (supported.count, Self.amount(supported.map(\.award).max() ?? 0), "\(tenths / 10).\(tenths % 10)",
                Self.amount(awards))
    }

    /// `hundredths` as a decimal with two places.
    static func amount(_ hundredths: Int64) -> String {
        let cents = hundredths % 100
        return "\(hundredths / 100).\(cents < 10 ? "0" : "")\(cents)"
    }
}
