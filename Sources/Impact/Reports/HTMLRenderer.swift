/// One self-contained HTML page (``OutputFormat/html``).
///
/// The page declares `<meta charset="utf-8">` and `lang` (`zh-CN` or `en`), carries its CSS
/// inline and loads nothing from outside, so it can be mailed or archived as one file. Each
/// table becomes a `<section>` with a heading, a `<table>` (numeric cells right-aligned with
/// tabular figures; a wide table scrolls sideways on screen and, printed, wraps on an A4
/// landscape page (`@page wide`) with its header row repeated on every page), an inline
/// SVG bar chart when the table has a ``ReportChart`` (`SVGBarChart`), and its notes.
/// All text is escaped (`&`, `<`, `>`, `"`, `'`) scalar by scalar (``HTMLText``), and a
/// Content-Security-Policy meta tag forbids scripts and any loading from outside.
public enum HTMLRenderer {
    /// The style sheet embedded in every page.
    static let styleSheet = """
    body{font-family:system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;\
    margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328;line-height:1.5}
    h1{font-size:1.6rem;border-bottom:2px solid #d0d7de;padding-bottom:.3rem}
    h2{font-size:1.25rem;margin-top:2rem}
    div.scroll{overflow-x:auto}
    table{border-collapse:collapse;margin:.5rem 0}
    th,td{border:1px solid #d0d7de;padding:.3rem .6rem;vertical-align:top;white-space:nowrap}
    td.prose{white-space:normal;min-width:18rem}
    th{background:#f6f8fa;text-align:left}
    td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    td.missing{color:#8c959f;text-align:center}
    p.note{color:#57606a;font-size:.9rem;margin:.2rem 0}
    svg.chart{display:block;margin:1rem 0;max-width:100%;height:auto}
    svg.chart text{font-size:13px;fill:#1f2328}
    svg.chart rect.bar{fill:#0969da}
    svg.chart rect.bar.negative{fill:#cf222e}
    svg.chart line.axis{stroke:#57606a;stroke-width:1}
    svg.chart line.grid{stroke:#eaeef2;stroke-width:1}
    svg.chart line.zero{stroke:#57606a;stroke-width:1;stroke-dasharray:4 3}
    svg.chart rect.reference{fill:#fff8c5}
    svg.chart rect.pre{fill:#f6f8fa}
    svg.chart rect.band{fill:#0969da;fill-opacity:.18}
    svg.chart text.tick{font-size:11px;fill:#57606a}
    thead{display:table-header-group}
    tr{break-inside:avoid}
    table.form{width:100%;table-layout:fixed}
    table.form th,table.form td{white-space:normal;overflow-wrap:anywhere}
    table.form td.label{text-align:center;vertical-align:middle;font-weight:600}
    h2.form-title{text-align:center}
    p.form-year{text-align:center;margin:0}
    p.signoff{margin:.5rem 0;word-spacing:.5rem}
    footer.provenance{margin-top:2rem;border-top:1px solid #d0d7de;color:#57606a;font-size:.85rem}
    footer.provenance code{font-size:.8rem;overflow-wrap:anywhere;white-space:normal}
    footer.provenance table.hashes td{white-space:normal}
    @page{size:A4;margin:15mm}
    @page wide{size:A4 landscape;margin:12mm}
    section.wide{page:wide}
    @media print{body{max-width:none;margin:0;padding:0;font-size:10pt}\
    div.scroll{overflow:visible}th,td{white-space:normal;overflow-wrap:anywhere}\
    td.num,th.num{white-space:nowrap}svg.chart{break-inside:avoid}h2{break-after:avoid}}
    """

    /// Cells of more characters than this wrap (class `prose`, e.g. an indicator's
    /// description); shorter cells never wrap, so wide tables scroll sideways instead of
    /// squeezing names such as 软件和信息服务业 into one character per line.
    static let proseLength = 24

    /// Renders `tables` with labels in `language` as a page titled `title` (default: the
    /// first table's title, or "Impact").
    public static func render(_ tables: [ReportTable], language: Language, title: LocalizedText? = nil) -> String {
        let pageTitle = title?.text(language) ?? tables.first?.title.text(language) ?? "Impact"
        var html = """
        <!DOCTYPE html>
        <html lang="\(language == .zh ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        \(HTMLText.contentSecurityPolicyMeta)
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(pageTitle))</title>
        <style>
        \(styleSheet)
        </style>
        </head>
        <body>

        """
        if let title { html += "<h1>\(escape(title.text(language)))</h1>\n" }
        for table in tables { html += section(table, language: language) }
        html += "</body>\n</html>\n"
        return html
    }

    /// One table as a `<section>`: heading, table, chart and notes.
    static func section(_ table: ReportTable, language: Language) -> String {
        let numeric = table.columns.indices.map { table.isNumericColumn($0) }
        var html = "<section"
        if let key = table.key { html += " id=\"\(escape(key))\"" }
        // Tables of more than seven columns print on landscape pages.
        if table.columns.count > 7 { html += " class=\"wide\"" }
        html += ">\n<h2>\(escape(table.title.text(language)))</h2>\n<div class=\"scroll\">\n<table>\n<thead>\n<tr>"
        for (index, column) in table.columns.enumerated() {
            html += (numeric[index] ? "<th class=\"num\" scope=\"col\">" : "<th scope=\"col\">")
                + escape(column.header.text(language)) + "</th>"
        }
        html += "</tr>\n</thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr>"
            for cell in row {
                let text = cell.displayText(language)
                let cssClass = cell.isMissing ? "missing"
                    : cell.isNumeric ? "num"
                    : text.count > proseLength ? "prose" : nil
                html += (cssClass.map { "<td class=\"\($0)\">" } ?? "<td>")
                    + escape(text).replacingOccurrences(of: "\n", with: "<br>") + "</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n</div>\n"
        if let chart = table.chart, !chart.curveColumns.isEmpty {
            if let svg = SVGCurveChart(table: table, chart: chart, language: language) { html += svg.render() + "\n" }
        } else if let chart = table.chart, chart.intervalColumns != nil {
            if let svg = SVGIntervalChart(table: table, chart: chart, language: language) { html += svg.render() + "\n" }
        } else if let chart = table.chart, let svg = SVGBarChart(table: table, chart: chart, language: language) {
            html += svg.render() + "\n"
        }
        for note in table.notes { html += "<p class=\"note\">\(escape(note.text(language)))</p>\n" }
        html += "</section>\n"
        return html
    }

    /// `text` escaped for HTML and SVG text and attribute values (``HTMLText/escaped(_:)``,
    /// which works on Unicode scalars).
    public static func escape(_ text: String) -> String {
        HTMLText.escaped(text)
    }
}
