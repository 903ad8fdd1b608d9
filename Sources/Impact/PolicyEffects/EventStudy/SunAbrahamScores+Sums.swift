extension SunAbrahamScores {
    /// The running sums of `scoreGram(clusters:)`: `a_g` (sparse over cells, its
    /// touched cells listed), `b_g`, each unit's residual sum within the group, and the
    /// accumulated `AᵀA`, `AᵀB`, `BᵀB`.
    struct Sums {
        var a: [Double]
        var touched: [Int] = []
        var isTouched: [Bool]
        var b: [Double]
        var unitSum: [Double]
        var touchedUnits: [Int] = []
        var unitTouched: [Bool]
        var aa: Matrix
        var ab: Matrix
        var bb: Matrix

        init(cells: Int, periods: Int, units: Int) {
            a = [Double](repeating: 0, count: cells)
            isTouched = [Bool](repeating: false, count: cells)
            b = [Double](repeating: 0, count: periods)
            unitSum = [Double](repeating: 0, count: units)
            unitTouched = [Bool](repeating: false, count: units)
            aa = Matrix(rows: cells, columns: cells)
            ab = Matrix(rows: cells, columns: periods)
            bb = Matrix(rows: periods, columns: periods)
        }

        /// Adds `eᵢ` at the observation's cell and period and to its unit's sum.
        mutating func add(_ e: Double, cell: Int, period: Int, unit: Int) {
            if cell >= 0 { touch(cell); a[cell] += e }
            if period >= 0 { b[period] += e }
            if !unitTouched[unit] { unitTouched[unit] = true; touchedUnits.append(unit) }
            unitSum[unit] += e
        }

        /// Subtracts a unit's share at one of its rows' cell and period.
        mutating func subtract(_ share: Double, cell: Int, period: Int) {
            if cell >= 0 { touch(cell); a[cell] -= share }
            if period >= 0 { b[period] -= share }
        }

        private mutating func touch(_ cell: Int) {
            if !isTouched[cell] { isTouched[cell] = true; touched.append(cell) }
        }

        /// Adds the group's `a aᵀ`, `a bᵀ`, `b bᵀ` and clears it.
        mutating func closeGroup() {
            let k = a.count, p = b.count
            aa.storage.withUnsafeMutableBufferPointer { aa in
                ab.storage.withUnsafeMutableBufferPointer { ab in
                    for x in touched {
                        let ax = a[x]
                        for y in touched { aa[x + y * k] += ax * a[y] }
                        for q in 0..<p { ab[x + q * k] += ax * b[q] }
                    }
                }
            }
            bb.storage.withUnsafeMutableBufferPointer { bb in
                for q in 0..<p where b[q] != 0 {
                    for r in 0..<p { bb[q + r * p] += b[q] * b[r] }
                }
            }
            for x in touched { a[x] = 0; isTouched[x] = false }
            touched.removeAll(keepingCapacity: true)
            for q in 0..<p { b[q] = 0 }
            for u in touchedUnits { unitTouched[u] = false }
            touchedUnits.removeAll(keepingCapacity: true)
        }
    }
}
