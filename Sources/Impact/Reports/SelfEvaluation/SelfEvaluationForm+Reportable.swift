extension SelfEvaluationForm: Reportable, OfficeDeliverable {
    /// 项目支出绩效自评表, after the programme's name when there is one.
    public func reportTitle(language: Language) -> LocalizedText? {
        guard let name = programme.title ?? sheet.title else { return Self.heading }
        return LocalizedText(zh: "\(name) \(Self.heading.zh)", en: "\(name): \(Self.heading.en)")
    }

    /// One table per block, for the formats that cannot merge cells (table, md, csv): the
    /// header fields (key `programme`), the funds block (`funds`), 年度总体目标
    /// (`objectives`), the scored indicators with 总分 and 评价等级 (the score sheet's table,
    /// key `indicators`) and the sign-off lines (`sign_off`).
    public func reportTables(language: Language) -> [ReportTable] {
        let field = ReportColumn(key: "field", header: LocalizedText(zh: "项目", en: "Field"))
        let value = ReportColumn(key: "value", header: LocalizedText(zh: "内容", en: "Value"))
        let text: (String?) -> ReportCell = { $0.map(ReportCell.text) ?? .empty }
        let header = ReportTable(
            title: Self.heading, columns: [field, value],
            rows: [[.label(LocalizedText(zh: "项目名称", en: "Programme")), text(programme.title ?? sheet.title)],
                   [.label(LocalizedText(zh: "主管部门", en: "Department")), text(programme.department)],
                   [.label(LocalizedText(zh: "实施单位", en: "Implementer")), text(programme.implementer)],
                   [.label(LocalizedText(zh: "年度", en: "Year")), programme.year.map(ReportCell.integer) ?? .empty]],
            key: "programme")
        let indicators = sheet.reportTable(language: language)
        return [header, fundsTable(), objectivesTable(),
                ReportTable(title: indicators.title, columns: indicators.columns, rows: indicators.rows,
                            notes: indicators.notes, key: "indicators"),
                signOffTable()]
    }

    /// The funds block as a table (amounts in 万元, execution rate in per cent).
    func fundsTable() -> ReportTable {
        let columns = [
            ReportColumn(key: "source", header: LocalizedText(zh: "项目资金（万元）", en: "Funds (10k yuan)")),
            ReportColumn(key: "initial_budget_wan", header: LocalizedText(zh: "年初预算数", en: "Initial budget")),
            ReportColumn(key: "full_year_budget_wan", header: LocalizedText(zh: "全年预算数", en: "Full-year budget")),
            ReportColumn(key: "executed_wan", header: LocalizedText(zh: "全年执行数", en: "Executed")),
            ReportColumn(key: "weight", header: LocalizedText(zh: "分值", en: "Weight")),
            ReportColumn(key: "execution_rate_pct", header: LocalizedText(zh: "执行率(%)", en: "Execution (%)")),
            ReportColumn(key: "score", header: LocalizedText(zh: "得分", en: "Score")),
        ]
        let amount: (Double?) -> ReportCell = { $0.map { .number($0, decimals: Self.amountDecimals($0)) } ?? .empty }
        let rows = FundingSource.allCases.map { source -> [ReportCell] in
            let line = programme.funds(source), isTotal = source == .total
            return [.label(Self.fundsLabel(source)), amount(line?.initialBudget), amount(line?.fullYearBudget),
                    amount(line?.executed),
                    isTotal ? (executionRow.map { .number($0.weight, decimals: Self.pointDecimals($0.weight)) } ?? .empty) : .empty,
                    (isTotal ? executionRate : line?.executionRate).map { .number($0, decimals: 2) } ?? .empty,
                    isTotal ? (executionRow?.score.map { .number($0, decimals: sheet.profile.rounding.decimals) } ?? .empty) : .empty]
        }
        return ReportTable(title: LocalizedText(zh: "项目资金（万元）", en: "Funds (10k yuan)"), columns: columns, rows: rows,
                           notes: [LocalizedText(zh: "执行率 = 全年执行数 ÷ 全年预算数 × 100。", en: "Execution rate = executed ÷ full-year budget × 100.")],
                           key: "funds")
    }

    /// 年度总体目标: expected and achieved, one row per objective.
    func objectivesTable() -> ReportTable {
        ReportTable(title: LocalizedText(zh: "年度总体目标", en: "Annual objectives"),
                    columns: [ReportColumn(key: "expected", header: LocalizedText(zh: "预期目标", en: "Expected")),
                              ReportColumn(key: "achieved", header: LocalizedText(zh: "实际完成情况", en: "Achieved"))],
                    rows: programme.objectives.map { [.text($0.expected), .text($0.achieved)] }, key: "objectives")
    }

    /// The sign-off lines, as written (empty for the office to fill in).
    func signOffTable() -> ReportTable {
        let sign = programme.signOff
        let text: (String?) -> ReportCell = { $0.map(ReportCell.text) ?? .text("") }
        return ReportTable(title: LocalizedText(zh: "填报信息", en: "Sign-off"),
                           columns: [ReportColumn(key: "preparer", header: LocalizedText(zh: "填报人", en: "Prepared by")),
                                     ReportColumn(key: "reviewer", header: LocalizedText(zh: "审核人", en: "Reviewed by")),
                                     ReportColumn(key: "telephone", header: LocalizedText(zh: "联系电话", en: "Telephone")),
                                     ReportColumn(key: "date", header: LocalizedText(zh: "填报日期", en: "Date"))],
                           rows: [[text(sign.preparer), text(sign.reviewer), text(sign.telephone), text(sign.date)]],
                           key: "sign_off")
    }

    /// The score sheet's JSON document (``ScoreSheet/jsonValue(language:)``, keys unchanged)
    /// followed by `"programme"`: `{"title", "department", "implementer", "year", "funds":
    /// [{"source", "initial_budget_wan", "full_year_budget_wan", "executed_wan",
    /// "execution_rate_pct"}], "objectives": [{"expected", "achieved"}], "sign_off":
    /// {"preparer", "reviewer", "telephone", "date"}}`; numbers at full precision.
    public func jsonValue(language: Language) -> JSONValue {
        sheet.jsonValue(language: language).setting("programme", programme.jsonValue)
    }

    /// HTML: the official form with merged cells (the other text formats print the tables).
    public func customText(format: OutputFormat, language: Language) -> String? {
        guard format == .html else { return nil }
        var sections = grid(language: language).html(escape: HTMLRenderer.escape)
        for note in sheet.reportTable(language: language).notes {
            sections += "<p class=\"note\">\(HTMLRenderer.escape(note.text(language)))</p>\n"
        }
        return HTMLRenderer.page(title: reportTitle(language: language), language: language, body: sections)
    }

    /// One sheet, 自评表 (Self-evaluation), in the official layout.
    func workbook(language: Language) -> Workbook {
        Workbook(sheets: [grid(language: language).worksheet(name: Self.sheetName.text(language))])
    }

    /// The form alone: its title, year, table and sign-off line.
    func wordDocument(language: Language) -> WordDocument {
        var document = WordDocument(title: nil)
        appendForm(to: &document, language: language)
        return document
    }

    /// Appends the form (title and year as centred lines, the table, the sign-off line).
    func appendForm(to document: inout WordDocument, language: Language) {
        let grid = grid(language: language)
        for line in grid.lines(.title) { document.append(.heading(line, level: 2)) }
        for line in grid.lines(.subtitle) { document.append(.paragraph(line)) }
        let tables = grid.wordTables()
        for (index, table) in tables.enumerated() {
            if index > 0 { document.append(.tableJoin) }
            document.append(.table(table))
        }
        for line in grid.lines(.footer) { document.append(.paragraph(line)) }
    }

    /// The workbook sheet's name: 自评表 / Self-evaluation.
    static let sheetName = LocalizedText(zh: "自评表", en: "Self-evaluation")
}

extension ProgrammeDescription {
    /// The description as JSON (keys as listed in ``SelfEvaluationForm/jsonValue(language:)``).
    var jsonValue: JSONValue {
        .object([
            "title": .string(title), "department": .string(department), "implementer": .string(implementer),
            "year": .integer(year),
            "funds": .array(funds.map { line in
                .object(["source": .string(line.source.rawValue), "initial_budget_wan": .number(line.initialBudget),
                         "full_year_budget_wan": .number(line.fullYearBudget), "executed_wan": .number(line.executed),
                         "execution_rate_pct": .number(line.executionRate)])
            }),
            "objectives": .array(objectives.map { .object(["expected": .string($0.expected), "achieved": .string($0.achieved)]) }),
            "sign_off": .object(["preparer": .string(signOff.preparer), "reviewer": .string(signOff.reviewer),
                                 "telephone": .string(signOff.telephone), "date": .string(signOff.date)]),
        ])
    }
}
