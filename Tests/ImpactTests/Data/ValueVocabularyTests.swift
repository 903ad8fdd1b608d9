import Testing
@testable import Impact

/// Values as offices write them (issue 8): years, accounting negatives, full-width digits,
/// infinities, missing markers, yes/no flags; stray text in numeric columns (issue 9); all
/// problems in one message.
@Suite("Values as offices write them")
struct ValueVocabularyTests {
    @Test("years written 2023年, 2023年度, as dates and as period-end dates")
    func years() throws {
        let table = try CSVReader.read(text: """
            a,b,c,d,e,f
            2022年,2022年度,2022-12-31,2022/12/31,2022-03-01,2022
            2023年,2023年度,2023-12-31,2023/12/31,2023-07-15,2023年
            ,,,,,
            """)
        for name in ["a", "b", "c", "d", "f"] {
            #expect(try table.numeric(name).values.prefix(2) == [2022, 2023], "\(name)")
            #expect(try table.numeric(name)[2] == nil)
        }
        // Dates on different days of the year are dates, not years; as a time column they give years.
        #expect(try table.categorical("e").levels == ["2022-03-01", "2023-07-15"])
        #expect(try table.years("e").values.prefix(2) == [2022, 2023])
        // Declared categorical, or with the option off, the text stays.
        let kept = try CSVReader.read(text: "a\n2023年\n", options: CSVReadOptions(categoricalColumns: ["a"]))
        #expect(try kept.categorical("a").levels == ["2023年"])
        var off = CSVReadOptions()
        off.readsYears = false
        #expect(try CSVReader.read(text: "a\n2023年\n", options: off).categorical("a").levels == ["2023年"])
        #expect(YearText("2023年12月31日")?.monthDay == 1231)
        #expect(YearText("２０２３年")?.year == 2023)
        #expect(YearText("2023年13月") == nil && YearText("20231") == nil && YearText("FY2023") == nil)
    }

    @Test("accounting negatives, full-width digits, minus sign, infinities")
    func numberForms() throws {
        let table = try CSVReader.read(text: """
            v
            "(1,234)"
            "（1,234）"
            １２３４．５
            −7
            Inf
            -Inf
            inf
            1.5
            """)
        let values = try table.numeric("v").values
        #expect(values == [-1234, -1234, 1234.5, -7, .infinity, -.infinity, .infinity, 1.5])
        // Text in brackets stays text.
        #expect(try CSVReader.read(text: "v\n(note)\n").categorical("v").levels == ["(note)"])
        // A unit inside accounting brackets in a declared column.
        #expect(try CSVReader.read(text: "v(万元)\n(3亿)\n").numeric("v").values == [-30_000])
    }

    @Test("missing markers: the office ones by default, and a chosen set")
    func missingMarkers() throws {
        let table = try CSVReader.read(text: "v\n1\n/\nN/A\n－\n—\n#N/A\n——\n不适用\n2\n")
        #expect(try table.numeric("v").missingCount == 7)
        var options = CSVReadOptions()
        options.missingMarkers = CSVReadOptions.defaultMissingMarkers.union(["未填报"])
        #expect(try CSVReader.read(text: "v\n1\n未填报\n", options: options).numeric("v").values.first == 1)
        #expect(try CSVReader.read(text: "v\n1\n未填报\n", options: options).numeric("v")[1] == nil)
    }

    @Test("flags: every standard pair, numbers, and a column that is not one")
    func flags() throws {
        let pairs = [("是", "否"), ("有", "无"), ("Y", "N"), ("yes", "No"), ("TRUE", "false"), ("1", "0"), ("Ｙ", "Ｎ")]
        for (yes, no) in pairs {
            let table = try CSVReader.read(text: "id,f\n1,\(yes)\n2,\(no)\n3,\n4,\(yes)\n")
            let flags = try table.flags("f")
            #expect(flags.values[0] == 1 && flags.values[1] == 0 && flags[2] == nil && flags.values[3] == 1, "\(yes)/\(no)")
        }
        #expect(FlagVocabulary.standard.meaning(of: " 是 ") == true)
        #expect(FlagVocabulary.standard.meaning(of: "无") == false)
        #expect(FlagVocabulary.standard.meaning(of: "maybe") == nil)
        #expect(FlagVocabulary.standard.pair(holding: ["是"])?.no == ["否"])
        // Words of two different pairs: which one means yes is not clear.
        #expect(throws: TableError.notAFlag("f", values: ["是", "Y"])) {
            try CSVReader.read(text: "f\n是\nY\n").flags("f")
        }
        #expect(throws: TableError.notAFlag("f", values: ["2"])) {
            try CSVReader.read(text: "f\n1\n2\n").flags("f")
        }
        let custom = FlagVocabulary.standard.adding([(yes: "已支持", no: "未支持")])
        #expect(try CSVReader.read(text: "f\n未支持\n已支持\n").flags("f", vocabulary: custom).values == [0, 1])
    }

    @Test("the one-pair rule: the column's pair is the one holding every word, else the first word's")
    func oneBinaryPair() {
        let standard = FlagVocabulary.standard
        #expect(standard.meanings(ofLevels: ["是", "否"]) == [true, false])
        #expect(standard.meanings(ofLevels: ["否"]) == [false])
        #expect(standard.meanings(ofLevels: ["是", "N", "否"]) == [true, nil, false])
        #expect(standard.meanings(ofLevels: ["n", "是", "Y"]) == [false, nil, true])
        #expect(standard.meanings(ofLevels: ["maybe", "无", "有"]) == [nil, false, true])
        #expect(standard.meanings(ofLevels: ["maybe"]) == [nil])
        #expect(standard.meanings(ofLevels: []) == [])
        #expect(standard.columnPair(ofLevels: ["maybe", "N", "是"]) == FlagVocabulary.WordPair(yes: ["Y"], no: ["N"]))
        // A pair further down holding every word wins over the first word's first pair.
        let vocabulary = FlagVocabulary(pairs: [(yes: "已支持", no: "未支持"), (yes: "已支持", no: "0")])
        #expect(vocabulary.meanings(ofLevels: ["已支持", "0"]) == [true, false])
    }

    @Test("stray text in a column of numbers is recorded with its cells, and named when used as a number")
    func strayText() throws {
        var text = "y,x,g\n"
        for row in 1...30 { text += "\(row * 2),\(row == 7 ? "unknown" : String(row)),\(row % 3)\n" }
        let table = try CSVReader.read(text: text, fileName: "data.csv")
        guard let stray = table.textInNumbers["x"] else {
            Issue.record("x should be recorded as numbers with stray text")
            return
        }
        #expect(stray.numbers == 29 && stray.texts == 1)
        #expect(stray.cells == [TextInNumbers.Cell(location: CSVLocation(file: "data.csv", line: 8, column: 2, columnName: "x"),
                                                   text: "unknown")])
        #expect(table.textInNumbers["y"] == nil && table.textInNumbers["g"] == nil)
        let outcome = Result { () throws(FormulaError) in try ModelFrame(formula: "y ~ x", table: table) }
        guard case .failure(let error) = outcome, case .textInNumbers(let column, let problems, _) = error else {
            Issue.record("expected the stray-text error, got \(outcome)")
            return
        }
        do {
            #expect(column == "x")
            #expect(problems.description.contains("data.csv:8:2 (x): found \"unknown\" in a column of numbers"))
            #expect(problems.description.contains("--na-values"))
            #expect(problems.description.contains("C(x)"))
        }
        // C(x) keeps it categorical on purpose; marking the text missing makes it a number.
        #expect(try ModelFrame(formula: "y ~ C(x)", table: table).regressorNames.filter { $0.hasPrefix("C(x)") }.count == 29)
        var options = CSVReadOptions()
        options.missingMarkers.insert("unknown")
        let fixed = try CSVReader.read(text: text, fileName: "data.csv", options: options)
        #expect(try fixed.numeric("x").missingCount == 1)
        // A text column is not "numbers with stray text".
        let names = try CSVReader.read(text: "y,x\n1,a\n2,b\n3,5\n")
        #expect(names.textInNumbers.isEmpty)
    }

    @Test("every cell problem of a file in one error, with a limit")
    func allProblemsAtOnce() throws {
        var text = "firm,revenue(万元)\n"
        for row in 1...25 { text += "f\(row),\(row % 5 == 0 ? "12千元" : String(row))\n" }
        text += "g,3吨\n"
        do {
            _ = try CSVReader.read(text: text, fileName: "panel.csv")
            Issue.record("expected an error")
        } catch .problems(let problems) {
            #expect(problems.count == 6)
            #expect(problems.problems.map { $0.location?.line } == [6, 11, 16, 21, 26, 27])
            #expect(problems.description.hasPrefix("6 problems in the data; each is listed with what to do:\n  panel.csv:6:2 (revenue): found \"12千元\", expected a number in 万元"))
        } catch {
            Issue.record("unexpected \(error)")
        }
        // One problem keeps its own case.
        #expect(throws: CSVError.notANumber(CSVLocation(file: "a.csv", line: 3, column: 1, columnName: "v"),
                                            found: "x", expected: "a number")) {
            try CSVReader.read(text: "v\n1\nx\n", fileName: "a.csv", options: CSVReadOptions(numericColumns: ["v"]))
        }
        let many = DataProblems((1...25).map { DataProblem(place: .record(file: "p.csv", key: "firm \($0), 2023", column: "营业收入"),
                                                           kind: .missingValue(column: "营业收入", neededFor: "the 2022 to 2023 increment")) })
        let lines = many.description.split(separator: "\n")
        #expect(lines.count == 22)
        #expect(lines[1] == "  p.csv: firm 1, 2023 (营业收入): no value of \"营业收入\", needed for the 2022 to 2023 increment; fill it in, or leave the record out.")
        #expect(lines.last == "  … and 5 more problems of the same kinds.")
    }
}

@Suite("Years as offices write them in panels")
struct PanelYearTextTests {
    @Test("a time column declared categorical, written 2023年, orders a panel by year")
    func panelTimes() throws {
        let table = try CSVReader.read(text: "firm,year,v\na,2023年,2\na,2022年,1\n",
                                       options: CSVReadOptions(categoricalColumns: ["year"]))
        let panel = try PanelIndex(table: table, entity: "firm", time: "year")
        #expect(try panel.shiftedRows(by: 1) == [1, nil])
    }
}
