import Testing
@testable import Impact

@Suite("Formula: the instrumental-variables part")
struct FormulaInstrumentsTests {
    @Test("fixest's y ~ exog | fe1 + fe2 | endog ~ instr1 + instr2")
    func withFixedEffects() throws {
        let formula = try Formula("y ~ x1 | firm + year | x2 ~ z1 + z2")
        #expect(formula.terms.map(\.description) == ["x1"])
        #expect(formula.fixedEffects.map(\.description) == ["firm", "year"])
        let instruments = try #require(formula.instruments)
        #expect(instruments.endogenous.map(\.description) == ["x2"])
        #expect(instruments.instruments.map(\.description) == ["z1", "z2"])
        #expect(formula.columnNames == ["y", "x1", "firm", "year", "x2", "z1", "z2"])
        #expect(instruments.instrumentLocation.position == 28)
        #expect(instruments.instrumentLocation.length == 7)
    }

    @Test("without fixed effects the first | part is the instruments when it holds a ~")
    func withoutFixedEffects() throws {
        let formula = try Formula("y ~ x1 + log(x3) | x2 + x4 ~ z1 + z2:z3")
        #expect(formula.fixedEffects.isEmpty)
        #expect(formula.instruments?.endogenous.map(\.description) == ["x2", "x4"])
        #expect(formula.instruments?.instruments.map(\.description) == ["z1", "z2:z3"])
        #expect(try Formula("y ~ x1 | firm").instruments == nil)
    }

    @Test("Chinese names in backticks and an intercept-only exogenous part")
    func chineseNames() throws {
        let formula = try Formula("`营业收入` ~ 1 | `企业` | `研发 投入` ~ `政策 距离`")
        #expect(formula.hasIntercept)
        #expect(formula.terms.isEmpty)
        #expect(formula.instruments?.endogenous.map(\.description) == ["研发 投入"])
        #expect(formula.instruments?.instruments.map(\.description) == ["政策 距离"])
    }

    @Test("fewer instruments than endogenous regressors is under-identified, pointing at the instruments")
    func underidentified() throws {
        let source = "y ~ x1 | x2 + x3 ~ z1"
        #expect(throws: FormulaError.underidentified(endogenous: ["x2", "x3"], instruments: ["z1"],
                                                     at: FormulaLocation(formula: source, position: 19, length: 2))) {
            try Formula(source)
        }
        let error = try #require(throws: FormulaError.self) { try Formula(source) }
        #expect(error.description.contains("2 endogenous regressors (x2, x3) but only 1 excluded instrument (z1)"))
        #expect(error.description.hasSuffix("                     ^^"))
    }

    @Test("the intercept, a repeated regressor and a third | part are rejected where they are written")
    func rejected() throws {
        #expect(throws: FormulaError.invalidTerm("1", reason: "the intercept cannot be endogenous or an instrument",
                                                 at: FormulaLocation(formula: "y ~ x | w ~ 1 + z", position: 12, length: 1))) {
            try Formula("y ~ x | w ~ 1 + z")
        }
        let both = try #require(throws: FormulaError.self) { try Formula("y ~ x1 + x2 | x2 ~ z1") }
        #expect(both.message.contains("both an exogenous and an endogenous regressor"))
        let third = try #require(throws: FormulaError.self) { try Formula("y ~ x1 | firm | year") }
        #expect(third.message.contains("the instrument part 'endogenous ~ instruments' after the second '|'"))
        #expect(third.location?.position == 16)
    }
}
