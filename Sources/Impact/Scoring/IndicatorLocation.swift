/// Where something in an indicator table file was written: file, line and column
/// (1-based; CSV) or a JSON path such as `indicators[3].target`.
public struct IndicatorLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The file's name as given (a path, or a label such as `<memory>`).
    public let file: String
    /// 1-based line, when known.
    public let line: Int?
    /// 1-based column, when known.
    public let column: Int?
    /// The JSON path or field name, when known.
    public let path: String?

    /// Creates a location.
    public init(file: String, line: Int? = nil, column: Int? = nil, path: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
    }

    /// `file:line:column` (GNU style) or `file (path)`.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let column { text += ":\(column)" }
        if let path { text += " (\(path))" }
        return text
    }
}
