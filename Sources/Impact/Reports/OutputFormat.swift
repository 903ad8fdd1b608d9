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
    /// A self-contained HTML page (inline CSS and SVG, no external resources).
    case html
}
