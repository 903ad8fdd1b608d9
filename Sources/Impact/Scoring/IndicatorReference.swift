/// Names an indicator row in warnings: its most specific name and where it was written.
public struct IndicatorReference: Equatable, Hashable, Sendable {
    /// The indicator's name (level 3, else level 2, else level 1).
    public let name: String
    /// The row's location.
    public let location: IndicatorLocation

    /// Creates a reference.
    public init(name: String, location: IndicatorLocation) {
        self.name = name
        self.location = location
    }
}
