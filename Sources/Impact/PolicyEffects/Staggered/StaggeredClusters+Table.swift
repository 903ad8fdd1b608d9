extension StaggeredClusters {
    /// Reads the cluster of every firm of `panel` from column `cluster` of `table` (text or
    /// numbers), matched by the firm column `id`.
    ///
    /// - Throws: ``StaggeredError/table(_:)`` for a missing column,
    ///   ``StaggeredError/missingValue(column:row:)`` for a blank cluster of a firm in the
    ///   panel, ``StaggeredError/clusterVariesWithinUnit(unit:column:)`` when a firm's
    ///   cluster changes between its rows.
    public init(table: Table, id: String, cluster: String, panel: StaggeredPanel) throws(StaggeredError) {
        let ids: CategoricalColumn, clusters: CategoricalColumn
        do {
            ids = try table.categorical(id)
            clusters = try table.categorical(cluster)
        } catch {
            throw .table(error)
        }
        let position = Dictionary(panel.units.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var label = [Int32?](repeating: nil, count: panel.unitCount)
        for row in 0..<table.rowCount {
            let code = ids.codes[row]
            guard code >= 0, let unit = position[ids.levels[Int(code)]] else { continue }
            let value = clusters.codes[row]
            guard value >= 0 else { throw .missingValue(column: cluster, row: row) }
            if let seen = label[unit], seen != value {
                throw .clusterVariesWithinUnit(unit: panel.units[unit], column: cluster)
            }
            label[unit] = value
        }
        var codeOf: [Int32: Int] = [:]
        let codes = label.map { value -> Int in
            let key = value ?? -1
            if let code = codeOf[key] { return code }
            codeOf[key] = codeOf.count
            return codeOf.count - 1
        }
        self.init(name: cluster, codes: codes)
    }
}
