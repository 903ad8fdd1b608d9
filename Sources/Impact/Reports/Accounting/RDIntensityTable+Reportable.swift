extension RDIntensityTable: Reportable {
    /// The R&D intensity table (``reportTable()``).
    public func reportTables(language: Language) -> [ReportTable] { [reportTable()] }

    /// The tables document (``JSONRenderer``), then `notes`: the table's conventions as
    /// `{"code", "message"}` objects.
    public func jsonValue(language: Language) -> JSONValue {
        JSONRenderer.document(reportTables(language: language), language: language, notes: notes)
    }
}
