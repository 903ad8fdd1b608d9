import Foundation

extension SunAbrahamRegression {
    /// Rows buffered per block before a QR compresses them (at least four times the
    /// block's width): the block's memory is `O(rows × width)`, never `O(n × cells)`.
    static let blockRows = 2048

    /// `S`: the triangular factors of every cohort block `[M_U T, M_U D_g, M_U y]`
    /// stacked, columns `[periods, cells in formula order, response]`, padded with zero rows
    /// to at least as many rows as columns, so that `SᵀS = XᵀX` for the full
    /// `X = [M_U T, M_U D, M_U y]`.
    func stackedFactor() throws(EstimationError) -> Matrix {
        let p = periodColumns, width = p + cellCount + 1
        var blockCells = [[Int]](repeating: [], count: blockCount + 1)
        var local = [Int](repeating: 0, count: cellCount)
        for j in 0..<cellCount {
            local[j] = blockCells[blockOfCell[j]].count
            blockCells[blockOfCell[j]].append(j)
        }
        // A unit's block is its cells' cohort; units without a cell row (controls) form the last.
        var unitsOfBlock = [[Int]](repeating: [], count: blockCount + 1)
        for u in 0..<unitCount {
            let rows = unitRows[unitOffsets[u]..<unitOffsets[u + 1]]
            let cell = rows.lazy.map { Int(self.cells[Int($0)]) }.first { $0 >= 0 }
            unitsOfBlock[cell.map { blockOfCell[$0] } ?? blockCount].append(u)
        }
        var pieces = [(rows: Int, values: [Double], cells: [Int])]()
        for b in 0...blockCount where !unitsOfBlock[b].isEmpty {
            let factor = try blockFactor(units: unitsOfBlock[b], cellCount: blockCells[b].count, local: local)
            pieces.append((factor.rows, factor.values, blockCells[b]))
        }
        var stacked = Matrix(rows: max(pieces.reduce(0) { $0 + $1.rows }, width), columns: width)
        var first = 0
        for piece in pieces {
            let blockWidth = p + piece.cells.count + 1
            let columns = Array(0..<p) + piece.cells.map { p + $0 } + [width - 1]
            for r in 0..<piece.rows {
                for (c, column) in columns.enumerated() { stacked[first + r, column] = piece.values[r * blockWidth + c] }
            }
            first += piece.rows
        }
        return stacked
    }

    /// The triangular factor (row-major, `rows × width`) of one block's rows
    /// `[M_U T, M_U D_g, M_U y]`: each unit's rows are demeaned as they are written
    /// (`1{period} − share of the unit's rows in it`, likewise for the cells, `y − ȳ_u`), and
    /// the buffer is compressed by QR whenever it fills (tall-skinny QR).
    private func blockFactor(units: [Int], cellCount blockCellCount: Int,
                             local: [Int]) throws(EstimationError) -> (rows: Int, values: [Double]) {
        let p = periodColumns, width = p + blockCellCount + 1
        let capacity = max(Self.blockRows, 4 * width)
        var buffer = [Double](repeating: 0, count: capacity * width)
        var filled = 0
        var periodShare = [Double](repeating: 0, count: p), cellShare = [Double](repeating: 0, count: blockCellCount)
        for u in units {
            let rows = unitRows[unitOffsets[u]..<unitOffsets[u + 1]]
            let inverse = 1 / Double(rows.count)
            var sum = 0.0
            for r in rows {
                let i = Int(r)
                if periods[i] >= 0 { periodShare[Int(periods[i])] += inverse }
                if cells[i] >= 0 { cellShare[local[Int(cells[i])]] += inverse }
                sum += response[i]
            }
            let mean = sum * inverse
            for r in rows {
                if filled == capacity { filled = try compress(&buffer, rows: filled, width: width) }
                let i = Int(r), base = filled * width
                for q in 0..<p { buffer[base + q] = -periodShare[q] }
                for c in 0..<blockCellCount { buffer[base + p + c] = -cellShare[c] }
                if periods[i] >= 0 { buffer[base + Int(periods[i])] += 1 }
                if cells[i] >= 0 { buffer[base + p + local[Int(cells[i])]] += 1 }
                buffer[base + width - 1] = response[i] - mean
                filled += 1
            }
            for r in rows {
                let i = Int(r)
                if periods[i] >= 0 { periodShare[Int(periods[i])] = 0 }
                if cells[i] >= 0 { cellShare[local[Int(cells[i])]] = 0 }
            }
        }
        filled = try compress(&buffer, rows: filled, width: width)
        return (filled, Array(buffer[0..<(filled * width)]))
    }

    /// Replaces the first `rows` rows of the row-major `buffer` by the `R` of their QR when
    /// there are more rows than columns; returns the rows left.
    private func compress(_ buffer: inout [Double], rows: Int, width: Int) throws(EstimationError) -> Int {
        guard rows > width else { return rows }
        var matrix = Matrix(rows: rows, columns: width)
        for r in 0..<rows { for c in 0..<width { matrix.storage[r + c * rows] = buffer[r * width + c] } }
        let factorization = try numeric { () throws(LinearAlgebraError) in try QRFactorization(matrix) }
        let upper = factorization.upperFactor
        for r in 0..<width { for c in 0..<width { buffer[r * width + c] = upper[r, c] } }
        return width
    }
}
