import Testing
@testable import Impact
#if canImport(Glibc)
import Glibc
#endif

/// The in-place read of `CSVTableBuilder` (exactly sized columns, two parts written in
/// place) must give exactly the sequential read's table, and must decline whenever it could
/// differ.
@Suite("CSV reader: in-place read")
struct CSVInPlaceReadTests {
    /// The sequential table, the table `build` gives when every input counts as large, and
    /// whether the in-place read itself accepted the input.
    private func reads(_ text: String, options: CSVReadOptions = CSVReadOptions()) throws
        -> (sequential: Table, large: Table, inPlace: Bool) {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer in
            var sequential = try CSVTableBuilder(bytes: buffer, fileName: "data.csv", options: options, release: nil)
            let table = try sequential.build(parallelThreshold: Int.max)
            var large = try CSVTableBuilder(bytes: buffer, fileName: "data.csv", options: options, release: nil)
            let largeTable = try large.build(parallelThreshold: 0)
            var probe = try CSVTableBuilder(bytes: buffer, fileName: "data.csv", options: options, release: nil)
            return (table, largeTable, probe.inPlaceBuild(threshold: 0) != nil)
        }
    }

    /// A small firm-year panel: ids, years, a Chinese sector name, flags and amounts.
    private func panel(firms: Int, lineEnd: String = "\n", blankAfterRow: Int = .max) -> String {
        let sectors = ["制造业", "批发零售", "信息技术"]
        var text = "企业代码,年份,行业,treated,营收(万元),growth" + lineEnd
        var row = 0
        for firm in 0..<firms {
            for year in 2019...2022 {
                let revenue = row >= blankAfterRow && row % 3 == 0 ? "" : "\(1200 + firm * 37 + year % 7).\(row % 10)5"
                let growth = row >= blankAfterRow && row % 4 == 1 ? "NA" : "\(row % 2 == 0 ? "-" : "")0.0\(row % 97)"
                text += "91440300MA5F\(firm + 1000),\(year),\(sectors[firm % 3]),\(firm % 2),\(revenue),\(growth)" + lineEnd
                row += 1
            }
        }
        return text
    }

    /// The longest plain decimal the word-at-a-time path takes apart (`-`, 7 integer digits,
    /// an 8-digit fraction run) reads 18 bytes; a file ending on such a cell without a line
    /// feed, right before an unreadable page (a mapped file whose size is a multiple of the
    /// page size), must be read without touching that page.
    @Test("a file ending on a long negative decimal right before an unreadable page")
    func longDecimalAtTheEndOfTheMapping() throws {
        #if os(Linux)
        let text = panel(firms: 12) + "F999,2023,制造业,1,1,-1234567.12345678"
        let bytes = Array(text.utf8)
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let readable = (bytes.count + page - 1) / page * page
        let region = try #require(mmap(nil, readable + page, PROT_READ | PROT_WRITE,
                                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0))
        defer { munmap(region, readable + page) }
        #expect(mprotect(region + readable, page, PROT_NONE) == 0)
        let start = region.assumingMemoryBound(to: UInt8.self) + (readable - bytes.count)
        start.initialize(from: bytes, count: bytes.count)
        let buffer = UnsafeBufferPointer(start: UnsafePointer(start), count: bytes.count)
        var large = try CSVTableBuilder(bytes: buffer, fileName: "data.csv", options: CSVReadOptions(), release: nil)
        let table = try large.build(parallelThreshold: 0)
        // The in-place read itself runs on the buffer that ends at the unreadable page.
        var probe = try CSVTableBuilder(bytes: buffer, fileName: "data.csv", options: CSVReadOptions(), release: nil)
        #expect(probe.inPlaceBuild(threshold: 0) != nil)
        let (sequential, _, inPlace) = try reads(text)
        #expect(inPlace)
        #expect(sameCells(table, sequential))
        guard case .numeric(let amounts) = table.columns.last else {
            Issue.record("the last column is not numeric"); return
        }
        #expect(amounts.values.last == -1234567.12345678)
        #endif
    }

    @Test("a quote-free panel is read in place, identical to the sequential read")
    func readsPanelInPlace() throws {
        let (sequential, large, inPlace) = try reads(panel(firms: 30))
        #expect(inPlace)
        #expect(sameCells(large, sequential))
        #expect(large.rowCount == 120)
        #expect(large.units["营收"] == .wan)
        guard case .categorical(let sectors) = try large.column("行业") else {
            Issue.record("行业 is not categorical"); return
        }
        #expect(sectors.levels == ["制造业", "批发零售", "信息技术"])
        #expect(try large.numeric("growth").values[1] == 0.01)
        #expect(try large.numeric("growth").values[2].bitPattern == (-0.02).bitPattern)
    }

    @Test("missing cells only near the end keep their flags")
    func missingNearTheEnd() throws {
        let (sequential, large, inPlace) = try reads(panel(firms: 25, blankAfterRow: 94))
        #expect(inPlace)
        #expect(sameCells(large, sequential))
        // Rows 94…99 blank the revenue at 96 and 99, the growth at 97.
        #expect(try large.numeric("营收").missingCount == 2)
        #expect(try large.numeric("growth").missingCount == 1)
        #expect(try large.numeric("营收").isMissing[96])
        #expect(try large.numeric("treated").missingCount == 0)
    }

    @Test("CRLF line ends are read in place")
    func crlf() throws {
        let (sequential, large, inPlace) = try reads(panel(firms: 20, lineEnd: "\r\n"))
        #expect(inPlace)
        #expect(sameCells(large, sequential))
        #expect(large.rowCount == 80)
    }

    @Test("quotes only in the second half: declined, the sequential result")
    func quotesInSecondHalf() throws {
        var text = panel(firms: 20)
        text += "91440300MA5F9999,2023,\"批发零售\",1,\"1,234.5\",0.5\n"
        let (sequential, large, inPlace) = try reads(text)
        #expect(!inPlace)
        #expect(sameCells(large, sequential))
        #expect(try large.numeric("营收").values[80] == 1234.5)
    }

    @Test("a quoted line break exactly at the split point: declined, the sequential result")
    func quotedBreakAtSplit() throws {
        var text = "id,note,x\n"
        for row in 0..<30 { text += "\(row),plain,\(row).5\n" }
        text += "30,\"first line\n"
        for _ in 0..<25 { text += "more text inside the quotes\n" }
        text += "last\",31.5\n"
        for row in 31..<60 { text += "\(row),plain,\(row).5\n" }
        let (sequential, large, inPlace) = try reads(text)
        #expect(!inPlace)
        #expect(sameCells(large, sequential))
        #expect(large.rowCount == 60)
    }

    @Test("a very short file and parts without records read as sequentially")
    func shortAndEmptyParts() throws {
        for text in ["x,y\n1,2\n", "x,y\n1,2", "x,y\n1,2\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n",
                     "x,y\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n3,4\n", "x,y\n"] {
            let (sequential, large, _) = try reads(text)
            #expect(sameCells(large, sequential), "\(text.debugDescription)")
        }
        let (_, large, inPlace) = try reads("x,y\n1,2\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n")
        #expect(inPlace)
        #expect(large.rowCount == 1)
        #expect(try large.numeric("y").values == [2])
    }

    @Test("empty lines in the first part move the second part's rows down")
    func emptyLinesInFirstPart() throws {
        var text = "firm,x\n"
        for row in 0..<40 { text += "F\(row % 4),\(row)\n" + (row % 5 == 0 ? "\n\n" : "") }
        for row in 40..<70 { text += "G\(row % 3),\(row)\n" }
        let (sequential, large, inPlace) = try reads(text)
        #expect(inPlace)
        #expect(sameCells(large, sequential))
        #expect(try large.numeric("x").values == (0..<70).map(Double.init))
    }

    @Test("lone carriage returns (more records than line feeds) are declined")
    func loneCarriageReturns() throws {
        var text = "x,y\r"
        for row in 0..<50 { text += "\(row),\(row * 2)\r" }
        let (sequential, large, inPlace) = try reads(text)
        #expect(!inPlace)
        #expect(sameCells(large, sequential))
        #expect(large.rowCount == 50)
    }

    @Test("long significands, exponents, units, office forms and a numeric missing marker")
    func generalCells() throws {
        var text = "id,营收(万元),x\n"
        let cells = ["0.1000000000000000055511151231257827", "1.7976931348623157e308", "3.5亿", "(1,234)",
                     " 12.25 ", "-99", "4.9e-324", "123456789012345678", ".5", "5."]
        for row in 0..<60 {
            text += "id\(row),\(cells[row % cells.count]),\(cells[(row + 3) % cells.count].replacingOccurrences(of: "亿", with: ""))\n"
        }
        var options = CSVReadOptions()
        options.missingMarkers.insert("-99")
        let (sequential, large, inPlace) = try reads(text.replacingOccurrences(of: "(1,234)", with: "-1234"), options: options)
        #expect(inPlace)
        #expect(sameCells(large, sequential))
        let revenue = try large.numeric("营收")
        #expect(revenue.values[2] == 35_000)
        #expect(revenue.isMissing[5])
        #expect(revenue.values[0] == Double("0.1000000000000000055511151231257827"))
    }

    @Test("fixed-point cells of every digit layout read in place equal Double(String)")
    func digitLayouts() throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        var texts: [String] = []
        for _ in 0..<3000 {
            let integerDigits = Int(next() % 10), fractionDigits = Int(next() % 10)
            var text = next() % 2 == 0 ? "-" : ""
            text += String((0..<integerDigits).map { _ in Character(String(next() % 10)) })
            if fractionDigits > 0 || next() % 4 == 0 {
                text += "." + String((0..<fractionDigits).map { _ in Character(String(next() % 10)) })
            }
            if text.allSatisfy({ $0 == "-" || $0 == "." }) { text += "7" }
            texts.append(text)
        }
        var csv = "a,b,c\n"
        for row in stride(from: 0, to: texts.count - 2, by: 3) {
            csv += "\(texts[row]),\(texts[row + 1]),\(texts[row + 2])\n"
        }
        csv += "1.25,-3,0.5"     // the last record without a line feed, within 16 bytes of the end
        let (sequential, large, inPlace) = try reads(csv)
        #expect(inPlace)
        #expect(sameCells(large, sequential))
        let columns = try ["a", "b", "c"].map { try large.numeric($0).values }
        for row in 0..<(texts.count / 3) {
            for column in 0..<3 {
                let expected = try #require(Double(texts[row * 3 + column]))
                #expect(columns[column][row].bitPattern == expected.bitPattern, "\(texts[row * 3 + column])")
            }
        }
        #expect(columns[1].last == -3)
    }

    @Test("repeated labels of 1 to 20 bytes, differing only in their last byte, keep their codes")
    func repeatedLabels() throws {
        var text = "name,x\n"
        var expected: [String] = []
        for length in 1...20 {
            for last in ["a", "b", "a", "a", "b"] {
                let label = String(repeating: "企", count: length / 3) + String(repeating: "k", count: length % 3) + last
                expected.append(label)
                text += "\(label),\(length)\n"
            }
        }
        text += "企业甲乙丙丁戊己庚辛a,1\n企业甲乙丙丁戊己庚辛b,2"
        expected += ["企业甲乙丙丁戊己庚辛a", "企业甲乙丙丁戊己庚辛b"]
        let (sequential, large, inPlace) = try reads(text)
        #expect(inPlace)
        #expect(sameCells(large, sequential))
        guard case .categorical(let names) = try large.column("name") else {
            Issue.record("name is not categorical"); return
        }
        #expect(names.codes.map { names.levels[Int($0)] } == expected)
    }

    @Test("columns without missing cells share one all-false mask")
    func sharedMask() throws {
        let (_, large, inPlace) = try reads(panel(firms: 10, blankAfterRow: 36))
        #expect(inPlace)
        let treated = try large.numeric("treated"), year = try large.numeric("年份")
        #expect(treated.isMissing == [Bool](repeating: false, count: 40))
        treated.isMissing.withUnsafeBufferPointer { a in
            year.isMissing.withUnsafeBufferPointer { b in #expect(a.baseAddress == b.baseAddress) }
        }
        #expect(try large.numeric("营收").isMissing[39])
    }

    @Test("a column turning to text in the second part is declined, the sequential result")
    func typeChangeInSecondPart() throws {
        var text = "id,code\n"
        for row in 0..<80 { text += "\(row),\(row < 70 ? "\(row)" : "C\(row)")\n" }
        let (sequential, large, inPlace) = try reads(text)
        #expect(!inPlace)
        #expect(sameCells(large, sequential))
        guard case .categorical(let codes) = try large.column("code") else {
            Issue.record("code is not categorical"); return
        }
        #expect(codes.levels.first == "0" && codes.levels.last == "C79")
    }

    @Test("spaces, signs, exponents, long cells and other delimiters: the cell-end search agrees")
    func cellEnds() throws {
        // Cells whose first 16 bytes hold a space, `+` or `"`-free punctuation (the quick
        // search's false hits), cells longer than 16 bytes, and 15/16/17-byte cells.
        let numbers = [" 1.5", "+2.25", "1e+5", "-3.5 ", "123456789012345", "0.1234567890123",
                       "12345678901234.5", "-1234567.1234567", "7", "", "  ", "0.00"]
        let texts = ["heavy industry", "a+b", "x", "企业 甲", "a very long sector name, not quoted"
                        .replacingOccurrences(of: ",", with: ";"), "F000001"]
        for delimiter in [CSVDelimiter.comma, .tab, .semicolon] {
            let separator = String(UnicodeScalar(delimiter.byte))
            var text = ["id", "x", "sector", "y"].joined(separator: separator) + "\n"
            for row in 0..<90 {
                let cells = ["F\(row / 7)", numbers[row % numbers.count], texts[row % texts.count]
                                .replacingOccurrences(of: ";", with: delimiter == .semicolon ? "/" : ";"),
                             numbers[(row * 5 + 3) % numbers.count]]
                text += cells.joined(separator: separator) + "\n"
            }
            var options = CSVReadOptions()
            options.delimiter = delimiter
            let (sequential, large, inPlace) = try reads(text, options: options)
            #expect(inPlace, "\(delimiter)")
            #expect(sameCells(large, sequential), "\(delimiter)")
            #expect(try large.numeric("x").values[0] == 1.5)
            #expect(try large.numeric("x").values[2] == 100_000)
            #expect(try large.numeric("x").isMissing[9])
        }
    }

    @Test("a part stops once another part of the same read has declined")
    func sharedDecline() throws {
        var text = "x,y\n"
        for row in 0..<70_000 { text += "\(row % 10),\(row % 7).5\n" }
        let bytes = Array(text.utf8)
        try bytes.withUnsafeBufferPointer { buffer in
            let builder = try CSVTableBuilder(bytes: buffer, fileName: "data.csv", options: CSVReadOptions(), release: nil)
            for declined in [false, true] {
                var columns = InPlaceColumns(plans: [.number, .number], rows: 70_000)
                defer { columns.deallocate() }
                let part = InPlacePart(builder: builder, range: builder.dataStart..<buffer.count, firstRow: 0,
                                       rowLimit: 70_000, columns: columns)
                let decline = InPlaceDecline()
                if declined { decline.set() }
                #expect(part.run(sharing: decline) == !declined)
                #expect(part.rows == (declined ? 0 : 70_000))
                #expect(decline.isSet == declined)
            }
        }
    }

    @Test("the survey counts line feeds, quotes and non-ASCII bytes across blocks")
    func survey() {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: CSVSurvey.blockSize * 2 + 777)
        var feeds = 0
        for index in stride(from: 5, to: bytes.count, by: 97) {
            bytes[index] = 0x0A
            feeds += 1
        }
        bytes[CSVSurvey.blockSize + 3] = 0x22
        bytes.withUnsafeBufferPointer { buffer in
            let survey = CSVSurvey(buffer)
            let base = buffer.baseAddress!
            #expect(survey.counts(in: 0..<buffer.count, base: base).lineFeeds == feeds)
            #expect(!survey.hasNonASCII)
            let early = 0..<CSVSurvey.blockSize
            #expect(!survey.counts(in: early, base: base).hasQuote)
            #expect(survey.counts(in: 1000..<(CSVSurvey.blockSize + 4), base: base).hasQuote)
            let middle = 1234..<(CSVSurvey.blockSize * 2 + 99)
            #expect(survey.counts(in: middle, base: base).lineFeeds == buffer[middle].filter { $0 == 0x0A }.count)
        }
    }
}
