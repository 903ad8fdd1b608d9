extension RegressionRequest {
    /// fixest's `split`: for each formula, the model on the full sample, then one on the
    /// rows of each level of `split`, levels sorted (numbers numerically, text by code
    /// points, as ``FactorLevels`` sorts them). Rows where `split` is missing enter the
    /// full sample only.
    func splitEstimates(_ table: Table, split: String,
                        subset: SubsetSummary?) throws(RegressionRequestError) -> RegressionEstimates {
        guard let index = table.columnIndex(named: split) else {
            throw .unknownSplitColumn(split, nearest: nearestName(to: split, among: table.columnNames))
        }
        let column = table.columns[index]
        // FactorLevels needs rows without missing values; missing rows stay in the full sample.
        let present = (0..<table.rowCount).filter { !column.isMissing(at: $0) }
        let levels = FactorLevels.sorted(column, rows: present)
        var rowsOfLevel = [[Int]](repeating: [], count: levels.labels.count)
        for (position, code) in levels.codes.enumerated() { rowsOfLevel[Int(code)].append(present[position]) }
        var samples: [(RegressionSample, Table)] = [(.full, table)]
        for (level, label) in levels.labels.enumerated() {
            samples.append((.level(variable: split, level: label), table.selectingRows(rowsOfLevel[level])))
        }
        var results: [RegressionResult] = []
        var labels: [RegressionSample] = []
        for formula in formulas {
            for (sample, rows) in samples {
                let frame: ModelFrame
                do {
                    frame = try ModelFrame(formula: formula, table: rows, weights: weights, variance: variance)
                } catch {
                    throw .design(error)
                }
                results.append(try fitted(frame, formula: formula))
                labels.append(sample)
            }
        }
        return RegressionEstimates(results: results, samples: labels, subset: subset)
    }
}
