/// One column of a ``Table``: numbers with explicit missing values, or categories.
///
/// Conventions: a missing number is flagged in ``NumericColumn/isMissing`` and its slot in
/// ``NumericColumn/values`` holds `.nan`, so a reader never mistakes it for data; a missing
/// category has code `-1`.
public enum Column: Sendable, Equatable {
    /// Real numbers (money, counts, flags, years).
    case numeric(NumericColumn)
    /// Labels stored as integer codes into a list of level names.
    case categorical(CategoricalColumn)

    /// Number of rows.
    public var count: Int {
        switch self {
        case .numeric(let column): column.count
        case .categorical(let column): column.codes.count
        }
    }

    /// Whether row `row` is missing.
    public func isMissing(at row: Int) -> Bool {
        switch self {
        case .numeric(let column): column.isMissing[row]
        case .categorical(let column): column.codes[row] < 0
        }
    }
}

/// A numeric column: `values[i]` is the number in row `i` unless `isMissing[i]` is true,
/// in which case `values[i]` is `.nan`.
///
/// Storage: an array of its own, or (from a read with ``CSVReadOptions/columnBlock``) a
/// slot of a block shared with other columns, which ``values`` copies out on access; the
/// library's hot paths read either without a copy (`withUnsafeValues`).
public struct NumericColumn: Sendable, Equatable {
    /// The numbers, `.nan` where missing.
    public var values: [Double] {
        // Yielded, not returned: reading `values[row]` of a column with its own array then
        // costs what a stored property does (no retain and release per access).
        _read {
            if let blockSlot {
                yield blockSlot.block.withSlot(blockSlot.slot) { Array($0) }
            } else {
                yield ownValues
            }
        }
    }
    /// `true` where the cell was blank or a missing marker (`NA`, `NULL`, `-`).
    public let isMissing: [Bool]
    /// The values when the column has its own array (empty for a block's column).
    private let ownValues: [Double]
    /// The block and slot holding the values, for a column read into a ``ColumnBlock``.
    let blockSlot: (block: ColumnBlock, slot: Int)?

    /// Creates a column from optional numbers; `nil` is missing.
    public init(_ optionals: [Double?]) {
        ownValues = optionals.map { $0 ?? .nan }
        isMissing = optionals.map { $0 == nil }
        blockSlot = nil
    }

    /// Creates a column with no missing values.
    public init(values: [Double]) {
        ownValues = values
        isMissing = [Bool](repeating: false, count: values.count)
        blockSlot = nil
    }

    /// Creates a column from values and a missing mask of the same length.
    public init(values: [Double], isMissing: [Bool]) {
        precondition(values.count == isMissing.count, "values and mask differ in length")
        ownValues = zip(values, isMissing).map { $1 ? .nan : $0 }
        self.isMissing = isMissing
        blockSlot = nil
    }

    /// Creates a column from arrays that already satisfy the invariant (`.nan` where
    /// missing), without copying; for readers and transforms inside the library.
    init(uncheckedValues values: [Double], isMissing: [Bool]) {
        precondition(values.count == isMissing.count, "values and mask differ in length")
        ownValues = values
        self.isMissing = isMissing
        blockSlot = nil
    }

    /// The column in `slot` of `block` (`.nan` where `isMissing`), without copying.
    init(block: ColumnBlock, slot: Int, isMissing: [Bool]) {
        precondition(block.rows == isMissing.count, "block and mask differ in length")
        ownValues = []
        self.isMissing = isMissing
        blockSlot = (block, slot)
    }

    /// Number of rows.
    var count: Int { isMissing.count }

    /// Calls `body` with the values, without copying them.
    func withUnsafeValues<R>(_ body: (UnsafeBufferPointer<Double>) throws -> R) rethrows -> R {
        if let blockSlot { return try blockSlot.block.withSlot(blockSlot.slot, body) }
        return try ownValues.withUnsafeBufferPointer(body)
    }

    /// The values at `rows`, in that order (`.nan` where missing).
    func values(at rows: [Int]) -> [Double] {
        withUnsafeValues { values in rows.map { values[$0] } }
    }

    /// The value in `row`, or `nil` when missing.
    public subscript(row: Int) -> Double? {
        isMissing[row] ? nil : withUnsafeValues { $0[row] }
    }

    /// Number of missing cells.
    public var missingCount: Int { isMissing.lazy.filter { $0 }.count }

    /// Columns are equal when the same cells are missing and the other values are equal
    /// (the `.nan` held in a missing slot does not make a column unequal to itself; a NaN
    /// stored as a value does, as NaN ≠ NaN).
    public static func == (lhs: NumericColumn, rhs: NumericColumn) -> Bool {
        guard lhs.isMissing == rhs.isMissing else { return false }
        return lhs.withUnsafeValues { left in
            rhs.withUnsafeValues { right in
                left.indices.allSatisfy { lhs.isMissing[$0] || left[$0] == right[$0] }
            }
        }
    }
}

/// A categorical column: `codes[i]` indexes `levels`, or is `-1` when missing.
///
/// Conventions: levels keep the order of first appearance in the file, so the first level
/// met is the reference category unless a formula names another.
public struct CategoricalColumn: Sendable, Equatable {
    /// Level index per row, `-1` for missing.
    public let codes: [Int32]
    /// Distinct labels, in order of first appearance.
    public let levels: [String]

    /// Creates a column from codes and their level names.
    public init(codes: [Int32], levels: [String]) {
        precondition(codes.allSatisfy { $0 < Int32(levels.count) }, "code out of range")
        self.codes = codes
        self.levels = levels
    }

    /// Creates a column from codes known to lie in `-1..<levels.count`, without checking.
    init(uncheckedCodes codes: [Int32], levels: [String]) {
        self.codes = codes
        self.levels = levels
    }

    /// Creates a column from optional labels; `nil` (or the empty string) is missing.
    public init(_ labels: [String?]) {
        let numbered = FactorCodes.firstAppearanceCodes(of: labels.lazy.map { $0?.isEmpty == false ? $0 : nil })
        self.codes = numbered.codes
        self.levels = numbered.levels
    }

    /// The label in `row`, or `nil` when missing.
    public subscript(row: Int) -> String? { codes[row] < 0 ? nil : levels[Int(codes[row])] }
}
