extension FirmData {
    /// Reads a firm table from the CSV file at `path` with the project's ``CSVReader``
    /// (default options); `columns` defaults to the bundled panel's names.
    public init(csvPath path: String, columns: FirmColumns = FirmColumns()) throws(CSVError) {
        self.init(table: try CSVReader.read(path: path), columns: columns, file: path)
    }
}
