import Testing
@testable import Impact

/// A formula built as a value writes a `source` that the parser reads back to the same
/// formula, whatever the column names and reference levels.
@Suite("Formulas built as values")
struct FormulaBuildingTests {
    @Test("awkward names and levels round-trip through the parser",
          arguments: ["y", "营业 收入", "post-2020", "a^b", "x.1"], [nil, "b", "it's", #"say "hi""#, "nan", "+1", "-1"])
    func roundTrip(name: String, reference: String?) throws {
        let built = Formula(
            response: .variable(name),
            terms: [FormulaTerm([.variable("x")]), FormulaTerm([.categorical("sector " + name, reference: reference)]),
                    FormulaTerm([.eventTime("rel", references: ["-1", reference ?? "0"])])],
            fixedEffects: [FixedEffect(columns: [name]), FixedEffect(columns: ["firm", "年 份"])])
        let parsed = try Formula(built.source)
        #expect(parsed.response == built.response)
        #expect(parsed.terms == built.terms, "\(built.source)")
        #expect(parsed.fixedEffects == built.fixedEffects)
    }
}
