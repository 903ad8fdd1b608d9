/// The formats Impact prints.
public enum OutputFormat: String, Sendable, CaseIterable, Codable {
    /// Aligned columns for a terminal (East Asian wide characters count as two cells).
    case table
    /// GitHub-flavoured Markdown tables.
    case md
    /// Comma-separated values, UTF-8 with a byte-order mark so Excel reads Chinese correctly.
    case csv
    /// JSON, numbers at full precision.
    case json
    /// A self-contained HTML page (inline CSS and SVG, no external resources), print-ready.
    case html
    /// An Excel workbook (Office Open XML): one sheet per table, numbers as numbers,
    /// native charts; the 绩效自评表 in the layout of 财预〔2020〕10号 附件1.
    case xlsx
    /// A Word document (Office Open XML): headings as heading styles, Word tables, native
    /// charts; `impact report` writes the 项目支出绩效评价报告.
    case docx

    /// Whether the format is binary (a ZIP package) rather than text.
    public var isBinary: Bool { self == .xlsx || self == .docx }

    /// The format a file name's extension stands for: `.txt` → table, `.md`, `.csv`,
    /// `.json`, `.html`/`.htm`, `.xlsx`, `.docx` (case-insensitive); `nil` for any other.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "txt": self = .table
        case "md", "markdown": self = .md
        case "csv": self = .csv
        case "json": self = .json
        case "html", "htm": self = .html
        case "xlsx": self = .xlsx
        case "docx": self = .docx
        default: return nil
        }
    }
}
