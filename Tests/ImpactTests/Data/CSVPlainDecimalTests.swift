import Testing
@testable import Impact

/// The one-pass reading of plain decimals (`[-]digits[.digits]`, at most 15 digits) must give
/// the same bits as `Double(String)` and as the general scan, at and around its limits.
@Suite("CSV reader: plain decimals")
struct CSVPlainDecimalTests {
    private func values(_ texts: [String]) throws -> [Double] {
        try CSVReader.read(text: "v\n" + texts.joined(separator: "\n") + "\n").numeric("v").values
    }

    @Test("fixed-point cells as the benchmark panel writes them, and the digit-count limits")
    func limits() throws {
        let texts = ["0.609743", "-1.574334", "0.00", "-0.00", "2015", "0012.50",
                     "123456789012345", "12345678901234.5", "0.000000000000001",
                     "1234567890123456", "0.1234567890123456", "9007199254740993", "-999999999999999",
                     "99999999999999.99", "0.3", "1.7"]
        let read = try values(texts)
        for (text, value) in zip(texts, read) {
            #expect(value.bitPattern == Double(text)!.bitPattern, "\(text)")
        }
        #expect(read[3].sign == .minus)
        #expect(try values(["5.", ".5", "-.25", "-7"]) == [5, 0.5, -0.25, -7])
        // Two decimal points are not a number: the general scan reports the cell.
        #expect(throws: CSVError.self) { try CSVReader.read(text: "v\n1.5\n1.2.3\n") }
    }

    @Test("20,000 pseudo-random fixed-point cells of 1 to 16 digits agree with Double(String)")
    func pseudoRandom() throws {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        var texts: [String] = []
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let digits = Int(state >> 60) + 1
            let fraction = Int((state >> 54) & 0xF) % (digits + 1)
            var text = String((state >> 4) % 10_000_000_000_000_000)
            text = String(repeating: "0", count: max(0, digits - text.count)) + text
            text = String(text.suffix(digits))
            if fraction > 0 { text.insert(".", at: text.index(text.endIndex, offsetBy: -fraction)) }
            texts.append(state & 1 == 1 ? "-" + text : text)
        }
        let read = try values(texts)
        let mismatches = zip(texts, read).filter { $1.bitPattern != Double($0)!.bitPattern }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
    }
}
