/// A firm table (one row per firm, or per firm and year) with the names of its columns,
/// from which ``ActualSource`` computes actuals.
///
/// Conventions: a firm's subsidy is the largest subsidy cell among its rows, so a panel
/// that repeats the subsidy on every year and one that writes it in a single year (0 or
/// blank elsewhere) read the same.
public struct FirmData: Sendable, Equatable {
    /// The data.
    public let table: Table
    /// Which columns hold what.
    public let columns: FirmColumns
    /// Where the data came from, for messages.
    public let file: String

    /// Creates firm data; `columns` defaults to the bundled panel's names.
    public init(table: Table, columns: FirmColumns = FirmColumns(), file: String = "<data>") {
        self.table = table
        self.columns = columns
        self.file = file
    }
}
