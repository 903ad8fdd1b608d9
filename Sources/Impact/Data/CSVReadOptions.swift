/// How ``CSVReader`` turns cells into typed columns.
///
/// Defaults (each stated once, here):
/// - ``missingMarkers``: ``defaultMissingMarkers`` — a blank cell, `NA`, `N/A`, `NULL`,
///   `null`, `NaN`, `nan`, `-`, `--`, the em dash `—`, the full-width hyphen `－`, `——`, `/`, `／`,
///   `n/a`, `#N/A` (Excel's "not available") and `不适用`;
/// - ``readsYears`` on: a column of `2023年` or period-end dates becomes years (``YearText``);
/// - no units, no forced column types: a column is numeric when every non-missing cell is a
///   number, otherwise categorical;
/// - ``delimiter``: ``CSVDelimiter/comma``; ``selectedColumns``: `nil` (read every column);
/// - ``encoding``: ``CSVEncoding/automatic`` (UTF-8, or GB18030 for a file that is not UTF-8);
/// - ``readsUnitsFromHeader`` on: a header `营收(万元)` declares the unit 万元 for a column
///   named `营收` (see ``CSVReader`` for the accepted forms).
///
/// Column names in options may be written either as the column's name (`营收`) or as the
/// full header cell (`营收(万元)`). Naming a column the header lacks is an error.
public struct CSVReadOptions: Sendable, Equatable {
    /// The default missing markers (compared with the cell after trimming spaces).
    public static let defaultMissingMarkers: Set<String> = [
        "", "NA", "N/A", "NULL", "null", "NaN", "nan", "-", "--", "—", "－",
        "——", "/", "／", "n/a", "#N/A", "不适用",
    ]

    /// Cell texts that mean "missing", compared exactly after trimming surrounding spaces.
    /// The empty string is always treated as missing.
    public var missingMarkers: Set<String>
    /// Declared money units per column; amounts with a unit suffix are converted into it, and
    /// plain numbers are taken to be in it. A declared unit makes the column numeric.
    /// These override units declared in the header.
    public var units: [String: MoneyUnit]
    /// Columns to keep as categories even when every cell is a number (identifiers such as
    /// `000123` keep their leading zeros).
    public var categoricalColumns: Set<String>
    /// Columns that must be numeric: a cell that is not a number is an error.
    public var numericColumns: Set<String>
    /// Whether a header such as `营收(万元)` declares a unit (default `true`). When off, the
    /// whole header text is the column name.
    public var readsUnitsFromHeader: Bool
    /// Character encoding of the file (default ``CSVEncoding/automatic``: UTF-8, or GB18030
    /// when the file is not valid UTF-8).
    public var encoding: CSVEncoding
    /// Field separator (default ``CSVDelimiter/comma``).
    public var delimiter: CSVDelimiter
    /// The columns to read, or `nil` for all (the default). Other columns are skipped without
    /// being parsed or type-checked (records must still have the header's field count), which
    /// saves time and memory when a model needs a few columns of a wide file. The table keeps
    /// the file's column order.
    public var selectedColumns: Set<String>?
    /// Columns read together with ``selectedColumns`` when the file has them, and skipped
    /// without an error when it does not (a column whose mere presence matters, such as a
    /// name a command must not reuse); ignored without a selection. Default empty.
    public var optionalColumns: Set<String> = []
    /// Whether a column whose cells are all years written as text (`2023年`, `2023年度`) or
    /// period-end dates on one day of the year (`2022-12-31`, `2023/12/31`, Excel dates)
    /// becomes a numeric column of the years (default `true`; see
    /// ``Table/readingYears(except:)``). Columns declared categorical are kept as text.
    public var readsYears: Bool = true
    /// Numeric columns to read side by side into one block that a design matrix of exactly
    /// these columns can take over without a copy (``ColumnBlockLayout``); `nil` (the
    /// default) stores every column on its own. It changes where values are stored, never
    /// the table read; files the fast reader does not read in place ignore it.
    var columnBlock: ColumnBlockLayout?

    /// Creates options; see the type's documentation for the defaults.
    public init(missingMarkers: Set<String> = CSVReadOptions.defaultMissingMarkers,
                units: [String: MoneyUnit] = [:],
                categoricalColumns: Set<String> = [],
                numericColumns: Set<String> = [],
                readsUnitsFromHeader: Bool = true,
                encoding: CSVEncoding = .automatic,
                delimiter: CSVDelimiter = .comma,
                selectedColumns: Set<String>? = nil) {
        self.missingMarkers = missingMarkers
        self.units = units
        self.categoricalColumns = categoricalColumns
        self.numericColumns = numericColumns
        self.readsUnitsFromHeader = readsUnitsFromHeader
        self.encoding = encoding
        self.delimiter = delimiter
        self.selectedColumns = selectedColumns
    }
}
