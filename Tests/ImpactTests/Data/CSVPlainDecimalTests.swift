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

    /// `PlainDecimal`'s three entry points on one cell followed by `terminator` and padding.
    private func readings(_ text: String, terminator: UInt8 = UInt8(ascii: ","))
        -> (quick: Double?, bytes: Double?, whole: Double?, end: Int?) {
        let cell = Array(text.utf8)
        let padded = cell + [terminator] + [UInt8](repeating: UInt8(ascii: "9"), count: 24)
        return padded.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            let scanned = PlainDecimal.scanByBytes(base, 0, buffer.count, UInt8(ascii: ","))
            let whole = cell.withUnsafeBufferPointer { PlainDecimal.wholeCell($0.baseAddress ?? base, $0.count) }
            return (PlainDecimal.quick(base, UInt8(ascii: ",")), scanned?.0, whole, scanned?.1)
        }
    }

    @Test("the word-at-a-time, byte-at-a-time and whole-cell readings agree, at the 7- and 8-digit runs")
    func entryPointsAgree() {
        let accepted = ["0", "-0", "7", "-1.574334", "0.609743", "0.00", "-0.00", "2015", "1234567.1234567",
                        "-1234567.1234567", "12345678", "0.12345678", "12345678.1234567", "000000000000001",
                        "99999999999999.9", "5.", ".5", "-.25"]
        let shortForms: [String: Double] = ["5.": 5, ".5": 0.5, "-.25": -0.25]
        for text in accepted {
            let expected = (shortForms[text] ?? Double(text)!).bitPattern
            for terminator in [UInt8(ascii: ","), 0x0A, 0x0D] {
                let (quick, bytes, whole, end) = readings(text, terminator: terminator)
                #expect(bytes?.bitPattern == expected, "\(text)")
                #expect(whole?.bitPattern == expected, "\(text)")
                #expect(end == text.utf8.count, "\(text)")
                // The word-at-a-time path declines runs of 8 digits or more, never misreads them.
                if let quick { #expect(quick.bitPattern == expected, "\(text)") }
            }
        }
        #expect(readings("1234567.1234567").quick != nil)
        #expect(readings("-1.574334").quick != nil)
        #expect(readings("12345678").quick == nil)
        #expect(readings("0.12345678").quick == nil)
        for rejected in ["", "-", ".", "-.", "1.2.3", "+1", "1e5", " 1", "1 ", "1,5", "0x10", "1234567890123456",
                         "0.1234567890123456", "--1", "1-"] {
            let (quick, bytes, whole, _) = readings(rejected)
            #expect(whole == nil, "\(rejected)")
            // Followed by `,`, a prefix may be a number (`1,5` reads `1`), but never a longer cell.
            if rejected.contains(",") { continue }
            #expect(quick == nil, "\(rejected)")
            #expect(bytes == nil, "\(rejected)")
        }
    }
}
