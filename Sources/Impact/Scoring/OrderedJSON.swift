/// A JSON value with ordered object keys, for stable output.
///
/// Strings and numbers are written by the report renderer's writers
/// (``JSONRenderer/string(_:)``, ``ReportNumber/fullPrecision(_:)``), so a score sheet's JSON
/// and a report's JSON spell values the same way; non-finite numbers are `null`.
enum OrderedJSON {
    case string(String)
    case number(Double?)
    case bool(Bool)
    case null
    case array([OrderedJSON])
    case object([(String, OrderedJSON)])

    /// Pretty-printed text, two spaces per level.
    func rendered(indent: Int) -> String {
        let pad = String(repeating: "  ", count: indent + 1)
        let close = String(repeating: "  ", count: indent)
        switch self {
        case .string(let text): return JSONRenderer.string(text)
        case .number(let value):
            guard let value, value.isFinite else { return "null" }
            return ReportNumber.fullPrecision(value)
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { pad + $0.rendered(indent: indent + 1) }.joined(separator: ",\n") + "\n\(close)]"
        case .object(let pairs):
            if pairs.isEmpty { return "{}" }
            return "{\n" + pairs.map { pad + JSONRenderer.string($0.0) + ": " + $0.1.rendered(indent: indent + 1) }
                .joined(separator: ",\n") + "\n\(close)}"
        }
    }
}
