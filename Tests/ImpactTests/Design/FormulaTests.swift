import Testing
@testable import Impact

@Suite("Formula parsing")
struct FormulaTests {
    private func names(_ formula: String) throws -> [String] {
        try Formula(formula).terms.map(\.description)
    }

    @Test("the fixest-style example parses into terms and fixed effects")
    func fullExample() throws {
        let formula = try Formula("y ~ x1 + x2 + C(sector) + x1:x2 | firm_id + year")
        #expect(formula.response == .variable("y"))
        #expect(formula.terms.map(\.description) == ["x1", "x2", "C(sector)", "x1:x2"])
        #expect(formula.terms[2].factors == [.categorical("sector", reference: nil)])
        #expect(formula.hasIntercept)
        #expect(formula.fixedEffects.map(\.description) == ["firm_id", "year"])
        #expect(formula.columnNames == ["y", "x1", "x2", "sector", "firm_id", "year"])
    }

    @Test("0 and -1 remove the intercept, +1 keeps it", arguments: [
        ("y ~ x", true), ("y ~ x - 1", false), ("y ~ 0 + x", false), ("y ~ -1 + x", false),
        ("y ~ x + 0", false), ("y ~ x + 1", true), ("y ~ 1 + x", true), ("y ~ x - 1 + 1", true),
    ])
    func intercept(formula: String, expected: Bool) throws {
        let parsed = try Formula(formula)
        #expect(parsed.hasIntercept == expected)
        #expect(parsed.terms.map(\.description) == ["x"])
    }

    @Test("a*b expands to main effects and interaction; terms are ordered by degree")
    func expansion() throws {
        #expect(try names("y ~ a*b") == ["a", "b", "a:b"])
        #expect(try names("y ~ a*b*c") == ["a", "b", "c", "a:b", "a:c", "b:c", "a:b:c"])
        #expect(try names("y ~ (a + b):c") == ["a:c", "b:c"])
        #expect(try names("y ~ a*b - a:b") == ["a", "b"])
        #expect(try names("y ~ a:b + a") == ["a", "a:b"])
        #expect(try names("y ~ a + b:a + a:b + a") == ["a", "b:a"])
        #expect(try names("y ~ treated:post + x1") == ["x1", "treated:post"])
    }

    @Test("C() takes its reference level in the patsy or fixest spelling", arguments: [
        "y ~ C(s, ref=\"b\")", "y ~ C(s, ref='b')", "y ~ C(s, Treatment(\"b\"))",
        "y ~ C(s, Treatment(reference='b'))", "y ~ C(s,ref=b)",
    ])
    func categoricalReference(formula: String) throws {
        let parsed = try Formula(formula)
        #expect(parsed.terms.first?.factors == [.categorical("s", reference: "b")])
        #expect(parsed.terms.first?.description == "C(s, Treatment(\"b\"))")
    }

    @Test("i() takes one reference or a list", arguments: [
        ("y ~ i(rel_year, ref=-1)", ["-1"]), ("y ~ i(rel_year, ref=c(-1, -2))", ["-1", "-2"]),
        ("y ~ i(rel_year, ref=[-1,-7])", ["-1", "-7"]), ("y ~ i(rel_year)", []),
    ])
    func eventTime(formula: String, references: [String]) throws {
        let parsed = try Formula(formula + " | firm_id + year")
        #expect(parsed.terms.first?.factors == [.eventTime("rel_year", references: references)])
    }

    @Test("fixest's i(var, x, ref=…) is the interaction i(var, ref=…):x")
    func eventTimeInteraction() throws {
        let sugar = try Formula("y ~ i(rel, treated, ref=-1) | firm")
        let spelled = try Formula("y ~ i(rel, ref=-1):treated | firm")
        #expect(sugar.terms == spelled.terms)
        #expect(sugar.terms.first?.factors == [.eventTime("rel", references: ["-1"]), .variable("treated")])
        #expect(try Formula("y ~ i(rel, treated)").terms.first?.degree == 2)
        #expect(throws: FormulaError.self) { try Formula("y ~ i(rel, treated, -1)") }
    }

    @Test("log() on either side, combined fixed effects, backtick names")
    func logAndCombinedEffects() throws {
        let formula = try Formula("log(revenue) ~ log(assets) + `研发 投入` | firm_id^year + sector")
        #expect(formula.response == .logarithm("revenue"))
        #expect(formula.terms.map(\.description) == ["log(assets)", "研发 投入"])
        #expect(formula.fixedEffects == [FixedEffect(columns: ["firm_id", "year"]), FixedEffect(columns: ["sector"])])
    }

    @Test("a stray token is reported with its position and a caret")
    func unexpectedToken() {
        let formula = "y ~ x1 + )"
        #expect(throws: FormulaError.unexpectedToken(
            ")", expected: "a column name, a function such as C(…), 0 or 1",
            at: FormulaLocation(formula: formula, position: 9, length: 1))) {
            try Formula(formula)
        }
        do {
            _ = try Formula(formula)
        } catch {
            #expect(error.description == """
                Unexpected ')' at position 10 of the formula; expected a column name, a function such as C(…), 0 or 1.
                  y ~ x1 + )
                           ^
                """)
        }
    }

    @Test("syntax errors have their own cases")
    func syntaxErrors() {
        #expect(throws: FormulaError.missingTilde(formula: "y x1")) { try Formula("y x1") }
        #expect(throws: FormulaError.unexpectedEnd(
            expected: "a column name, a function such as C(…), 0 or 1",
            at: FormulaLocation(formula: "y ~ x1 +", position: 8))) { try Formula("y ~ x1 +") }
        #expect(throws: FormulaError.unexpectedCharacter(
            "$", at: FormulaLocation(formula: "y ~ x $ z", position: 6))) { try Formula("y ~ x $ z") }
        #expect(throws: FormulaError.unknownFunction(
            "lg", nearest: "log", at: FormulaLocation(formula: "y ~ lg(x)", position: 4, length: 2))) {
            try Formula("y ~ lg(x)")
        }
        #expect(throws: FormulaError.invalidTerm(
            "2", reason: "only 0 and 1 (the intercept) may appear as numbers",
            at: FormulaLocation(formula: "y ~ 2*x", position: 4))) { try Formula("y ~ 2*x") }
        #expect(throws: FormulaError.unterminatedQuote(
            at: FormulaLocation(formula: "y ~ C(s, ref=\"b)", position: 13))) { try Formula("y ~ C(s, ref=\"b)") }
        #expect(throws: FormulaError.invalidArgument(
            function: "C", reason: "the second argument must be ref=\"level\" or Treatment(\"level\")",
            at: FormulaLocation(formula: "y ~ C(s, foo=1)", position: 9, length: 3))) {
            try Formula("y ~ C(s, foo=1)")
        }
        // Instrumental variables (`y ~ x | f | z ~ w`) parse; a part after them does not.
        #expect(throws: FormulaError.unexpectedToken(
            "|", expected: "'+', '-', '*', ':', '|' or the end of the formula",
            at: FormulaLocation(formula: "y ~ x | f | z ~ w | g", position: 18))) { try Formula("y ~ x | f | z ~ w | g") }
        #expect(throws: FormulaError.self) { try Formula("y ~ x1:1") }
        #expect(throws: FormulaError.self) { try Formula("C(y) ~ x") }
        #expect(throws: FormulaError.self) { try Formula("y ~ (x1 + x2") }
    }

    @Test("the caret line counts Chinese characters as two cells")
    func wideCaret() {
        let location = FormulaLocation(formula: "收入 ~ 补贴 + )", position: 10)
        #expect(location.caretLines == "  收入 ~ 补贴 + )\n                ^")
    }
}
