import Testing
@testable import Impact

/// Each rule of 财预〔2020〕10号 and each profile option, with numbers worked by hand.
@Suite("Scoring rules")
struct ScoringRuleTests {
    @Test("higher-is-better: weight × min(actual / target, 1)")
    func higherIsBetter() throws {
        // 15 × 97 / 100 = 14.55 (the seed's quantity row)
        #expect(try singleScore(row("数量", "100家", "97家", weight: 15, reason: "r")) == 14.55)
        // 15 × min(7.8 / 4, 1) = 15
        #expect(try singleScore(row("效益", "≥4%", "7.8%", weight: 15)) == 15)
        // 20 × 45 / 60 = 15
        #expect(try singleScore(row("x", "≥60项", "45项", weight: 20, reason: "r")) == 15)
        // a stated lower bound counts at its value: ＞90% against ≥90% is 10 × 90/90
        #expect(try singleScore(row("满意度", "≥90%", "＞90%", weight: 10)) == 10)
    }

    @Test("cost: full at or below target, else weight × target / actual")
    func costProportional() throws {
        #expect(try singleScore(row("成本", "≤1000万元", "≤1000万元", weight: 10)) == 10)
        #expect(try singleScore(row("成本", "≤1000万元", "800万元", weight: 10)) == 10)
        // 10 × 1000 / 1250 = 8
        #expect(try singleScore(row("成本", "≤1000万元", "1250万元", weight: 10, reason: "r")) == 8)
        // units convert: 0.125 亿元 = 1250 万元
        #expect(try singleScore(row("成本", "≤1000万元", "0.125亿元", weight: 10, reason: "r")) == 8)
    }

    @Test("cost, linear option: zero at twice the target")
    func costLinear() throws {
        let profile = ScoringProfile.mof2020.with { $0.costOverrun = .linear }
        // 10 × (1 − 250 / 1000) = 7.5
        #expect(try singleScore(row("成本", "≤1000万元", "1250万元", weight: 10, reason: "r"), profile: profile) == 7.5)
        #expect(try singleScore(row("成本", "≤1000万元", "2000万元", weight: 10, reason: "r"), profile: profile) == 0)
        #expect(try singleScore(row("成本", "≤1000万元", "2600万元", weight: 10, reason: "r"), profile: profile) == 0)
    }

    @Test("= 0 target: full only at 0")
    func exactZero() throws {
        #expect(try singleScore(row("安全事故", "=0", "0", weight: 5)) == 5)
        #expect(try singleScore(row("安全事故", "=0", "1", weight: 5, reason: "r")) == 0)
        #expect(try singleScore(row("安全事故", "=0起", "0起", weight: 5)) == 5)
    }

    @Test("qualitative: 达成 full by default, evaluator's score inside the band")
    func qualitative() throws {
        #expect(try singleScore(row("质量", "优", "优", weight: 15)) == 15)
        #expect(try singleScore(row("质量", "良", "优", weight: 15)) == 15)
        // 达成 band for weight 15 is [12, 15]
        #expect(try singleScore(row("质量", "优", "优", weight: 15, score: 13.5)) == 13.5)
        // 优 → 良 is one step: 部分达成, band [9, 12)
        #expect(try singleScore(row("质量", "优", "良", weight: 15, score: 10, reason: "r")) == 10)
        // 优 → 中 is two steps: 未达成, band [0, 9)
        #expect(try singleScore(row("质量", "优", "中", weight: 15, score: 6, reason: "r")) == 6)
        #expect(try singleScore(row("质量", "达成", "部分达成", weight: 10, score: 7, reason: "r")) == 7)
    }

    @Test("grade steps map onto achievement levels")
    func gradeSteps() {
        #expect(QualitativeGrade.excellent.achievement(of: .excellent) == .achieved)
        #expect(QualitativeGrade.good.achievement(of: .excellent) == .achieved)
        #expect(QualitativeGrade.excellent.achievement(of: .good) == .partlyAchieved)
        #expect(QualitativeGrade.excellent.achievement(of: .fair) == .notAchieved)
        #expect(QualitativeGrade.good.achievement(of: .poor) == .notAchieved)
    }

    @Test("execution rate: weight × min(rate, 1)")
    func executionRate() throws {
        let cases: [(String, Double)] = [("100%", 10), ("85%", 8.5), ("105%", 10), ("92.34%", 9.23)]
        for (actual, expected) in cases {
            let score = try singleScore(row("执行率", "100%", actual, weight: 10, reason: "r"))
            #expect(score == expected, "actual \(actual)")
        }
        #expect(row("执行率得分", "100%", "100%", weight: 10).kind == .executionRate)
    }

    @Test("overshoot option: 2 points off at 30 % above target")
    func overshoot() throws {
        let profile = ScoringProfile.mof2020.with { $0.overshootDeduction = .twoPointsAtThirtyPercent }
        // 5.2 = 1.3 × 4: 15 − 2 = 13
        #expect(try singleScore(row("效益", "≥4%", "5.2%", weight: 15), profile: profile) == 13)
        #expect(try singleScore(row("效益", "≥4%", "5.1%", weight: 15), profile: profile) == 15)
        // the seed's 7.8 % against 4 % is 95 % over
        #expect(try singleScore(row("效益", "≥4%", "7.8%", weight: 15), profile: profile) == 13)
        // a bound says nothing about size; cost rows are never deducted
        #expect(try singleScore(row("满意度", "≥50%", "＞90%", weight: 10), profile: profile) == 10)
        #expect(try singleScore(row("成本", "≤1000万元", "100万元", weight: 10), profile: profile) == 10)
        // without the option nothing is deducted
        #expect(try singleScore(row("效益", "≥4%", "5.2%", weight: 15)) == 15)
    }

    @Test("execution-rate caps on the total", arguments: [
        // (rate, uncapped = 90 + rate/10, capped)
        (100.0, 100.0, 100.0), (80.0, 98.0, 98.0), (75.0, 97.5, 89.0),
        (65.0, 96.5, 79.0), (55.0, 95.5, 69.0), (45.0, 94.5, 59.0),
    ])
    func caps(rate: Double, uncapped: Double, capped: Double) throws {
        let profile = ScoringProfile.mof2020.with { $0.executionCaps = ExecutionCap.standardLadder }
        let result = try sheet([
            row("数量", "100家", "100家", weight: 90),
            row("执行率", "100%", "\(rate)%", weight: 10, reason: "r"),
        ], profile: profile)
        #expect(result.uncappedTotal == uncapped)
        #expect(result.total == capped)
        #expect(result.executionRate == rate)
        // The table says so exactly when the cap bit (once, in the warning's words).
        let notes = result.reportTable(language: .zh).notes.map(\.zh).filter { $0.contains("封顶") }
        #expect(notes == (capped < uncapped ? ["预算执行率为 \(Int(rate))%，总分 \(String(uncapped)) 封顶为 \(Int(capped))。"] : []))
    }

    @Test("20 points for execution rescale the other rows to 80")
    func executionPoints() throws {
        // others × (100 − 20) / (100 − 10): 45 → 40 each; B earns 40 × 0.5 = 20; A 40; E 20.
        let result = try sheet([
            row("A", "100家", "100家", weight: 45),
            row("B", "100家", "50家", weight: 45, reason: "r"),
            row("执行率", "100%", "100%", weight: 10),
        ], profile: .mof2020Execution20)
        #expect(result.rows.map(\.weight) == [40, 40, 20])
        #expect(result.rows.map(\.score) == [40, 20, 20])
        #expect(result.total == 80)
        #expect(throws: ScoringError.executionRowRequired(profile: "mof-2020-execution-20", file: "test.csv")) {
            try sheet([row("A", "100家", "100家", weight: 100)], profile: .mof2020Execution20)
        }
    }

    @Test("rounding: 2 decimals by default, integers as an option, half away from zero")
    func rounding() throws {
        #expect(try singleScore(row("数量", "100家", "97家", weight: 15, reason: "r"), profile: .mof2020Integer) == 15)
        // 15 × 0.96 = 14.4 → 14; 15 × 0.9 = 13.5 → 14
        #expect(try singleScore(row("数量", "100家", "96家", weight: 15, reason: "r"), profile: .mof2020Integer) == 14)
        #expect(try singleScore(row("数量", "100家", "90家", weight: 15, reason: "r"), profile: .mof2020Integer) == 14)
        // 10 × 2 / 3 = 6.666… → 6.67
        #expect(try singleScore(row("数量", "3家", "2家", weight: 10, reason: "r")) == 6.67)
        #expect(ScoreRounding.twoDecimals.apply(2.675) == 2.68)
        #expect(ScoreRounding.integer.apply(-0.5) == -1)
    }

    @Test("不适用 rows: reallocated within the 一级指标 by default; rescaled or excluded (graded on 100) as options")
    func notApplicable() throws {
        let rows = [
            row("A", "100家", "100家", weight: 30),
            row("B", "100家", "不适用", weight: 20),
            row("C", "100家", "50家", weight: 50, reason: "r", level1: "效益指标"),
        ]
        // reallocated (10号): B's 20 goes to A, the only other 产出指标 row: A 50, C 50;
        // 50 + 50 × 0.5 = 75 out of 100.
        let reallocated = try sheet(rows)
        #expect(reallocated.rows.map(\.weight) == [50, 0, 50])
        #expect(reallocated.total == 75 && reallocated.maximum == 100 && reallocated.grade == .fair)
        #expect(reallocated.rows[1].score == nil)
        #expect(reallocated.warnings.first?.code == "not_applicable_weights")
        #expect(reallocated.warnings.first?.wording.en.contains("reallocated to the other indicators of the same level-1 group") == true)
        // excluded: 30 + 50 × 0.5 = 55 out of 80, graded on 55 × 100 / 80 = 68.75 (中), said so.
        let excluded = try sheet(rows, profile: ScoringProfile.mof2020.with { $0.notApplicable = .excludeFromTotal })
        #expect(excluded.total == 55)
        #expect(excluded.maximum == 80)
        #expect(excluded.grade == .fair)
        #expect(excluded.warnings.contains(.gradedOnRescaledTotal(total: 55, maximum: 80, graded: 68.75)))
        // rescaled by 100 / 80: A 37.5, C 62.5 × 0.5 = 31.25 → 68.75 out of 100
        let rescaled = try sheet(rows, profile: ScoringProfile.mof2020.with { $0.notApplicable = .rescaleToFull })
        #expect(rescaled.rows.map(\.weight) == [37.5, 0, 62.5])
        #expect(rescaled.total == 68.75)
        #expect(rescaled.maximum == 100)
    }

    @Test("grades: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60", arguments: [
        (100.0, QualitativeGrade.excellent), (90, .excellent), (89.99, .good), (80, .good),
        (79.99, .fair), (60, .fair), (59.99, .poor), (0, .poor),
    ])
    func grades(total: Double, grade: QualitativeGrade) {
        #expect(GradeThresholds.standard.grade(of: total) == grade)
    }

    @Test("the total is the sum of row scores and carries its grade")
    func totalAndGrade() throws {
        // 40 × 0.5 + 60 × 0.75 = 20 + 45 = 65 → 中
        let result = try sheet([
            row("A", "100家", "50家", weight: 40, reason: "r"),
            row("B", "≥80%", "60%", weight: 60, reason: "r"),
        ])
        #expect(result.total == 65)
        #expect(result.grade == .fair)
    }

    @Test("built-in profiles are found by name; an unknown name lists them")
    func profilesByName() throws {
        #expect(try ScoringProfile.named("mof-2020") == .mof2020)
        #expect(try ScoringProfile.named("local-strict").costOverrun == .linear)
        #expect(throws: ScoringError.unknownProfile("nope", available: ScoringProfile.builtIn.map(\.name))) {
            try ScoringProfile.named("nope")
        }
    }

    @Test("the default profile's options are those of 财预〔2020〕10号")
    func defaults() {
        let profile = ScoringProfile.mof2020
        #expect(profile.costOverrun == .proportional)
        #expect(profile.overshootDeduction == nil)
        #expect(profile.executionCaps.isEmpty)
        #expect(profile.executionPoints == nil)
        #expect(profile.rounding == .twoDecimals)
        #expect(profile.requiredWeightSum == 100)
        #expect(profile.gradeThresholds == GradeThresholds(excellent: 90, good: 80, fair: 60))
        #expect(profile.executionReasonThreshold == 90)
    }
}
