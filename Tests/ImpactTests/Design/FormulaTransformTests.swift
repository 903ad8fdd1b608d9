import Foundation
import Testing
@testable import Impact

@Suite("Formula: I(), poly() and functions of columns")
struct FormulaTransformTests {
    private func names(_ formula: String) throws -> [String] {
        try Formula(formula).terms.map(\.description)
    }

    /// A small table: x = 1, 4, 0, −1, 9, 2 (row 6 has no z); y and a text column.
    private func table() throws -> Table {
        try Table(columns: [
            ("y", .numeric(NumericColumn(values: [1.0, 2.5, 2.0, 4.5, 3.0, 7.0]))),
            ("x", .numeric(NumericColumn(values: [1, 4, 0, -1, 9, 2]))),
            ("z", .numeric(NumericColumn([2, 1, 3, 5, 0, nil]))),
            ("营业 收入", .numeric(NumericColumn(values: [10, 20, 30, 40, 50, 60]))),
            ("sector", .categorical(CategoricalColumn(["a", "b", "a", "b", "a", "b"]))),
        ])
    }

    @Test("names follow formulaic (pyfixest): spaced operators, ** for the power, minimal parentheses", arguments: [
        ("y ~ I((age-25)^2)", "I((age - 25) ** 2)"), ("y ~ I((age-25)**2)", "I((age - 25) ** 2)"),
        ("y ~ I(((age)-25)^2)", "I((age - 25) ** 2)"), ("y ~ I(2.50*age)", "I(2.5 * age)"),
        ("y ~ I(age-inc-1)", "I(age - inc - 1)"), ("y ~ I(age-(inc-1))", "I(age - (inc - 1))"),
        ("y ~ I(-age)", "I(-age)"), ("y ~ I(2*age^2)", "I(2 * age ** 2)"), ("y ~ I((-age)^2)", "I((-age) ** 2)"),
        ("y ~ I(-age^2)", "I(-age ** 2)"), ("y ~ I(age*(inc+1))", "I(age * (inc + 1))"),
        ("y ~ I(2^3^2)", "I(2 ** 3 ** 2)"), ("y ~ I((2^3)^2)", "I((2 ** 3) ** 2)"), ("y ~ I(1/inc)", "I(1 / inc)"),
        ("y ~ exp(inc/100)", "exp(inc / 100)"), ("y ~ log(inc + 1)", "log(inc + 1)"), ("y ~ log(inc)", "log(inc)"),
        ("y ~ np.log1p(inc)", "log1p(inc)"), ("y ~ I(abs(age - 30))", "I(abs(age - 30))"),
        ("y ~ sqrt(`营业 收入`)", "sqrt(`营业 收入`)"), ("y ~ I(1e3*x)", "I(1000.0 * x)"),
    ])
    func naming(formula: String, name: String) throws {
        #expect(try names(formula) == [name])
    }

    @Test("I() terms interact and cross like columns; log(column) stays the plain logarithm")
    func interactions() throws {
        #expect(try names("y ~ I(x^2):sector + x") == ["x", "I(x ** 2):sector"])
        #expect(try names("y ~ I(x^2)*z") == ["I(x ** 2)", "z", "I(x ** 2):z"])
        #expect(try Formula("y ~ log(x)").terms[0].factors == [.logarithm("x")])
        #expect(try Formula("y ~ I(x/z + x)").columnNames == ["y", "x", "z"])
        #expect(try Formula("I(log(y)) ~ x").response == .transformed(.function(.log, .column("y")), wrapped: true))
    }

    @Test("poly(x, k): raw powers named by power; raw=True names them as pyfixest, from 0")
    func polynomialNames() throws {
        let frame = try ModelFrame(formula: "y ~ poly(x, 3)", table: try table())
        #expect(frame.regressorNames == ["Intercept", "poly(x, 3)[1]", "poly(x, 3)[2]", "poly(x, 3)[3]"])
        #expect(frame.regressors.column(3) == [1, 64, 0, -1, 729, 8])
        let raw = try ModelFrame(formula: "y ~ poly(x, 2, raw=True)", table: try table())
        #expect(raw.regressorNames == ["Intercept", "poly(x, 2, raw=True)[0]", "poly(x, 2, raw=True)[1]"])
    }

    @Test("values by hand, and undefined rows dropped and counted by reason, not as missing")
    func droppedByReason() throws {
        // sqrt(x): x = −1 (row 4) is undefined; z is missing in row 6 (missing first).
        let frame = try ModelFrame(formula: "y ~ sqrt(x) + I(x / z)", table: try table())
        // Row 5 has z = 0: division by zero.
        #expect(frame.sourceRows == [0, 1, 2])
        #expect(frame.regressors.column(1) == [1, 2, 0])
        #expect(frame.regressors.column(2) == [0.5, 4, 0])
        #expect(frame.droppedForMissing == 3)
        #expect(frame.notes == [.rowsDropped(reason: .sqrtOfNegative, count: 1),
                                .rowsDropped(reason: .divisionByZero, count: 1)])
        let logged = try ModelFrame(formula: "y ~ I(log(x)) + log1p(x)", table: try table())
        #expect(logged.notes == [.rowsDropped(reason: .logOfNonPositive, count: 2)])
        let power = try ModelFrame(formula: "y ~ I(x^0.5)", table: try table())
        #expect(power.notes == [.rowsDropped(reason: .undefinedValue, count: 1)])
        let overflow = try ModelFrame(formula: "y ~ I(exp(x * 100))", table: try table())
        #expect(overflow.notes == [.rowsDropped(reason: .infinite, count: 1)])
    }

    @Test("a transformed response and transformed weights")
    func responseAndWeights() throws {
        let frame = try ModelFrame(formula: "I(y * 2) ~ x", table: try table(), weights: "I(1/(x + 2))")
        #expect(frame.responseName == "I(y * 2)")
        let expectedResponse: [Double] = [2, 5, 4, 9, 6, 14]
        #expect(frame.response == expectedResponse)
        let expectedWeights: [Double] = [1.0 / 3, 1.0 / 6, 1.0 / 2, 1, 1.0 / 11, 1.0 / 4]
        #expect(frame.weights == expectedWeights)
        let dropped = try ModelFrame(formula: "y ~ x", table: try table(), weights: "I(1/abs(x))")
        #expect(dropped.notes == [.rowsDropped(reason: .divisionByZero, count: 1)])
        #expect(throws: FormulaError.nonPositiveWeight(column: "I(1/x)", row: 4, value: -1)) {
            try ModelFrame(formula: "y ~ z", table: try table(), weights: "I(1/x)")
        }
    }

    @Test("errors point at the column of the formula text")
    func errorLocations() throws {
        #expect(throws: FormulaError.unknownColumn("inc", nearest: nil,
                                                   at: FormulaLocation(formula: "y ~ I(1/inc)", position: 8, length: 3))) {
            try ModelFrame(formula: "y ~ I(1/inc)", table: try table())
        }
        #expect(throws: FormulaError.notNumeric("sector", role: "an argument of I() or of a function",
                                                at: FormulaLocation(formula: "y ~ x + I(sector^2)", position: 10, length: 6))) {
            try ModelFrame(formula: "y ~ x + I(sector^2)", table: try table())
        }
        // In --weights, the location is in the weights text.
        #expect(throws: FormulaError.unknownColumn("w", nearest: "y",
                                                   at: FormulaLocation(formula: "I(1/w)", position: 4, length: 1))) {
            try ModelFrame(formula: "y ~ x", table: try table(), weights: "I(1/w)")
        }
        #expect(throws: FormulaError.unexpectedToken(")", expected: "a column, a number, a function such as log(…) or '(' in the expression",
                                                     at: FormulaLocation(formula: "y ~ I(x + )", position: 10, length: 1))) {
            try Formula("y ~ I(x + )")
        }
        #expect(throws: FormulaError.unknownFunction("sqr", nearest: "sqrt",
                                                     at: FormulaLocation(formula: "y ~ I(sqr(x))", position: 6, length: 3))) {
            try Formula("y ~ I(sqr(x))")
        }
        #expect(throws: FormulaError.invalidArgument(function: "poly", reason: "the degree must be a whole number of at least 1",
                                                     at: FormulaLocation(formula: "y ~ poly(x, 0)", position: 12, length: 1))) {
            try Formula("y ~ poly(x, 0)")
        }
    }

    @Test("no rows left: counted by reason in one sentence")
    func noRowsLeft() throws {
        let error = #expect(throws: FormulaError.self) { try ModelFrame(formula: "y ~ sqrt(x - 100)", table: try table()) }
        #expect(error?.message == "No observations are left for 'y ~ sqrt(x - 100)': of 6 rows, 6 have sqrt() of a negative value; check those columns.")
    }

    @Test("nesting inside I() is bounded like parentheses")
    func nestingBound() throws {
        let deep = "y ~ I(" + String(repeating: "(", count: 100) + "x" + String(repeating: ")", count: 100) + ")"
        #expect(throws: FormulaError.self) { try Formula(deep) }
        let minus = "y ~ I(" + String(repeating: "-", count: 100) + "x)"
        #expect(throws: FormulaError.self) { try Formula(minus) }
    }

    @Test("a built formula with I() and poly() prints text the parser reads back")
    func roundTrip() throws {
        let parsed = try Formula("y ~ I((x - 1)^2) + poly(z, 2) + sqrt(x)")
        let built = Formula(response: .variable("y"), terms: parsed.terms)
        #expect(try Formula(built.source).terms == parsed.terms)
    }
}
