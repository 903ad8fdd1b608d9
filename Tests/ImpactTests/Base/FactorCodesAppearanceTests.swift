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

    @Test("with missing keys: -1 and no level; the levels are the keys in order of first appearance")
    func missingKeys() {
        let numbered = FactorCodes.firstAppearanceCodes(of: ["批发零售", nil, "制造业", "批发零售", nil, "信息技术"])
        #expect(numbered.codes == [0, -1, 1, 0, -1, 2])
        #expect(numbered.levels == ["批发零售", "制造业", "信息技术"])
        let allMissing = FactorCodes.firstAppearanceCodes(of: [Int?](repeating: nil, count: 3))
        #expect(allMissing.codes == [-1, -1, -1] && allMissing.levels.isEmpty)
        // The factor without missing keys numbers them the same way.
        let years: [Int?] = [2023, 2021, 2023, 2022]
        #expect(FactorCodes.firstAppearanceCodes(of: years).codes == FactorCodes(name: "year", firstAppearanceOf: [2023, 2021, 2023, 2022]).codes)
    }

    @Test("CategoricalColumn(labels): blank and nil labels are missing, levels by first appearance")
    func categoricalColumn() {
        let column = CategoricalColumn(["否", "", "是", nil, "否", "是"])
        #expect(column.codes == [0, -1, 1, -1, 0, 1] && column.levels == ["否", "是"])
        #expect(column[1] == nil && column[2] == "是")
        #expect(CategoricalColumn([]).levels.isEmpty)
    }

    @Test("a^b: one level per observed pair, numbered by first appearance")
    func combination() {
        let firm = FactorCodes(name: "firm", codes: [0, 0, 1, 1, 0], levelCount: 2)
        let year = FactorCodes(name: "year", codes: [0, 1, 0, 1, 0], levelCount: 2)
        let pair = FactorLevels.combination([firm, year], name: "firm^year")
        #expect(pair.codes == [0, 1, 2, 3, 0] && pair.levelCount == 4 && pair.name == "firm^year")
    }
}
