import Foundation
import Testing
@testable import Impact

@Suite("formula limits: nesting, length and terms counted before expansion")
struct FormulaLimitsTests {
    @Test("65 nested parentheses are refused at the 65th; 64 parse")
    func nesting() throws {
        let deep = "y ~ " + String(repeating: "(", count: 65) + "x" + String(repeating: ")", count: 65)
        #expect(throws: FormulaError.nestedTooDeeply(limit: 64, at: FormulaLocation(formula: deep, position: 4 + 64, length: 1))) {
            try Formula(deep)
        }
        let fine = "y ~ " + String(repeating: "(", count: 64) + "x" + String(repeating: ")", count: 64)
        #expect(try Formula(fine).terms.count == 1)
    }

    @Test("10,000 parentheses and a 9,990-term sum are refused by their token count, at once")
    func length() {
        let start = Date()
        #expect(throws: FormulaError.self) {
            try Formula("y ~ " + String(repeating: "(", count: 10_000) + "x" + String(repeating: ")", count: 10_000))
        }
        #expect(throws: FormulaError.tooLong(tokens: 19_982, limit: 2_048)) {
            try Formula("y ~ " + (0..<9_990).map { "x\($0)" }.joined(separator: "+"))
        }
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test("c0*…*c11 (4,095 terms) expands; c0*…*c12 (8,191) is refused before it is formed")
    func crossing() throws {
        let twelve = try Formula("y ~ " + (0..<12).map { "c\($0)" }.joined(separator: "*"))
        #expect(twelve.terms.count == 4_095)
        let start = Date()
        #expect(throws: FormulaError.tooManyTerms(count: 8_191, limit: 4_096)) {
            try Formula("y ~ " + (0..<13).map { "c\($0)" }.joined(separator: "*"))
        }
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test("a 1,000-term sum and a 1,000-factor interaction parse on a test thread (ASan found a stack overflow)")
    func longChains() throws {
        let formula = try Formula("y ~ " + (0..<1_000).map { "x\($0)" }.joined(separator: " + "))
        #expect(formula.terms.count == 1_000 && formula.terms.last?.description == "x999")
        let interaction = try Formula("y ~ " + (0..<1_000).map { "x\($0)" }.joined(separator: ":"))
        #expect(interaction.terms.count == 1 && interaction.terms[0].degree == 1_000)
        let mixed = try Formula("y ~ (a + b) * c - b:c + 0 - 1 + 1")
        #expect(mixed.terms.map(\.description) == ["a", "b", "c", "a:c"] && mixed.hasIntercept)
        #expect(throws: FormulaError.self) { try Formula("y ~ 1:x + z") }
    }
}

@Suite("memory budget")
struct MemoryBudgetTests {
    @Test("the override is read in bytes, binary units and percent of physical memory")
    func parse() {
        #expect(MemoryBudget.parse("800M", physicalMemory: 0) == 800 * 1_048_576)
        #expect(MemoryBudget.parse("4G", physicalMemory: 0) == 4 * 1_073_741_824)
        #expect(MemoryBudget.parse("1000", physicalMemory: 0) == 1000)
        #expect(MemoryBudget.parse("50%", physicalMemory: 1000) == 500)
        #expect(MemoryBudget.parse("lots", physicalMemory: 1000) == nil)
    }

    @Test("a design of 1M levels over 1M rows is refused before allocating, saying what it needs")
    func refuse() {
        let budget = MemoryBudget(bytes: 1 << 30)
        #expect(throws: MemoryBudgetError.self) {
            try budget.check(.designMatrix(observations: 1_000_000, parameters: 1_000_000),
                             count: MemoryBudget.product(1_000_000, 1_000_000, 3))
        }
        let error = MemoryBudgetError.exceeded(what: .designMatrix(observations: 1_000_000, parameters: 1_000_000),
                                               needed: 24_000_000_000_000, budget: 1 << 30)
        #expect(error.description.contains("21.8 TiB") && error.description.contains("1.0 GiB")
                && error.description.contains("IMPACT_MEMORY_BUDGET"))
        #expect(MemoryBudget.product(Int.max, 2) == Int.max)
    }
}
