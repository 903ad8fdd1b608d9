extension StaggeredResult {
    /// The same result recording that its rows were taken as `layout` (``sampleLayout``).
    func laidOut(_ layout: StaggeredSampleLayout) -> StaggeredResult {
        StaggeredResult(effects: effects, groups: groups, periods: periods, unitCohorts: unitCohorts,
                        influence: influence, controlGroup: controlGroup, basePeriod: basePeriod,
                        bootstrap: bootstrap, droppedUnits: droppedUnits, estimationMethod: estimationMethod,
                        covariates: covariates, anticipation: anticipation, clusters: clusters,
                        bootstrapStatistics: bootstrapStatistics, sampleLayout: layout)
    }

    /// Whether every row is its own unit (repeated cross-sections): ``unitCount`` counts
    /// rows and the standard errors treat rows as independent.
    public var unitsAreRows: Bool { sampleLayout == .repeatedCrossSections }
}
