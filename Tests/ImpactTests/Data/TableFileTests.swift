import Foundation
import Testing
@testable import Impact

/// `TableFile.read`: CSV and .xlsx through one entry point. Fixtures in `Fixtures/xlsx/`
/// (written by `make_fixtures.py`, openpyxl 3.1.5, and LibreOffice 7.4.7.2; see the script's
/// header for the exact commands).
@Suite("Table files: CSV and Excel workbooks")
struct TableFileTests {
    static func fixture(_ name: String) -> String {
        let here = #filePath
        let root = here[..<here.range(of: "/Data/TableFileTests.swift")!.lowerBound]
        return root + "/Fixtures/xlsx/" + name
    }

    /// The 300 firms × 4 years panel of issue 8, as written by openpyxl, by LibreOffice (from
    /// the UTF-8 CSV), as GBK CSV and as UTF-8 CSV with a BOM: four identical tables.
    @Test("the same panel as .xlsx (openpyxl, LibreOffice), GBK CSV and UTF-8 CSV with BOM")
    func panelInFourForms() throws {
        let forms = ["panel-openpyxl.xlsx", "panel-libreoffice.xlsx", "panel-gbk.csv", "panel-utf8-bom.csv"]
        let tables = try forms.map { try TableFile.read(path: Self.fixture($0)) }
        for table in tables.dropFirst() { #expect(table == tables[0]) }
        let table = tables[0]
        #expect(table.columnNames == ["统一社会信用代码", "所属行业", "年份", "营业收入", "研发费用", "是否获得支持", "支持金额"])
        #expect(table.rowCount == 1200)
        #expect(table.unit(of: "营业收入") == .wan && table.unit(of: "支持金额") == .wan)
        // `2023年` is read as the year 2023.
        #expect(Set(try table.numeric("年份").values) == [2020, 2021, 2022, 2023])
        // First firm, 2020: "4,569.3" in the CSV, 4569.3 in the workbooks.
        #expect(try table.numeric("营业收入")[0] == 4569.3)
        // Firm 17 has no 2021 revenue (row 17 × 4 + 1).
        #expect(try table.numeric("营业收入")[69] == nil)
        #expect(try table.numeric("营业收入").missingCount == 1)
        // Unsupported firms have no amount; supported ones only in 2023.
        #expect(try table.numeric("支持金额").missingCount == 1200 - 100)
        #expect(try table.flags("是否获得支持").values.reduce(0, +) == 400)
        guard case .categorical(let ids) = try table.column("统一社会信用代码") else {
            Issue.record("the credit codes should be text")
            return
        }
        #expect(ids.levels.count == 300 && ids[0] == "91110105MA00000000")
    }

    /// Issue 8's "done when", at the library level: the growth figures of the panel (value
    /// 营业收入, supported 是否获得支持=是, subsidy 支持金额, 2023 against 2022) are the same
    /// from all four files.
    @Test("the same growth figures from the four forms of the panel")
    func growthFromFourForms() throws {
        let accounting = GrowthAccounting(value: "营业收入", support: try SupportCriterion(parsing: "是否获得支持=是"),
                                          subsidy: "支持金额",
                                          layout: PanelLayout(firm: "统一社会信用代码", year: "年份", sector: "所属行业"))
        let forms = ["panel-openpyxl.xlsx", "panel-libreoffice.xlsx", "panel-gbk.csv", "panel-utf8-bom.csv"]
        let results = try forms.map { form in
            try accounting.effects(in: TableFile.read(path: Self.fixture(form),
                                                      options: CSVReadOptions(categoricalColumns: ["统一社会信用代码"])),
                                   year: 2023)
        }
        #expect(results[0].effects.count == 5)
        for result in results.dropFirst() { #expect(result == results[0]) }
    }

    @Test("a sheet by name, a title row, merged header cells, dates, booleans")
    func features() throws {
        let table = try TableFile.read(path: Self.fixture("features-openpyxl.xlsx"))
        #expect(table.columnNames == ["企业", "营业收入_2022", "营业收入_2023", "报告日期", "成立日期", "高新"])
        #expect(table.unit(of: "营业收入_2022") == .wan)
        #expect(try table.categorical("企业").levels == ["甲公司", "乙公司, 北京", "丙\"公司\""])
        #expect(try table.numeric("营业收入_2022").values == [1200.5, 800, -15.5])
        #expect(try table.numeric("营业收入_2023")[1] == nil)
        // Period-end dates (all 31 December) are years; dates on other days stay dates.
        #expect(try table.numeric("报告日期").values == [2023, 2023, 2023])
        #expect(try table.categorical("成立日期").levels == ["1999-03-01", "2010-10-20", "1900-03-01"])
        #expect(try table.years("成立日期").values == [1999, 2010, 1900])
        #expect(try table.flags("高新").values == [1, 0, 1])
        // A date format showing only the year gives the year.
        let years = try TableFile.read(path: Self.fixture("features-openpyxl.xlsx") + "#年份")
        #expect(try years.numeric("年份").values == [2021, 2022])
        #expect(try years.numeric("值").values == [1.5, 2.5])
    }

    @Test("inline strings, rich text, entities, cells without references, error values")
    func handmade() throws {
        let table = try TableFile.read(path: Self.fixture("handmade.xlsx"))
        #expect(table.columnNames == ["name", "value", "flag"])
        #expect(try table.categorical("name").levels == ["a & b", "xy"])
        #expect(try table.numeric("value")[0] == 0.0015)
        #expect(try table.numeric("value")[1] == nil)  // #N/A
        #expect(try table.categorical("flag").levels == ["TRUE", "FALSE"])
    }

    @Test("an unknown sheet, an .xls, a password-protected file and a workbook given as CSV")
    func refusals() throws {
        let workbook = Self.fixture("features-openpyxl.xlsx")
        #expect(throws: CSVError.unknownSheet(file: workbook, sheet: "年分", available: ["Sheet1", "年份", "比率"])) {
            try TableFile.read(path: workbook + "#年分")
        }
        #expect(CSVError.unknownSheet(file: "b.xlsx", sheet: "年分", available: ["Sheet1", "年份"]).description
            == "b.xlsx: the workbook has no sheet \"年分\"; did you mean \"年份\"? Its sheets: \"Sheet1\", \"年份\". Name a sheet as FILE.xlsx#SHEET.")
        let legacy = Self.fixture("legacy.xls")
        #expect(throws: CSVError.legacyExcelWorkbook(file: legacy)) { try TableFile.read(path: legacy) }
        #expect(CSVError.legacyExcelWorkbook(file: "a.xls").description.contains("save it as \"Excel Workbook (.xlsx)\""))
        let encrypted = Self.fixture("encrypted.xlsx")
        #expect(throws: CSVError.encryptedWorkbook(file: encrypted)) { try TableFile.read(path: encrypted) }
        #expect(throws: CSVError.encryptedWorkbook(file: encrypted)) { try CSVReader.read(path: encrypted) }
        #expect(CSVError.encryptedWorkbook(file: "a.xlsx").description.contains("remove the password"))
        // The CSV reader says what a workbook is; the table-file reader reads it whatever its name.
        #expect(throws: CSVError.workbookNotCSV(file: workbook)) { try CSVReader.read(path: workbook) }
        let renamed = FileManager.default.temporaryDirectory.appendingPathComponent("h8a-workbook-\(getpid()).csv").path
        try? FileManager.default.removeItem(atPath: renamed)
        try FileManager.default.copyItem(atPath: Self.fixture("panel-openpyxl.xlsx"), toPath: renamed)
        defer { try? FileManager.default.removeItem(atPath: renamed) }
        #expect(try TableFile.read(path: renamed) == TableFile.read(path: Self.fixture("panel-utf8-bom.csv")))
    }

    @Test("errors in a workbook name the workbook, sheet and cell, all at once")
    func cellErrors() throws {
        let path = Self.fixture("panel-openpyxl.xlsx")
        do {
            _ = try TableFile.read(path: path, options: CSVReadOptions(numericColumns: ["所属行业"]))
            Issue.record("expected an error")
        } catch .problems(let problems) {
            #expect(problems.count == 1200)
            #expect(problems.problems.first?.location?.description == "\(path)[企业数据]!B2 (所属行业)")
            #expect(problems.problems[1].location?.description == "\(path)[企业数据]!B3 (所属行业)")
            let lines = problems.description.split(separator: "\n")
            #expect(lines.first == "1200 problems in the data; each is listed with what to do:")
            #expect(lines.count == 22)
            #expect(lines.last == "  … and 1180 more problems of the same kinds.")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    /// The bundled 绩效自评表 (datasets/chaoyang-2024/indicators.csv) converted by LibreOffice
    /// (`libreoffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx`): the same
    /// indicators, with messages naming the sheet.
    @Test("an indicator table given as .xlsx")
    func indicatorWorkbook() throws {
        let here = #filePath
        let repository = String(here[..<here.range(of: "/Tests/ImpactTests/")!.lowerBound])
        let csv = try IndicatorTable(contentsOfFile: repository + "/datasets/chaoyang-2024/indicators.csv")
        let path = Self.fixture("indicators-libreoffice.xlsx")
        let workbook = try IndicatorTable(contentsOfFile: path)
        #expect(workbook.file == path + "[indicators]")
        #expect(workbook.indicators.count == csv.indicators.count)
        for (a, b) in zip(workbook.indicators, csv.indicators) {
            #expect(a.level1 == b.level1 && a.level2 == b.level2 && a.level3 == b.level3)
            #expect(a.target == b.target && a.actual == b.actual && a.weight == b.weight)
        }
        // Percentages: the stored fraction in a data table, the shown text for record readers.
        let rates = try TableFile.read(path: Self.fixture("features-openpyxl.xlsx") + "#比率")
        #expect(try rates.numeric("完成率").values == [0.855, 1])
        let shown = try TableFile.sheetAsCSV(path: Self.fixture("features-openpyxl.xlsx") + "#比率")
        #expect(String(decoding: shown.bytes, as: UTF8.self) == "指标,完成率\na,85.5%\nb,100%\n")
        #expect(shown.name == Self.fixture("features-openpyxl.xlsx") + "[比率]")
        #expect(XLSXNumberFormat(id: 9, codes: [:]) == .percent)
        #expect(XLSXNumberFormat(code: "0.0%") == .percent)
    }

    @Test("Excel serial dates, both date systems")
    func serialDates() {
        #expect(ExcelSerialDate.text(45291, date1904: false) == "2023-12-31")
        #expect(ExcelSerialDate.text(1, date1904: false) == "1900-01-01")
        #expect(ExcelSerialDate.text(59, date1904: false) == "1900-02-28")
        #expect(ExcelSerialDate.text(61, date1904: false) == "1900-03-01")
        #expect(ExcelSerialDate.text(45291.5, date1904: false) == "2023-12-31 12:00:00")
        #expect(ExcelSerialDate.text(0, date1904: true) == "1904-01-01")
        #expect(XLSXNumberFormat(id: 14, codes: [:]) == .date)
        #expect(XLSXNumberFormat(id: 57, codes: [:]) == .date)
        #expect(XLSXNumberFormat(id: 4, codes: [:]) == .number)
        #expect(XLSXNumberFormat(code: "yyyy\"年\"") == .yearOnly)
        #expect(XLSXNumberFormat(code: "[$-804]yyyy\"年\"m\"月\"d\"日\"") == .date)
        #expect(XLSXNumberFormat(code: "#,##0.00_);[Red](#,##0.00)") == .number)
        #expect(XLSXNumberFormat(code: "0.00E+00") == .number)
        #expect(XLSXSheet.columnLetters(1) == "A" && XLSXSheet.columnLetters(28) == "AB")
    }
}
