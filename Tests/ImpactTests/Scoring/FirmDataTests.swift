import Testing
@testable import Impact

/// Actuals computed from a small firm panel, every number worked by hand.
@Suite("Actuals from firm data")
struct FirmDataTests {
    /// Firms A, B, C supported (subsidy repeated on both years), D not.
    /// 2023: R&D 10, 5, 1 (D 50); revenue 100, 100, 50 (D 100).
    static let panel: FirmData = {
        let rows: [(String, Double, Double, Double, Double, Double)] = [
            // firm, year, supported, subsidy_wan, rd_wan, revenue_wan
            ("A", 2022, 1, 500, 8, 90), ("A", 2023, 1, 500, 10, 100),
            ("B", 2022, 1, 1000, 4, 80), ("B", 2023, 1, 1000, 5, 100),
            ("C", 2022, 1, 200, 1, 40), ("C", 2023, 1, 200, 1, 50),
            ("D", 2022, 0, 0, 40, 90), ("D", 2023, 0, 0, 50, 100),
        ]
        let table = try! Table(columns: [
            ("firm_id", .categorical(CategoricalColumn(rows.map(\.0)))),
            ("year", .numeric(NumericColumn(values: rows.map(\.1)))),
            ("supported", .numeric(NumericColumn(values: rows.map(\.2)))),
            ("subsidy_wan", .numeric(NumericColumn(values: rows.map(\.3)))),
            ("rd_wan", .numeric(NumericColumn(values: rows.map(\.4)))),
            ("revenue_wan", .numeric(NumericColumn(values: rows.map(\.5)))),
        ])
        return FirmData(table: table, file: "panel.csv")
    }()

    @Test("supported firms are counted once across years")
    func supportedFirms() throws {
        #expect(try Self.panel.value(of: ActualSource(.supportedFirms)) == Quantity(nil, 3))
        #expect(try Self.panel.value(of: ActualSource(.supportedFirms, year: 2023)) == Quantity(nil, 3))
    }

    @Test("R&D intensity of supported firms is ΣR&D / Σrevenue, latest year by default")
    func rdIntensity() throws {
        // 2023: (10 + 5 + 1) / (100 + 100 + 50) = 16 / 250 = 6.4 %
        let latest = try Self.panel.value(of: ActualSource(.rdIntensity))
        #expect(abs(latest.value - 6.4) < 1e-12 && latest.unit == .percent)
        // 2022: (8 + 4 + 1) / (90 + 80 + 40) = 13 / 210
        let earlier = try Self.panel.value(of: ActualSource(.rdIntensity, year: 2022))
        #expect(abs(earlier.value - 1300.0 / 210) < 1e-12)
    }

    @Test("largest subsidy and execution rate count each firm's award once")
    func subsidies() throws {
        #expect(try Self.panel.value(of: ActualSource(.maxSubsidy)) == Quantity(nil, 1000, unit: .wanYuan))
        // (500 + 1000 + 200 + 300) / 2500 = 80 %; the budget may be in 亿元: 0.25 亿元 = 2500 万元
        let rate = try Self.panel.value(of: ActualSource(.executionRate, budget: Quantity(nil, 0.25, unit: .yiYuan),
                                                         otherSpending: Quantity(nil, 300, unit: .wanYuan)))
        #expect(abs(rate.value - 80) < 1e-12 && rate.unit == .percent)
    }

    @Test("the bundled panel's execution rate is the seed's 100 %")
    func bundledExecutionRate() throws {
        // Python's decimal module on panel.csv: 97 supported firms, Σ awards 11513.20 万元, so
        // the rate is (11513.20 + 46.074) / 11559.274 × 100 (100 in exact arithmetic). A
        // correctly rounded sum gives exactly this double; a plain sum in some firm orders
        // does not (99.99999999999993 … 100.00000000000009 over shuffles).
        let path = CLIRunner.repositoryRoot.appendingPathComponent("datasets/chaoyang-2024/panel.csv").path
        let rate = try FirmData(csvPath: path).value(of: ActualSource(
            .executionRate, budget: Quantity(nil, 11559.274, unit: .wanYuan),
            otherSpending: Quantity(nil, 46.074, unit: .wanYuan)))
        #expect(rate.value == (11513.20 + 46.074) / 11559.274 * 100)
    }

    @Test("missing columns and years without supported firms are errors")
    func errors() {
        let renamed = FirmData(table: Self.panel.table, columns: FirmColumns(rd: "rd"), file: "panel.csv")
        #expect(throws: FirmDataError.table(.unknownColumn("rd", nearest: nil))) {
            try renamed.value(of: ActualSource(.rdIntensity))
        }
        #expect(throws: FirmDataError.noSupportedFirms(year: 2030)) {
            try Self.panel.value(of: ActualSource(.supportedFirms, year: 2030))
        }
    }

    @Test("computed actuals replace literal ones and disagreements are flagged")
    func scoringWithData() throws {
        let table = IndicatorTable(indicators: [
            Indicator(level1: "产出指标", level2: "数量指标", target: IndicatorValue(parsing: "4家")!,
                      actual: IndicatorValue(parsing: "3家")!, weight: 40, deviationReason: "r",
                      actualSource: ActualSource(.supportedFirms)),
            Indicator(level1: "效益指标", level2: "经济效益指标", target: IndicatorValue(parsing: "≥8%")!,
                      actual: IndicatorValue(parsing: "8%")!, weight: 60, deviationReason: "r",
                      actualSource: ActualSource(.rdIntensity, year: 2023)),
        ])
        let sheet = try ScoreSheet(table: table, data: [Self.panel])
        // 40 × 3/4 = 30; 60 × 6.4/8 = 48
        #expect(sheet.rows.map(\.score) == [30, 48])
        #expect(sheet.rows[0].indicator.actual == .quantity(Quantity(nil, 3, unit: .other("家"))))
        #expect(sheet.warnings.contains(.actualFromData(
            IndicatorReference(name: "经济效益指标", location: IndicatorLocation(file: "<memory>")),
            literal: "8%", computed: "6.4%")))
        #expect(sheet.warnings.count == 1)
        // without data the literal actuals are scored: 30 + 60
        #expect(try ScoreSheet(table: table).total == 90)
    }
}
