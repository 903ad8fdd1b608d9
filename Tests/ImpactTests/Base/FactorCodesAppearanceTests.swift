import Testing
@testable import Impact

@Suite("Factor codes by first appearance")
struct FactorCodesAppearanceTests {
    @Test("levels numbered in order of first appearance, repeats share a code")
    func firstAppearance() {
        let sectors = FactorCodes(name: "行业", firstAppearanceOf: ["制造业", "批发零售", "制造业", "信息技术", "批发零售"])
        #expect(sectors.codes == [0, 1, 0, 2, 1] && sectors.levelCount == 3 && sectors.name == "行业")
        let years = FactorCodes(name: "year", firstAppearanceOf: [2023, 2021, 2023, 2022])
        #expect(years.codes == [0, 1, 0, 2] && years.levelCount == 3)
        let none = FactorCodes(name: "empty", firstAppearanceOf: [Int]())
        #expect(none.codes.isEmpty && none.levelCount == 0)
    }

    @Test("a^b: one level per observed pair, numbered by first appearance")
    func combination() {
        let firm = FactorCodes(name: "firm", codes: [0, 0, 1, 1, 0], levelCount: 2)
        let year = FactorCodes(name: "year", codes: [0, 1, 0, 1, 0], levelCount: 2)
        let pair = FactorLevels.combination([firm, year], name: "firm^year")
        #expect(pair.codes == [0, 1, 2, 3, 0] && pair.levelCount == 4 && pair.name == "firm^year")
    }
}
