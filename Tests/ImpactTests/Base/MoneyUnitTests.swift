import Testing
@testable import Impact

@Suite("MoneyUnit")
struct MoneyUnitTests {
    @Test("yuan per unit is 1, 1e4 and 1e8")
    func yuanPerUnit() {
        #expect(MoneyUnit.yuan.yuanPerUnit == 1)
        #expect(MoneyUnit.wan.yuanPerUnit == 10_000)
        #expect(MoneyUnit.yi.yuanPerUnit == 100_000_000)
    }

    @Test("conversion between units, worked by hand")
    func conversion() {
        // 208.7 亿元 = 208.7 × 10⁴ 万元 = 2,087,000 万元.
        #expect(MoneyUnit.convert(208.7, from: .yi, to: .wan) == 2_087_000)
        // 3400 万元 = 34,000,000 元 = 0.34 亿元.
        #expect(MoneyUnit.convert(3400, from: .wan, to: .yuan) == 34_000_000)
        #expect(MoneyUnit.convert(3400, from: .wan, to: .yi) == 0.34)
        // 46.074 万元 = 460,740 元.
        #expect(MoneyUnit.wan.convert(46.074, to: .yuan) == 460_740)
        #expect(MoneyUnit.convert(1.5, from: .yi, to: .yi) == 1.5)
    }

    @Test("suffixes in simplified, traditional and ASCII spellings")
    func suffixes() {
        #expect(MoneyUnit(suffix: "元") == .yuan)
        #expect(MoneyUnit(suffix: "万") == .wan)
        #expect(MoneyUnit(suffix: "万元") == .wan)
        #expect(MoneyUnit(suffix: "亿") == .yi)
        #expect(MoneyUnit(suffix: "亿元") == .yi)
        #expect(MoneyUnit(suffix: "萬元") == .wan)
        #expect(MoneyUnit(suffix: "億") == .yi)
        #expect(MoneyUnit(suffix: "\u{3000}万元 ") == .wan)
        #expect(MoneyUnit(suffix: "wan") == .wan)
        #expect(MoneyUnit(suffix: "千元") == nil)
        #expect(MoneyUnit(suffix: "%") == nil)
    }

    @Test("symbols")
    func symbols() {
        #expect(MoneyUnit.allCases.map(\.symbol) == ["元", "万元", "亿元"])
    }
}

@Suite("MoneyFormatter")
struct MoneyFormatterTests {
    @Test("亿元 with two decimals, as in the seed report")
    func yi() {
        #expect(MoneyFormatter(unit: .yi).string(2_087_000, in: .wan) == "208.70亿元")
        #expect(MoneyUnit.yi.format(208.7) == "208.70亿元")
    }

    @Test("万元 with thousands separators")
    func wan() {
        #expect(MoneyUnit.wan.format(11559.274) == "11,559.27万元")
        #expect(MoneyUnit.wan.format(11513.2) == "11,513.20万元")
        #expect(MoneyUnit.yuan.format(115_592_740, as: .wan) == "11,559.27万元")
        #expect(MoneyUnit.yuan.format(1_234_567_890.125, decimals: 0) == "1,234,567,890元")
    }

    @Test("selectable decimals, grouping and symbol")
    func options() {
        let plain = MoneyFormatter(unit: .wan, decimals: 3, groupsThousands: false, showsUnit: false)
        #expect(plain.string(11559.274, in: .wan) == "11559.274")
        #expect(MoneyFormatter(unit: .yi, decimals: 1).string(-2_087_000, in: .wan) == "-208.7亿元")
        #expect(MoneyFormatter().string(nil, in: .wan) == "—")
        #expect(MoneyFormatter().string(.nan, in: .wan) == "—")
        #expect(MoneyFormatter(decimals: 2).string(-0.001, in: .wan) == "0.00万元")
    }

    @Test("rounding is half away from zero on the printed decimal, as Excel's ROUND")
    func rounding() {
        let two = MoneyFormatter(unit: .wan, decimals: 2, groupsThousands: true, showsUnit: false)
        #expect(two.string(2.675, in: .wan) == "2.68")
        #expect(two.string(0.125, in: .wan) == "0.13")
        #expect(two.string(1.005, in: .wan) == "1.01")
        #expect(two.string(-2.675, in: .wan) == "-2.68")
        #expect(two.string(999.995, in: .wan) == "1,000.00")
        #expect(two.string(0.0049, in: .wan) == "0.00")
        #expect(two.string(1e-05, in: .wan) == "0.00")
        #expect(two.string(1.2345e20, in: .wan) == "123,450,000,000,000,000,000.00")
        #expect(two.string(1200, in: .wan) == "1,200.00")
        #expect(two.string(0, in: .wan) == "0.00")
        let none = MoneyFormatter(unit: .wan, decimals: 0, showsUnit: false)
        #expect(none.string(0.5, in: .wan) == "1")
        #expect(none.string(1234.4, in: .wan) == "1,234")
    }

    @Test("percentages")
    func percent() {
        #expect(PercentFormatter().string(0.078) == "7.8%")
        #expect(PercentFormatter(decimals: 2, isAlreadyPercent: true).string(2.97) == "2.97%")
        #expect(PercentFormatter().string(nil) == "—")
    }
}
