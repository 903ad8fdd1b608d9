/// Where an indicator row came from: the file, its line (CSV) or JSON index, and the
/// column of each field, so later errors can point at the exact cell.
public struct IndicatorOrigin: Sendable, Equatable, Hashable {
    /// The file's name as given.
    public let file: String
    /// 1-based line of the row (CSV), when known.
    public let line: Int?
    /// 0-based position in the JSON `indicators` array, when read from JSON.
    public let index: Int?
    /// 1-based column of each field present in the file (CSV).
    public let columns: [IndicatorField: Int]

    /// Creates an origin.
    public init(file: String, line: Int? = nil, index: Int? = nil, columns: [IndicatorField: Int] = [:]) {
        self.file = file
        self.line = line
        self.index = index
        self.columns = columns
    }

    /// The location of `field` in this row (or of the row, when `field` is `nil`).
    public func location(of field: IndicatorField? = nil) -> IndicatorLocation {
        let path: String? = index.map { index in
            "indicators[\(index)]" + (field.map { ".\($0.rawValue)" } ?? "")
        }
        return IndicatorLocation(file: file, line: line, column: field.flatMap { columns[$0] }, path: path)
    }
}
