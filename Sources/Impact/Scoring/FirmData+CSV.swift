extension FirmData {
    /// Reads a firm table from the CSV or `.xlsx` file at `path` with ``TableFile`` (default
    /// options); `columns` defaults to the bundled panel's names.
    public init(csvPath path: String, columns: FirmColumns = FirmColumns()) throws(CSVError) {
        self.init(table: try TableFile.read(path: path), columns: columns, file: path)
    }
}
