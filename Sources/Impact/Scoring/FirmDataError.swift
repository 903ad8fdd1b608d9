/// Why an actual could not be computed from a firm table.
public enum FirmDataError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A column is missing or of the wrong type.
    case table(TableError)
    /// No row is a supported firm (in the year asked for).
    case noSupportedFirms(year: Int?)
    /// Supported firms' revenue sums to zero, so R&D intensity is undefined.
    case zeroRevenue(year: Int?)
    /// The execution rate's budget is missing, not money, or not positive.
    case invalidBudget(String)
    /// A row has no firm identifier (1-based data row).
    case missingFirm(row: Int)

    /// The message as a whole sentence saying what went wrong and where.
    public var description: String {
        switch self {
        case .table(let error): "\(error)"
        case .noSupportedFirms(let year):
            "no supported firm was found" + (year.map { " in \($0)" } ?? "")
        case .zeroRevenue(let year):
            "the supported firms' revenue sums to zero" + (year.map { " in \($0)" } ?? "")
                + ", so R&D intensity is undefined"
        case .invalidBudget(let text):
            "the budget '\(text)' is not a positive amount of money"
        case .missingFirm(let row):
            "data row \(row) has no firm identifier"
        }
    }
}
