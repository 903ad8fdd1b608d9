import Testing
@testable import Impact

/// The finance bureau's checks: weight sum, scores within weight and band, deviation reasons.
@Suite("Scoring validation")
struct ScoringValidationTests {
    @Test("weights must sum to 100 unless allowed")
    func weightSum() throws {
        let rows = [row("A", "100家", "100家", weight: 60), row("B", "优", "优", weight: 35)]
        #expect(throws: ScoringError.weightSum(file: "test.csv", found: 95, required: 100)) {
            try sheet(rows)
        }
        let allowed = try sheet(rows, profile: ScoringProfile.mof2020.with { $0.requiredWeightSum = nil })
        // Rescaled to 100: A 60 × 100/95 = 63.1579, B 35 × 100/95 = 36.8421; on the 0.01 grid
        // 63.15 + 36.84 = 99.99, the missing 0.01 to the larger remainder (A, .79): 63.16, 36.84.
        #expect(allowed.rows.map(\.weight) == [63.16, 36.84])
        #expect(allowed.total == 100 && allowed.maximum == 100 && allowed.grade == .excellent)
        #expect(allowed.warnings.contains(.weightSumAllowed(file: "test.csv", found: 95)))
        let message = ScoringError.weightSum(file: "t.csv", found: 95, required: 100).description
        #expect(message.contains("sum to 95, not 100"))
    }

    @Test("a written score above its weight is an error")
    func scoreAboveWeight() {
        let indicator = row("质量", "优", "优", weight: 15, score: 16, line: 3)
        #expect(throws: ScoringError.scoreAboveWeight(
            IndicatorLocation(file: "test.csv", line: 3, column: 9), indicator: "质量", score: 16, weight: 15)) {
            try singleScore(indicator)
        }
    }

    @Test("a qualitative score outside its band is an error")
    func scoreOutsideBand() {
        // 部分达成 for weight 15 is [9, 12): 12.5 is too high, 8 too low
        for score in [12.5, 8.0] {
            let indicator = row("质量", "优", "良", weight: 15, score: score, reason: "r", line: 4)
            #expect(throws: ScoringError.scoreOutsideBand(
                IndicatorLocation(file: "test.csv", line: 4, column: 9), indicator: "质量", score: score,
                weight: 15, level: .partlyAchieved)) {
                try singleScore(indicator)
            }
        }
        // 达成 for weight 15 is [12, 15]: 11 is too low
        #expect(throws: ScoringError.self) { try singleScore(row("质量", "优", "优", weight: 15, score: 11)) }
    }

    @Test("a qualitative row short of 达成 needs the evaluator's score")
    func evaluatorScoreRequired() {
        #expect(throws: ScoringError.evaluatorScoreRequired(
            IndicatorLocation(file: "test.csv", column: 9), indicator: "质量", level: .partlyAchieved, weight: 15)) {
            try singleScore(row("质量", "优", "良", weight: 15, reason: "r"))
        }
    }

    @Test("deviation reasons are required below target and for execution under 90 %")
    func deviationReasons() throws {
        let result = try sheet([
            row("数量", "100家", "97家", weight: 30, line: 2),
            row("效益", "≥4%", "3%", weight: 20, reason: "市场下行", line: 3),
            row("质量", "优", "良", weight: 20, score: 15, line: 4),
            row("满意度", "≥90%", "95%", weight: 20, line: 5),
            row("执行率", "85%", "88%", weight: 10, line: 6),
        ])
        let listed = result.warnings.compactMap { warning -> [String]? in
            if case .missingDeviationReasons(let rows) = warning { return rows.map(\.name) }
            return nil
        }
        #expect(listed == [["数量", "质量", "执行率"]])
        let text = result.warnings.last!.description
        #expect(text.contains("3 indicator(s)") && text.contains("test.csv:2"))
    }

    @Test("no warning when every row meets its target")
    func noWarnings() throws {
        let result = try sheet([row("数量", "100家", "100家", weight: 90), row("执行率", "100%", "95%", weight: 10, reason: "r")])
        #expect(result.warnings.isEmpty)
    }

    @Test("a written score that differs from the rules is flagged, the computed one used")
    func statedScoreDiffers() throws {
        let result = try sheet([row("数量", "100家", "97家", weight: 100, score: 99, reason: "r")])
        #expect(result.total == 97)
        #expect(result.warnings == [.statedScoreDiffers(
            IndicatorReference(name: "数量", location: IndicatorLocation(file: "test.csv")), stated: 99, computed: 97)])
    }

    @Test("units that do not convert, grades against numbers and wrong-way bounds are errors")
    func incomparable() {
        #expect(throws: ScoringError.unitMismatch(IndicatorLocation(file: "test.csv", column: 6),
                                                  indicator: "数量", targetUnit: "家", actualUnit: "个")) {
            try singleScore(row("数量", "100家", "97个", weight: 15))
        }
        #expect(throws: ScoringError.self) { try singleScore(row("数量", "100家", "优", weight: 15)) }
        #expect(throws: ScoringError.self) { try singleScore(row("质量", "优", "97家", weight: 15)) }
        #expect(throws: ScoringError.actualBoundCannotShowTarget(
            IndicatorLocation(file: "test.csv", column: 6), indicator: "满意度", actual: "≤90%", kind: .higherIsBetter)) {
            try singleScore(row("满意度", "≥90%", "≤90%", weight: 10))
        }
        #expect(throws: ScoringError.self) { try singleScore(row("成本", "≤1000万元", "≥900万元", weight: 10)) }
    }

    @Test("negative weights, blank actuals, two execution rows and empty tables are errors")
    func structural() {
        #expect(throws: ScoringError.invalidWeight(IndicatorLocation(file: "test.csv", column: 7), indicator: "A", weight: -5)) {
            try sheet([row("A", "100家", "100家", weight: -5), row("B", "100家", "100家", weight: 105)])
        }
        #expect(throws: ScoringError.missingActual(IndicatorLocation(file: "test.csv", column: 6), indicator: "A")) {
            try sheet([row("A", "100家", nil, weight: 100)])
        }
        #expect(throws: ScoringError.self) {
            try sheet([row("执行率", "100%", "100%", weight: 50),
                       row("资金执行", "100%", "100%", weight: 50, kind: .executionRate)])
        }
        #expect(throws: ScoringError.emptyTable(file: "test.csv")) { try sheet([]) }
    }
}
