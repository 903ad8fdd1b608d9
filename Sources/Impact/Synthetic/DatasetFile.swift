/// A generated file: its name inside the dataset folder and its full text.
public struct DatasetFile: Sendable, Equatable {
    /// File name, e.g. `panel.csv`.
    public let name: String
    /// Contents (UTF-8, LF line ends, final newline).
    public let contents: String

    /// Creates a file value.
    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}
