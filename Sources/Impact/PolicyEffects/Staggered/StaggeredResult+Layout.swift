extension StaggeredResult {
    /// Whether every row is its own unit (repeated cross-sections): ``unitCount`` counts
    /// rows and the standard errors treat rows as independent.
    public var unitsAreRows: Bool { sampleLayout == .repeatedCrossSections }
}
