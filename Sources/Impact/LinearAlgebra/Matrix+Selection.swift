extension Matrix {
    /// The transpose, as a new matrix.
    public func transposed() -> Matrix {
        var result = Matrix(rows: columns, columns: rows)
        for j in 0..<columns {
            for i in 0..<rows { result.storage[j + i * columns] = storage[i + j * rows] }
        }
        return result
    }

    /// Columns `indices` of this matrix, in the given order.
    public func selectingColumns(_ indices: [Int]) -> Matrix {
        var result = [Double]()
        result.reserveCapacity(rows * indices.count)
        for j in indices { result.append(contentsOf: storage[(j * rows)..<((j + 1) * rows)]) }
        return Matrix(rows: rows, columns: indices.count, storage: result)
    }

    /// Rows and columns `indices` of a square matrix (a principal submatrix).
    public func principalSubmatrix(_ indices: [Int]) -> Matrix {
        var result = Matrix(rows: indices.count, columns: indices.count)
        for (b, j) in indices.enumerated() {
            for (a, i) in indices.enumerated() { result[a, b] = self[i, j] }
        }
        return result
    }
}
