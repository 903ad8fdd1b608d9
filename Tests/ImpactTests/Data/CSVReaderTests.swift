import Testing
@testable import Impact

/// Reads `text` as a file called `data.csv`.
private func read(_ text: String, _ options: CSVReadOptions = CSVReadOptions()) throws -> Table {
    try CSVReader.read(text: text, fileName: "data.csv", options: options)
}

/// The optional values of a numeric column.
private func numbers(_ table: Table, _ name: String) throws -> [Double?] {
    let column = try table.numeric(name)
    return column.values.indices.map { column[$0] }
}

/// The optional labels of a categorical column.
private func labels(_ table: Table, _ name: String) throws -> [String?] {
    guard case .categorical(let column) = try table.column(name) else {
        Issue.record("column \(name) is not categorical")
        return []
    }
    return column.codes.indices.map { column[$0] }
}

/// The error thrown by `body`, if it is a ``CSVError``.
private func csvError(_ body: () throws -> Table) -> CSVError? {
    do {
        _ = try body()
        return nil
    } catch let error as CSVError {
        return error
    } catch {
        return nil
    }
}

@Suite("CSVReader: encoding and layout")
struct CSVReaderLayoutTests {
    @Test("UTF-8 with a byte-order mark")
    func withBOM() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("企业,营收\nA,1.5\n".utf8)
        let table = try CSVReader.read(bytes: bytes, fileName: "data.csv")
        #expect(table.columnNames == ["企业", "营收"])
        #expect(try numbers(table, "营收") == [1.5])
    }

    @Test("UTF-8 without a byte-order mark")
    func withoutBOM() throws {
        let table = try read("企业,营收\nA,1.5\n")
        #expect(table.columnNames == ["企业", "营收"])
        #expect(try labels(table, "企业") == ["A"])
    }

    @Test("Chinese column names and labels")
    func chineseNames() throws {
        let table = try read("行业,企业数量\n软件和信息技术服务业,14\n科学研究和技术服务业,4\n软件和信息技术服务业,2\n")
        #expect(table.columnNames == ["行业", "企业数量"])
        guard case .categorical(let sector) = try table.column("行业") else {
            Issue.record("行业 should be categorical")
            return
        }
        #expect(sector.levels == ["软件和信息技术服务业", "科学研究和技术服务业"])
        #expect(sector.codes == [0, 1, 0])
        #expect(try numbers(table, "企业数量") == [14, 4, 2])
    }

    @Test("CRLF line ends, and a last line without one")
    func crlf() throws {
        let table = try read("a,b\r\n1,x\r\n2,y")
        #expect(table.rowCount == 2)
        #expect(try numbers(table, "a") == [1, 2])
        #expect(try labels(table, "b") == ["x", "y"])
    }

    @Test("quoted fields with commas, doubled quotes and line breaks")
    func quotedFields() throws {
        let table = try read("name,note,v\n\"Acme, Inc.\",\"say \"\"hi\"\"\",1\n\"B\",\"two\nlines\",2\n")
        #expect(try labels(table, "name") == ["Acme, Inc.", "B"])
        #expect(try labels(table, "note") == ["say \"hi\"", "two\nlines"])
        #expect(try numbers(table, "v") == [1, 2])
    }

    @Test("a tab-delimited file, with unquoted thousands separators")
    func tabDelimited() throws {
        let table = try read("企业\t营收(万元)\nA\t1,234.5\nB\t3400万\n", CSVReadOptions(delimiter: .tab))
        #expect(try numbers(table, "营收") == [1234.5, 3400])
    }

    @Test("empty lines are skipped")
    func emptyLines() throws {
        let table = try read("a\n\n1\n\n\n2\n\n")
        #expect(try numbers(table, "a") == [1, 2])
    }

    @Test("a header without rows gives an empty table")
    func headerOnly() throws {
        let table = try read("a,b\n")
        #expect(table.columnNames == ["a", "b"])
        #expect(table.rowCount == 0)
    }
}

@Suite("CSVReader: missing values and numbers")
struct CSVReaderValueTests {
    @Test("blank, NA, NULL and - are missing", arguments: ["", "NA", "NULL", "-"])
    func specMarkers(marker: String) throws {
        let table = try read("x,y\n1,\(marker)\n2,3\n")
        let y = try table.numeric("y")
        #expect(y.isMissing == [true, false])
        #expect(y.values[0].isNaN)
        #expect(y.values[1] == 3)
    }

    @Test("the other default markers are missing too",
          arguments: ["N/A", "null", "NaN", "nan", "--", "—", "－", "  ", "\"\""])
    func otherMarkers(marker: String) throws {
        let table = try read("x,y\n1,\(marker)\n2,3\n")
        #expect(try numbers(table, "y") == [nil, 3])
    }

    @Test("missing markers in a categorical column give code -1")
    func missingCategory() throws {
        let table = try read("s\na\nNA\n\nb\n-\n")
        #expect(try labels(table, "s") == ["a", nil, "b", nil])
    }

    @Test("custom missing markers replace the default set")
    func customMarkers() throws {
        let options = CSVReadOptions(missingMarkers: ["缺失"])
        let table = try read("y,s\n缺失,NA\n2,b\n", options)
        #expect(try numbers(table, "y") == [nil, 2])
        #expect(try labels(table, "s") == ["NA", "b"])
    }

    @Test("plain, negative, signed, scientific and decimal-point forms")
    func numberForms() throws {
        let table = try read("v\n12\n-3.5\n+4\n1.5e3\n-2E-2\n.5\n7.\n0\n-0.0\n")
        let values = try table.numeric("v").values
        #expect(values == [12, -3.5, 4, 1500, -0.02, 0.5, 7, 0, 0])
        #expect(values[8].sign == .minus)
    }

    @Test("quoted numbers with thousands separators")
    func thousands() throws {
        let table = try read("v\n\"1,234.5\"\n\"-12,345,678\"\n\"1,000\"\n")
        #expect(try numbers(table, "v") == [1234.5, -12_345_678, 1000])
    }

    @Test("misplaced thousands separators make text, not numbers")
    func badGrouping() throws {
        let table = try read("v\n\"1,23\"\n5\n")
        #expect(try labels(table, "v") == ["1,23", "5"])
    }

    @Test("surrounding spaces are trimmed")
    func spaces() throws {
        let table = try read("v,s\n 12 , a \n\u{3000}3\u{3000},b\n")
        #expect(try numbers(table, "v") == [12, 3])
        #expect(try labels(table, "s") == ["a", "b"])
    }

    @Test("long digit strings agree with Double(String)")
    func exactness() throws {
        let texts = ["9.745671078554814", "0.1", "123456789012345678901234567890",
                     "2.2250738585072014e-308", "1.7976931348623157e308", "4.9e-324",
                     "0.30000000000000004", "1e23", "8.41e21", "9007199254740993",
                     "-0.000000000000000000000000123456789012345678",
                     "9007199254740993", "9007199254740995", "2.2250738585072011e-308",
                     "1.7976931348623158e308", "1.7976931348623159e308", "123456789012345678",
                     "0.1e-400", "7e-10", "4.35", "1234567890123456789e-30"]
        let table = try read("v\n" + texts.joined(separator: "\n") + "\n")
        let values = try table.numeric("v").values
        for (text, value) in zip(texts, values) {
            #expect(value.bitPattern == Double(text)!.bitPattern, "\(text)")
        }
    }

    @Test("5,000 pseudo-random doubles in shortest and fixed forms agree with Double(String)")
    func pseudoRandomExactness() throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var texts: [String] = []
        for index in 0..<5_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let bits = (state >> 1) % 0x7FF0_0000_0000_0000
            let value = index % 2 == 0 ? Double(bitPattern: bits) : Double(Int64(bitPattern: state) >> 20) / 1e7
            texts.append(String(index % 4 == 3 ? -value : value))
        }
        let table = try read("v\n" + texts.joined(separator: "\n") + "\n")
        let values = try table.numeric("v").values
        let mismatches = zip(texts, values).filter { $1.bitPattern != Double($0)!.bitPattern }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
    }

    @Test("a column with a non-number becomes categorical, keeping earlier cells as labels")
    func inference() throws {
        let table = try read("id,v\n1,1\n2,2\nx,3\n2,4\n")
        #expect(try labels(table, "id") == ["1", "2", "x", "2"])
        guard case .categorical(let id) = try table.column("id") else { return }
        #expect(id.levels == ["1", "2", "x"])
    }

    @Test("amounts with units mixed with text make a categorical column, not an error")
    func unitsAmongText() throws {
        let table = try read("note\n3400万\n约三千万\n")
        #expect(try labels(table, "note") == ["3400万", "约三千万"])
    }

    @Test("only selected columns are read, in file order; others are not checked")
    func selectedColumns() throws {
        let options = CSVReadOptions(selectedColumns: ["y", "firm"])
        let table = try read("firm,note,y\nA,12x万,1\nB,3400亿,2\n", options)
        #expect(table.columnNames == ["firm", "y"])
        #expect(try numbers(table, "y") == [1, 2])
        let error = csvError { try read("revenue\n1\n", CSVReadOptions(selectedColumns: ["b"])) }
        #expect(error == .unknownOptionColumn(file: "data.csv", name: "b", nearest: nil))
    }

    @Test("optional columns are read with the selection when present, skipped when absent")
    func optionalColumns() throws {
        var options = CSVReadOptions(selectedColumns: ["营收", "企业"])
        options.optionalColumns = ["event_time", "缺失列"]
        let with = try read("企业,备注,event_time,营收\n甲,12x万,-1,1.5\n乙,3400亿,0,2\n", options)
        #expect(with.columnNames == ["企业", "event_time", "营收"])
        #expect(try numbers(with, "event_time") == [-1, 0])
        let without = try read("企业,备注,营收\n甲,12x万,1.5\n乙,3400亿,2\n", options)
        #expect(without.columnNames == ["企业", "营收"])
        options.selectedColumns = nil
        #expect(try read("a,b\n1,2\n", options).columnNames == ["a", "b"])
    }

    @Test("integers such as years stay numeric by default")
    func yearsNumeric() throws {
        let table = try read("year,id\n2022,000123\n2023,000124\n")
        #expect(try numbers(table, "year") == [2022, 2023])
        #expect(try numbers(table, "id") == [123, 124])
    }

    @Test("a column forced categorical keeps leading zeros")
    func forcedCategorical() throws {
        let table = try read("id,v\n000123,1\n000124,2\n000123,3\n",
                             CSVReadOptions(categoricalColumns: ["id"]))
        #expect(try labels(table, "id") == ["000123", "000124", "000123"])
    }
}

@Suite("CSVReader: money units")
struct CSVReaderUnitTests {
    private let wan = CSVReadOptions(units: ["营收": .wan])

    @Test("亿 into a 万元 column")
    func yiIntoWan() throws {
        #expect(try numbers(try read("营收\n208.7亿\n", wan), "营收") == [2_087_000])
    }

    @Test("亿元 into a 万元 column")
    func yiYuanIntoWan() throws {
        #expect(try numbers(try read("营收\n44.65亿元\n", wan), "营收") == [446_500])
    }

    @Test("万 and 万元 into a 万元 column")
    func wanIntoWan() throws {
        #expect(try numbers(try read("营收\n3400万\n46.074万元\n", wan), "营收") == [3400, 46.074])
    }

    @Test("元 into a 万元 column")
    func yuanIntoWan() throws {
        #expect(try numbers(try read("营收\n460740元\n", wan), "营收") == [46.074])
    }

    @Test("万 into an 亿元 column and into a 元 column")
    func wanIntoOthers() throws {
        let options = CSVReadOptions(units: ["a": .yi, "b": .yuan])
        let table = try read("a,b\n3400万,3400万\n", options)
        #expect(try numbers(table, "a") == [0.34])
        #expect(try numbers(table, "b") == [34_000_000])
    }

    @Test("plain numbers are in the declared unit; suffixes may be spaced and quoted")
    func plainAndSpaced() throws {
        let table = try read("营收\n11513.2\n\"1,000 万元\"\n208.7 亿\n", wan)
        #expect(try numbers(table, "营收") == [11513.2, 1000, 2_087_000])
        #expect(table.unit(of: "营收") == .wan)
    }

    @Test("units declared in the header, in every bracket form",
          arguments: ["营收(万元)", "营收（万元）", "营收[万元]", "营收【万元】", "营收 (万)"])
    func headerUnits(header: String) throws {
        let table = try read("\(header),x\n208.7亿,1\n3400,2\n")
        #expect(table.columnNames == ["营收", "x"])
        #expect(table.unit(of: "营收") == .wan)
        #expect(try numbers(table, "营收") == [2_087_000, 3400])
    }

    @Test("brackets without a unit stay in the name")
    func bracketsWithoutUnit() throws {
        let table = try read("rate(%),x(1)\n1,2\n")
        #expect(table.columnNames == ["rate(%)", "x(1)"])
        #expect(table.units.isEmpty)
    }

    @Test("options may name a column by its full header and override the header's unit")
    func optionsOverride() throws {
        let options = CSVReadOptions(units: ["营收(万元)": .yi])
        let table = try read("营收(万元)\n3400万\n", options)
        #expect(table.unit(of: "营收") == .yi)
        #expect(try numbers(table, "营收") == [0.34])
    }

    @Test("splitHeader")
    func splitHeader() {
        #expect(CSVReader.splitHeader("revenue[亿元]") == ("revenue", .yi))
        #expect(CSVReader.splitHeader(" 营收 ") == ("营收", nil))
        #expect(CSVReader.splitHeader("(万元)") == ("(万元)", nil))
    }
}

@Suite("CSVReader: errors name file, line and column")
struct CSVReaderErrorTests {
    @Test("ragged row: too few fields names the first missing column")
    func ragged() {
        let error = csvError { try read("a,b,c\n1,2,3\n4,5\n") }
        #expect(error == .raggedRow(CSVLocation(file: "data.csv", line: 3, column: 3, columnName: "c"),
                                    expected: 3, found: 2))
        #expect(error?.description == "data.csv:3:3 (c): found 2 fields in this row, expected 3 as in the header row.")
    }

    @Test("ragged row: too many fields points at the first extra one")
    func raggedExtra() {
        let error = csvError { try read("a,b\n1,2\n1,234.5,x\n") }
        #expect(error == .raggedRow(CSVLocation(file: "data.csv", line: 3, column: 3), expected: 2, found: 3))
        #expect(error?.description.hasSuffix("(is a comma in a number or text missing its quotes?).") == true)
    }

    @Test("a unit suffix in a column without a declared unit")
    func unitWithoutUnit() {
        let error = csvError { try read("firm,revenue\nA,12\nB,208.7亿\n") }
        #expect(error == .unitWithoutDeclaredUnit(
            CSVLocation(file: "data.csv", line: 3, column: 2, columnName: "revenue"),
            found: "208.7亿", unit: .yi))
        #expect(error?.description.hasPrefix("data.csv:3:2 (revenue): found \"208.7亿\"") == true)
    }

    @Test("an unknown unit in a column with a declared unit")
    func unknownUnit() {
        let error = csvError { try read("firm,营收(万元)\nA,12\nB,12千元\n") }
        #expect(error == .unknownUnit(
            CSVLocation(file: "data.csv", line: 3, column: 2, columnName: "营收"),
            found: "12千元", columnUnit: .wan))
    }

    @Test("an unknown unit among numbers in a column without a declared unit is an error, not text")
    func unknownUnitAmongNumbers() {
        let text = "firm_id,year,sector,supported,revenue_wan\nF001,2023,软件,1,12.5\nF001,2024,软件,1,3吨\n"
            + "F002,2023,软件,0,\nF002,2024,软件,0,7\n"
        let error = csvError { try read(text) }
        #expect(error == .unknownUnit(
            CSVLocation(file: "data.csv", line: 3, column: 5, columnName: "revenue_wan"),
            found: "3吨", columnUnit: nil))
        #expect(error?.description.hasPrefix(
            "data.csv:3:5 (revenue_wan): found \"3吨\", expected a number") == true)
        #expect(error?.description.contains("元/万元/亿元") == true)
        // The first such cell is reported, also when it is the column's first cell.
        let first = csvError { try read("v\n2 kg\n1\n5 kg\n") }
        #expect(first?.location == CSVLocation(file: "data.csv", line: 2, column: 1, columnName: "v"))
    }

    @Test("identifiers that start with digits, and number-and-text labels, stay categorical")
    func identifiersStayCategorical() throws {
        let codes = try read("code,v\n91110105MA01234567,1\n911101050000000001,2\n2023Q1,3\n")
        #expect(try labels(codes, "code") == ["91110105MA01234567", "911101050000000001", "2023Q1"])
        let ids = try read("id,v\nF001,1\n12,2\n")
        #expect(try labels(ids, "id") == ["F001", "12"])
        let buildings = try read("building,v\n3号楼,1\n,2\n5号楼,3\n")
        #expect(try labels(buildings, "building") == ["3号楼", nil, "5号楼"])
        // Text that is not a number at all still makes the column categorical.
        let mixed = try read("v\n1\n3吨\n约三千\n")
        #expect(try labels(mixed, "v") == ["1", "3吨", "约三千"])
    }

    @Test("a non-number in a forced-numeric column")
    func forcedNumeric() {
        let options = CSVReadOptions(numericColumns: ["revenue"])
        let error = csvError { try read("a,b,revenue\n1,2,3\n" + String(repeating: "1,2,3\n", count: 11) + "1,2,12x\n", options) }
        #expect(error == .notANumber(
            CSVLocation(file: "data.csv", line: 14, column: 3, columnName: "revenue"),
            found: "12x", expected: "a number"))
        #expect(error?.description == "data.csv:14:3 (revenue): found \"12x\", expected a number.")
    }

    @Test("an unterminated quote")
    func unterminatedQuote() {
        let error = csvError { try read("a,b\n1,2\n3,\"open\n4,5\n") }
        #expect(error == .unterminatedQuote(CSVLocation(file: "data.csv", line: 3, column: 2)))
    }

    @Test("the line of a cell after a multi-line quoted field")
    func lineAfterMultiline() {
        let options = CSVReadOptions(numericColumns: ["v"])
        let error = csvError { try read("note,v\n\"a\nb\",1\nc,x\n", options) }
        #expect(error?.location == CSVLocation(file: "data.csv", line: 4, column: 2, columnName: "v"))
    }

    @Test("an empty file")
    func emptyFile() {
        #expect(csvError { try read("") } == .missingHeader(file: "data.csv"))
        #expect(csvError { try read("\n\r\n") } == .missingHeader(file: "data.csv"))
    }

    @Test("duplicate header names")
    func duplicateHeader() {
        let error = csvError { try read("a,b,a\n1,2,3\n") }
        #expect(error == .duplicateColumnName(
            CSVLocation(file: "data.csv", line: 1, column: 3, columnName: "a"), name: "a", firstColumn: 1))
    }

    @Test("invalid UTF-8 in a label")
    func invalidUTF8() {
        let bytes = Array("a,s\n1,ok\n2,".utf8) + [0xFF, 0x41] + Array("\n".utf8)
        let error = csvError { try CSVReader.read(bytes: bytes, fileName: "data.csv") }
        #expect(error == .invalidUTF8(CSVLocation(file: "data.csv", line: 3, column: 2, columnName: "s")))
    }

    @Test("options naming a missing column suggest the nearest one")
    func unknownOptionColumn() {
        let error = csvError { try read("revenue\n1\n", CSVReadOptions(units: ["revenu": .wan])) }
        #expect(error == .unknownOptionColumn(file: "data.csv", name: "revenu", nearest: "revenue"))
    }

    @Test("a file that does not exist")
    func missingFile() {
        let error = csvError { try CSVReader.read(path: "/nonexistent/data.csv") }
        guard case .cannotRead(let file, _) = error else {
            Issue.record("expected cannotRead, got \(String(describing: error))")
            return
        }
        #expect(file == "/nonexistent/data.csv")
    }
}
