/// Where a data problem is: a cell or line of a file (``CSVLocation``: `data.csv:14:3` or
/// `企业数据.xlsx[Sheet1]!E17`), a record named by its key when the file position is not
/// known (a panel's firm and year), or a whole file.
public enum DataPlace: Sendable, Equatable, CustomStringConvertible {
    /// A cell, or a whole line when the location has no column.
    case cell(CSVLocation)
    /// A record of `file` named by `key` (e.g. `firm 91110105MA01, 2023`), optionally one
    /// column of it.
    case record(file: String, key: String, column: String?)
    /// A whole file.
    case file(String)

    /// `data.csv:14:3 (revenue)`, `panel.csv: firm 9132…, 2023 (营业收入)` or `panel.csv`.
    public var description: String {
        switch self {
        case .cell(let location): return location.description
        case .record(let file, let key, let column): return "\(file): \(key)" + (column.map { " (\($0))" } ?? "")
        case .file(let file): return file
        }
    }
}

/// What is wrong at one ``DataPlace``. Each kind words itself as one clause saying what was
/// found, what was expected and what to do.
public enum DataProblemKind: Sendable, Equatable {
    /// Text in a column whose other cells are numbers: `numbers` of the column's non-missing
    /// cells are numbers and `texts` are not.
    case textInNumericColumn(found: String, column: String, numbers: Int, texts: Int)
    /// A cell that must be a number is not one.
    case notANumber(found: String, expected: String)
    /// An amount with a unit (`208.7亿`) in a column that declares none.
    case unitWithoutDeclaredUnit(found: String, unit: MoneyUnit)
    /// A number followed by text that is not a money unit.
    case unknownUnit(found: String, columnUnit: MoneyUnit?)
    /// A value that is needed is missing; `neededFor` says what needs it (e.g. "the 2022
    /// to 2023 increment").
    case missingValue(column: String, neededFor: String)
    /// A value that is not allowed; `expected` says what is (for checks above the readers).
    case invalidValue(found: String, expected: String)

    /// The problem and its remedy as one clause.
    public var description: String {
        switch self {
        case let .textInNumericColumn(found, column, numbers, texts):
            return "found \(quoted(found)) in a column of numbers (\(numbers) of its cells are numbers, "
                + "\(texts) \(texts == 1 ? "is" : "are") text); if it means missing, list it as a missing marker "
                + "(--na-values, or na_values in impact.toml), otherwise correct the cell, or write C(\(column)) "
                + "in the formula if the column really holds categories"
        case let .notANumber(found, expected):
            return "found \(quoted(found)), expected \(expected); correct the cell or list the text as a missing marker (--na-values)"
        case let .unitWithoutDeclaredUnit(found, unit):
            return "found \(quoted(found)) with the unit \(unit.symbol), but the column declares no unit; "
                + "declare it in the header (e.g. 营收(万元)) or write a plain number"
        case let .unknownUnit(found, columnUnit?):
            return "found \(quoted(found)), expected a number in \(columnUnit.symbol), optionally followed by 元, 万, 万元, 亿 or 亿元"
        case let .unknownUnit(found, nil):
            return "found \(quoted(found)), expected a number as in the column's other cells (a unit 元/万元/亿元 "
                + "needs the column's unit declared, e.g. in its header: 营收(万元))"
        case let .missingValue(column, neededFor):
            return "no value of \(quoted(column)), needed for \(neededFor); fill it in, or leave the record out"
        case let .invalidValue(found, expected):
            return "found \(quoted(found)), expected \(expected)"
        }
    }
}

/// One problem found in data: where it is and what it is.
public struct DataProblem: Sendable, Equatable, CustomStringConvertible {
    /// Where the problem is.
    public let place: DataPlace
    /// What is wrong.
    public let kind: DataProblemKind

    /// Creates a problem.
    public init(place: DataPlace, kind: DataProblemKind) {
        self.place = place
        self.kind = kind
    }

    /// `place: what was found, what was expected, what to do`.
    public var description: String { "\(place): \(kind.description)" }

    /// The cell-level ``CSVError`` as a problem, or `nil` for errors that stop reading
    /// (structure, encoding, options).
    public init?(_ error: CSVError) {
        switch error {
        case let .notANumber(location, found, expected):
            self.init(place: .cell(location), kind: .notANumber(found: found, expected: expected))
        case let .unitWithoutDeclaredUnit(location, found, unit):
            self.init(place: .cell(location), kind: .unitWithoutDeclaredUnit(found: found, unit: unit))
        case let .unknownUnit(location, found, columnUnit):
            self.init(place: .cell(location), kind: .unknownUnit(found: found, columnUnit: columnUnit))
        default:
            return nil
        }
    }

    /// The location of a cell-level problem.
    public var location: CSVLocation? {
        if case .cell(let location) = place { return location }
        return nil
    }
}

/// Every problem found in a pass over some data, reported at once instead of one at a time.
///
/// Readers and checks collect the problems of a whole file (or panel) and throw them
/// together; ``description`` lists the first ``limit`` (default 20, ``defaultLimit``) in the
/// order found, each with its place and what to do, then how many more there are.
/// ``CSVReader`` throws a single problem as its own ``CSVError`` case and two or more as
/// ``CSVError/problems(_:)``; checks above the readers (panels, accounting) build their own
/// list with ``DataPlace/record(file:key:column:)`` places and throw it in their error type.
public struct DataProblems: Error, Sendable, Equatable, CustomStringConvertible {
    /// How many problems a message lists by default before "and N more".
    public static let defaultLimit = 20

    /// The problems, in the order found.
    public let problems: [DataProblem]
    /// How many are listed in ``description``.
    public let limit: Int
    /// Problems of the same kinds counted but not collected (a reader stops collecting
    /// after a while); they count in the total.
    public let uncollected: Int

    /// Creates the list; `limit` (default ``defaultLimit``, at least 1) caps the listing;
    /// `uncollected` problems were counted but not kept.
    public init(_ problems: [DataProblem], limit: Int = DataProblems.defaultLimit, uncollected: Int = 0) {
        self.problems = problems
        self.limit = max(1, limit)
        self.uncollected = max(0, uncollected)
    }

    /// All problems found, listed or not.
    public var count: Int { problems.count + uncollected }

    /// `N problems in the data:` then one line per problem (at most ``limit``), then
    /// `… and M more problems.`
    public var description: String {
        var lines = ["\(count) problem\(count == 1 ? "" : "s") in the data; each is listed with what to do:"]
        lines += problems.prefix(limit).map { "  \($0.description)." }
        if count > min(limit, problems.count) {
            let more = count - min(limit, problems.count)
            lines.append("  … and \(more) more problem\(more == 1 ? "" : "s") of the same kinds.")
        }
        return lines.joined(separator: "\n")
    }

    /// The list with every cell location passed through `move`.
    func relocated(_ move: (CSVLocation) -> CSVLocation) -> DataProblems {
        DataProblems(problems.map { problem in
            guard case .cell(let location) = problem.place else { return problem }
            return DataProblem(place: .cell(move(location)), kind: problem.kind)
        }, limit: limit, uncollected: uncollected)
    }
}
