extension ChaoyangSyntheticDataset {
    /// The generated files of `datasets/chaoyang-2024`, in this order: `panel.csv`,
    /// `sector_totals.csv`, `support_lines.csv`, `budget.csv`. (`README.md` and the
    /// indicator table are written by hand.)
    public var files: [DatasetFile] {
        [
            DatasetFile(name: "panel.csv", contents: panelCSV),
            DatasetFile(name: "sector_totals.csv", contents: Self.sectorTotalsCSV),
            DatasetFile(name: "support_lines.csv", contents: supportLinesCSV),
            DatasetFile(name: "budget.csv", contents: Self.budgetCSV),
        ]
    }

    /// The firm panel: one row per firm and year, sorted by firm then year.
    ///
    /// Columns: `firm_id`, `year`, `sector`, `supported` (0/1), `support_line` (blank if
    /// unsupported), `subsidy_wan` (the firm's 2024 award, repeated on each of its rows; 0 if
    /// unsupported), `revenue_wan`, `output_wan` (industry only, blank elsewhere), `rd_wan`,
    /// `employees`. Amounts in 万元 with two decimals.
    public var panelCSV: String {
        var lines = ["firm_id,year,sector,supported,support_line,subsidy_wan,revenue_wan,output_wan,rd_wan,employees"]
        for firm in firms {
            for (index, year) in Self.years.enumerated() {
                lines.append([
                    firm.id, String(year), firm.sector, firm.isSupported ? "1" : "0",
                    firm.supportLine ?? "", formatHundredths(firm.subsidyHundredths),
                    formatHundredths(firm.revenue[index]),
                    firm.output.map { formatHundredths($0[index]) } ?? "",
                    formatHundredths(firm.rd[index]), String(firm.employees[index]),
                ].joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The four effect lines of the report with their implied previous-year totals.
    ///
    /// Columns: `year` (2023, the year of the increments), `line`, `line_en`, `sector`,
    /// `sector_en`, `value` (the panel column
    /// measured), `firms`, `subsidy_wan`, `increment_wan`, `prior_total_wan` (implied:
    /// increment ÷ reported pull, rounded to 0.01亿元), `reported_pull_pct` (as printed).
    public static var sectorTotalsCSV: String {
        var lines = ["year,line,line_en,sector,sector_en,value,firms,subsidy_wan,increment_wan,prior_total_wan,reported_pull_pct"]
        for line in ChaoyangReportFigures.effectLines {
            lines.append([
                String(years[years.count - 1]), line.line, line.lineEnglish, line.sector, line.sectorEnglish, line.valueColumn,
                String(line.firms), formatHundredths(line.subsidyHundredths),
                formatHundredths(line.incrementHundredths),
                formatHundredths(line.impliedPriorTotalHundredths), line.reportedPull,
            ].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Supported projects and amounts per support line, counted from the panel.
    ///
    /// Columns: `line`, `line_en`, `firms`, `subsidy_wan`, `source` (`report` for lines the
    /// report itemises, `synthetic` for the remainder).
    public var supportLinesCSV: String {
        var order = ChaoyangReportFigures.effectLines.map { ($0.line, $0.lineEnglish, "report") }
        order.append((Self.foreignRDLine, "Foreign R&D centres", "report"))
        order.append((Self.otherLine, "Other projects", "synthetic"))
        var lines = ["line,line_en,firms,subsidy_wan,source"]
        for (line, english, source) in order {
            let members = firms.filter { $0.supportLine == line }
            lines.append([
                line, english, String(members.count),
                formatHundredths(members.reduce(0) { $0 + $1.subsidyHundredths }), source,
            ].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The programme totals of the report (sections 一（一）, 四（三）, and the execution rate
    /// of the performance table).
    ///
    /// Columns: `key`, `item`, `item_en`, `value`, `unit`.
    public static var budgetCSV: String {
        let thousandths = { (value: Int64) in formatScaledInteger(value, decimals: 3) }
        let rows: [[String]] = [
            ["key", "item", "item_en", "value", "unit"],
            ["projects", "支持项目数", "Supported projects", String(ChaoyangReportFigures.projects), "个"],
            ["support_wan", "支持金额", "Support awarded", formatScaledInteger(ChaoyangReportFigures.supportHundredths, decimals: 2), "万元"],
            ["services_wan", "第三方专业机构服务费", "Third-party services", thousandths(ChaoyangReportFigures.servicesThousandths), "万元"],
            ["budget_wan", "预算（合计安排资金）", "Budget (total arranged)", thousandths(ChaoyangReportFigures.budgetThousandths), "万元"],
            ["executed_wan", "实际执行金额", "Executed", thousandths(ChaoyangReportFigures.budgetThousandths), "万元"],
        ]
        return rows.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
}

/// An amount in hundredths printed with two decimals: 208700000 → `2087000.00`.
func formatHundredths(_ value: Int64) -> String {
    formatScaledInteger(value, decimals: 2)
}

/// An integer count of 10^-decimals units printed in plain decimal notation, trailing zeros
/// kept, e.g. (1151320, 2) → `11513.20`, (46074, 3) → `46.074`.
func formatScaledInteger(_ value: Int64, decimals: Int) -> String {
    var scale: Int64 = 1
    for _ in 0..<decimals { scale *= 10 }
    let magnitude = value.magnitude
    let whole = magnitude / UInt64(scale)
    let fraction = String(magnitude % UInt64(scale))
    let padded = String(repeating: "0", count: decimals - fraction.count) + fraction
    return (value < 0 ? "-" : "") + String(whole) + (decimals > 0 ? "." + padded : "")
}
