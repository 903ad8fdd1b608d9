/// A dense matrix of `Double` in column-major order, the layout BLAS and LAPACK use.
///
/// Element `(i, j)` is `storage[i + j * rows]`. Matrices are values; operations return new
/// matrices. Products and factorizations live in `Matrix+Products.swift` and the
/// factorization files; they call OpenBLAS and LAPACKE and never loop in O(n³) by hand.
public struct Matrix: Sendable, Equatable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// Column-major elements, `rows * columns` of them.
    public internal(set) var storage: [Double]

    /// Creates a matrix from column-major storage.
    public init(rows: Int, columns: Int, storage: [Double]) {
        precondition(rows >= 0 && columns >= 0 && storage.count == rows * columns,
                     "storage must hold rows * columns elements")
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }

    /// A `rows × columns` matrix filled with `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        self.init(rows: rows, columns: columns,
                  storage: [Double](onHugePagesRepeating: value, count: rows * columns))
    }

    /// Creates a matrix from its columns, which must have equal length.
    public init(columns: [[Double]]) {
        let rows = columns.first?.count ?? 0
        precondition(columns.allSatisfy { $0.count == rows }, "columns differ in length")
        self.init(rows: rows, columns: columns.count, storage: columns.flatMap { $0 })
    }

    /// Creates a matrix from its rows (convenient in tests), which must have equal length.
    public init(rowMajor rowList: [[Double]]) {
        let columns = rowList.first?.count ?? 0
        precondition(rowList.allSatisfy { $0.count == columns }, "rows differ in length")
        var storage = [Double](repeating: 0, count: rowList.count * columns)
        for (i, row) in rowList.enumerated() {
            for (j, value) in row.enumerated() { storage[i + j * rowList.count] = value }
        }
        self.init(rows: rowList.count, columns: columns, storage: storage)
    }

    /// The `n × n` identity.
    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0..<n { m.storage[i + i * n] = 1 }
        return m
    }

    /// Element `(row, column)`.
    public subscript(row: Int, column: Int) -> Double {
        get { storage[row + column * rows] }
        set { storage[row + column * rows] = newValue }
    }

    /// Column `j` as an array.
    public func column(_ j: Int) -> [Double] {
        storage.withUnsafeBufferPointer { all in
            [Double](onHugePagesCopying: UnsafeBufferPointer(rebasing: all[(j * rows)..<((j + 1) * rows)]))
        }
    }

    /// The diagonal of a square (or rectangular) matrix.
    public var diagonal: [Double] {
        (0..<min(rows, columns)).map { self[$0, $0] }
    }
}
