extension StaggeredResult {
    /// The same result recording that its rows were taken as `layout` (``sampleLayout``).
    func laidOut(_ layout: StaggeredSampleLayout) -> StaggeredResult {
        var copy = self
        copy.sampleLayout = layout
        return copy
    }

    /// Whether every row is its own unit (repeated cross-sections): ``unitCount`` counts
    /// rows and the standard errors treat rows as independent.
    public var unitsAreRows: Bool { sampleLayout == .repeatedCrossSections }
}
