/// Errors of sector accounting (growth pull, contribution share, R&D intensity, leverage).
///
/// Every case carries what a planner needs to find the problem in the data: the sector or
/// firm, the year and the column.
public enum AccountingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A column lookup failed (unknown column, with the nearest name; or text where numbers
    /// were needed).
    case table(TableError)
    /// The previous year's sector total is zero, so the pull (Δ / total × 100) is undefined.
    case zeroPriorTotal(sector: String, year: Int)
    /// The previous year's sector total is missing: no firm of the sector has a value that
    /// year.
    case missingPriorTotal(sector: String, year: Int)
    /// The firm and year keys are unusable: a firm appears twice in a year (the error lists
    /// the first duplicates), a key is missing, or a year is not a whole number.
    case panel(PanelError)
    /// The requested year is not in the data.
    case yearNotFound(Int, available: [Int])
    /// A supported firm has no value of `column` in `year`, so its increment is unknown.
    case missingValue(firm: String, year: Int, column: String)
    /// A cell that identifies a row (its sector, or a year in a totals file) is empty.
    case missingKey(row: Int, column: String)
    /// A year cell is not a whole number.
    case invalidYear(row: Int, value: Double)
    /// A supported-flag cell is neither 0 nor 1.
    case invalidFlag(column: String, row: Int, value: Double)
    /// A sector asked for is not in the data; `nearest` is the closest sector name.
    case unknownSector(String, nearest: String?)
    /// A supported firm's revenue is zero or missing, so its R&D intensity is undefined.
    case zeroRevenue(firm: String, year: Int)
    /// Under ``AccountingMissingValues/error``: firms lacking the value in `t − 1` or `t`, all
    /// of them (growth accounting needs balanced pairs).
    case incompletePairs([MissingFirmValue])
    /// Under ``AccountingMissingValues/error``: firms lacking R&D or revenue in `t` (R&D
    /// intensity needs no increment, only both figures of year `t`), all of them.
    case incompleteFirms([MissingFirmValue])
    /// A subsidy amount below zero (a subsidy is an amount paid; a clawback is not a subsidy).
    case negativeAmount(column: String, firm: String, year: Int, row: Int, value: Double)
    /// `COLUMN=VALUE` matches no row; `occurring` lists the values the column does hold
    /// (sorted, at most 20).
    case noFirmMatches(column: String, value: String, occurring: [String])
    /// A cell holds an infinite value (a number too large for a double, such as `1e309`, reads
    /// as infinity): a sum over the sector would be infinite, so the accounting refuses it.
    case infiniteValue(column: String, firm: String, year: Int, row: Int)

    /// The message as a whole sentence saying what went wrong and where.
    public var description: String {
        switch self {
        case .table(let error):
            let text = error.description.prefix(1).uppercased() + error.description.dropFirst()
            return text.hasSuffix("?") ? text : text + "."
        case .zeroPriorTotal(let sector, let year):
            return "The \(year) total of sector '\(sector)' is zero, so its growth pull (increment ÷ previous-year total) is undefined."
        case .missingPriorTotal(let sector, let year):
            return "The \(year) total of sector '\(sector)' is missing: no firm of the sector has a value that year, so its growth pull cannot be computed."
        case .panel(let error):
            return error.description
        case .yearNotFound(let year, let available):
            return "Year \(year) is not in the data; the years present are \(available.map(String.init).joined(separator: ", "))."
        case .missingValue(let firm, let year, let column):
            return "Supported firm '\(firm)' has no value of '\(column)' in \(year), so its increment cannot be computed."
        case .missingKey(let row, let column):
            return "Data row \(row + 1) has no '\(column)'; every row needs one."
        case .invalidYear(let row, let value):
            return "Data row \(row + 1) has year \(value), which is not a whole number."
        case .invalidFlag(let column, let row, let value):
            return "Data row \(row + 1) has \(value) in the flag column '\(column)', which must be 0 or 1."
        case .unknownSector(let name, let nearest):
            return "There is no sector '\(name)' in the data" + (nearest.map { "; did you mean '\($0)'?" } ?? ".")
        case .zeroRevenue(let firm, let year):
            return "Firm '\(firm)' has zero or missing revenue in \(year), so its R&D intensity is undefined."
        case .incompletePairs(let entries):
            return "\(Set(entries.map(\.firm)).count) firm(s) lack a value in one of the two years, and --missing error was asked: "
                + entries.map(\.description).joined(separator: "; ")
                + ". Growth accounting uses balanced pairs (a firm counts only with its value in both years); "
                + "use --missing drop to leave these firms out and count them in the notes."
        case .incompleteFirms(let entries):
            return "\(Set(entries.map(\.firm)).count) firm(s) lack a figure of the evaluated year, and --missing error was asked: "
                + entries.map(\.description).joined(separator: "; ")
                + ". R&D intensity needs no increment, only each firm's R&D and a positive revenue in the year; "
                + "use --missing drop to leave these firms out and count them in the notes."
        case .negativeAmount(let column, let firm, let year, let row, let value):
            return "Firm '\(firm)' has \(value) in '\(column)' in \(year) (data row \(row + 1)); a subsidy cannot be negative."
        case .noFirmMatches(let column, let value, let occurring):
            return "No firm has '\(column)' = '\(value)'; the values that occur are: "
                + (occurring.isEmpty ? "none (the column is empty)" : occurring.joined(separator: ", ")) + "."
        case .infiniteValue(let column, let firm, let year, let row):
            return "Firm '\(firm)' has an infinite value in '\(column)' in \(year) (data row \(row + 1)): a number too large "
                + "for a double, such as 1e309, reads as infinity and would make every sum of its sector infinite; correct or blank the cell."
        }
    }
}

extension AccountingError {
    /// Throws ``negativeAmount(column:firm:year:row:value:)`` for the first negative cell of
    /// `amounts` (table order).
    static func requireNonNegative(_ amounts: NumericColumn, column: String,
                                   keys: FirmYearRows) throws(AccountingError) {
        for row in keys.firms.indices {
            guard let amount = amounts[row], amount < 0 else { continue }
            throw .negativeAmount(column: column, firm: keys.firms[row], year: keys.years[row], row: row, value: amount)
        }
    }

    /// Throws ``infiniteValue(column:firm:year:row:)`` for the first infinite cell of `values`
    /// among `rows` (all rows when `nil`), in table order. A blank cell is not infinite.
    static func requireFinite(_ values: NumericColumn, column: String, keys: FirmYearRows,
                              rows: [Int]? = nil) throws(AccountingError) {
        for row in rows ?? Array(keys.firms.indices) {
            guard let value = values[row], value.isInfinite else { continue }
            throw .infiniteValue(column: column, firm: keys.firms[row], year: keys.years[row], row: row)
        }
    }
}
