import Testing
@testable import Impact

@Suite("Indicator values")
struct IndicatorValueParsingTests {
    @Test("targets with comparators and units", arguments: [
        ("≥4%", Quantity(.atLeast, 4, unit: .percent)),
        (">=90%", Quantity(.atLeast, 90, unit: .percent)),
        ("≤1000万元", Quantity(.atMost, 1000, unit: .wanYuan)),
        ("=0", Quantity(.equal, 0)),
        ("100家", Quantity(nil, 100, unit: .other("家"))),
        ("97家", Quantity(nil, 97, unit: .other("家"))),
        ("7.8%", Quantity(nil, 7.8, unit: .percent)),
        ("＞90%", Quantity(.greaterThan, 90, unit: .percent)),
        ("＞９０％", Quantity(.greaterThan, 90, unit: .percent)),
        ("≧90%", Quantity(.atLeast, 90, unit: .percent)),
        ("100%", Quantity(nil, 100, unit: .percent)),
        ("不低于90%", Quantity(.atLeast, 90, unit: .percent)),
        ("不超过1,000万元", Quantity(.atMost, 1000, unit: .wanYuan)),
        ("90%以上", Quantity(.atLeast, 90, unit: .percent)),
        (" < 5 天 ", Quantity(.lessThan, 5, unit: .other("天"))),
        ("1.5亿元", Quantity(nil, 1.5, unit: .yiYuan)),
    ])
    func quantities(text: String, expected: Quantity) {
        #expect(IndicatorValue(parsing: text) == .quantity(expected))
    }

    @Test("grades and levels")
    func grades() {
        #expect(IndicatorValue(parsing: "优") == .grade(.excellent))
        #expect(IndicatorValue(parsing: "良好") == .grade(.good))
        #expect(IndicatorValue(parsing: "中") == .grade(.fair))
        #expect(IndicatorValue(parsing: "差") == .grade(.poor))
        #expect(IndicatorValue(parsing: "达成") == .achievement(.achieved))
        #expect(IndicatorValue(parsing: "部分达成") == .achievement(.partlyAchieved))
        #expect(IndicatorValue(parsing: "未达成") == .achievement(.notAchieved))
        #expect(IndicatorValue(parsing: "不适用") == .notApplicable)
        #expect(IndicatorValue(parsing: "N/A") == .notApplicable)
    }

    @Test("text that is no indicator value", arguments: ["", "abc", "200-100家", "100家-200个", "≥100-200家", "≥", "优良", "4%%5", "以上90"])
    func rejects(text: String) {
        #expect(IndicatorValue(parsing: text) == nil)
    }

    @Test("range targets: 100-200家 is ≥ 100 with upper end 200 (met at the lower bound)")
    func ranges() {
        let expected = IndicatorValue.quantity(Quantity(.atLeast, 100, unit: .other("家"), upperBound: 200))
        for text in ["100-200家", "100～200家", "100至200家", "100家-200家", "100 ~ 200家", "１００－２００家"] {
            #expect(IndicatorValue(parsing: text) == expected, "\(text)")
        }
        #expect(IndicatorValue(parsing: "5%-8%") == .quantity(Quantity(.atLeast, 5, unit: .percent, upperBound: 8)))
        #expect(IndicatorValue(parsing: "-5") == .quantity(Quantity(nil, -5)))
        if case .quantity(let range)? = IndicatorValue(parsing: "100-200家") { #expect(range.text == "100-200家") }
    }

    @Test("money converts between 元, 万元 and 亿元")
    func moneyConversion() throws {
        let quantity = Quantity(nil, 1.5, unit: .yiYuan)
        #expect(quantity.value(in: .wanYuan) == 15_000)
        #expect(Quantity(nil, 97, unit: .other("个")).value(in: .other("家")) == nil)
        #expect(Quantity(nil, 97).value(in: .other("家")) == 97)
    }

    @Test("cells print back as written")
    func printing() {
        #expect(Quantity(.atMost, 1000, unit: .wanYuan).text == "≤1000万元")
        #expect(Quantity(nil, 7.8, unit: .percent).text == "7.8%")
        #expect(IndicatorValue.grade(.excellent).text(.en) == "excellent")
    }

    @Test("actual sources with parameters")
    func actualSources() {
        #expect(ActualSource(parsing: "supported_firms") == ActualSource(.supportedFirms))
        #expect(ActualSource(parsing: "rd_intensity(year=2023)") == ActualSource(.rdIntensity, year: 2023))
        #expect(ActualSource(parsing: "execution_rate(budget=11559.274万元, other_spending=46.074万元)")
            == ActualSource(.executionRate, budget: Quantity(nil, 11559.274, unit: .wanYuan),
                            otherSpending: Quantity(nil, 46.074, unit: .wanYuan)))
        #expect(ActualSource(parsing: "execution_rate") == nil)
        #expect(ActualSource(parsing: "rd_intensity(year=last)") == nil)
        #expect(ActualSource(parsing: "firms") == nil)
    }
}
