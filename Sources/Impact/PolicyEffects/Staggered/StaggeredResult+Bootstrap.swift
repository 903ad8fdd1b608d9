extension StaggeredResult {
    /// ``withMultiplierBootstrap(_:clusters:)`` of `result`, taking it over: when nothing else
    /// holds its influence functions, the aggregations' columns are appended to that storage
    /// in place (``CallawaySantAnna`` reserves room for them), so the bootstrap's matrix
    /// `n × (cells + aggregation columns)` is the only copy of the influence functions; the
    /// returned result's ``influence`` is that storage cut back to the cells' columns, the
    /// memory of the aggregation columns given back to the system
    /// (`Array.releaseUnusedCapacity()`: no copy, so no second block at the peak).
    ///
    /// Conventions: the same numbers as ``withMultiplierBootstrap(_:clusters:)`` (one matrix,
    /// one product per block of multipliers, columns in the same order).
    static func bootstrapping(_ result: consuming StaggeredResult, _ bootstrap: StaggeredMultiplierBootstrap,
                              clusters: StaggeredClusters?) throws(StaggeredError) -> StaggeredResult {
        guard bootstrap.replications >= 2 else { throw .invalidReplications(bootstrap.replications) }
        let n = result.unitCount, cellCount = result.effects.count
        let clusterCount = clusters?.count ?? n
        let aggregateCount = StaggeredAggregation.allCases.reduce(0) { $0 + 1 + result.componentKeys($1).count }
        do {
            let block = bootstrap.blockSize(clusterCount: clusterCount)
            try MemoryBudget.current.check(.bootstrap(replications: bootstrap.replications, units: clusterCount),
                                           count: MemoryBudget.product(n + clusterCount + bootstrap.replications,
                                                                       cellCount + aggregateCount)
                                               + MemoryBudget.product(block, clusterCount))
        } catch {
            throw .overBudget(error)
        }
        var pieces = StaggeredAggregation.allCases.map { result.aggregationPieces($0) }
        let shell = result.replacing(influence: Matrix(rows: 0, columns: 0), bootstrap: nil, clusters: nil, statistics: nil)
        var storage = result.influence.storage
        _ = consume result
        // One matrix, one product per block of draws: the same sums in the same order as the
        // statistics of each column alone would not be (BLAS may split a product differently).
        storage.reserveCapacity(n * (cellCount + aggregateCount))
        let layout = appendAggregations(&pieces, to: &storage, cellCount: cellCount)
        var joined = Matrix(rows: n, columns: cellCount + aggregateCount, storage: storage)
        storage = []
        let statistics: Matrix
        do {
            statistics = try bootstrap.statistics(of: joined, clusters: clusters)
        } catch {
            preconditionFailure("bootstrap product of matching dimensions failed: \(error)")
        }
        storage = joined.storage
        joined = Matrix(rows: 0, columns: 0)
        storage.removeLast(n * aggregateCount)
        storage.releaseUnusedCapacity()
        let summary = StaggeredBootstrapStatistics(statistics: statistics, clusterCount: clusterCount,
                                                   cells: 0..<cellCount, aggregations: layout)
        return shell.replacing(influence: Matrix(rows: n, columns: cellCount, storage: storage), bootstrap: bootstrap,
                               clusters: clusters, statistics: summary)
    }

    /// The same result with `influence`, the bootstrap, its clusters and its statistics
    /// replaced, and with the statistics' standard errors for the cells.
    private func replacing(influence: Matrix, bootstrap: StaggeredMultiplierBootstrap?, clusters: StaggeredClusters?,
                           statistics: StaggeredBootstrapStatistics?) -> StaggeredResult {
        let updated = statistics.map { summary in
            effects.indices.map { effects[$0].replacingStandardError(summary.standardError($0)) }
        } ?? effects
        return StaggeredResult(effects: updated, groups: groups, periods: periods,
                               unitCohorts: unitCohorts, influence: influence,
                               controlGroup: controlGroup, basePeriod: basePeriod,
                               bootstrap: bootstrap, droppedUnits: droppedUnits,
                               estimationMethod: estimationMethod, covariates: covariates,
                               anticipation: anticipation, clusters: clusters, bootstrapStatistics: statistics,
                               sampleLayout: sampleLayout)
    }
}
