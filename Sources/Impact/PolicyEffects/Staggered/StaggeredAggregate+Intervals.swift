extension StaggeredAggregate {
    /// The pointwise normal interval of the overall effect: att ± z·se with
    /// z = Φ⁻¹(1 − (1 − level)/2) (1.96 at the default 95 %).
    public func confidenceInterval(level: Double = ConfidenceLevel.standard) -> (low: Double, high: Double) {
        Self.interval(att, standardError, StaggeredAggregate.normalCriticalValue(level: level))
    }

    /// The simultaneous band of one component: att ± c·se with c =
    /// ``uniformCriticalValue``; `nil` without the bootstrap (no uniform critical value).
    public func uniformInterval(of component: Component) -> (low: Double, high: Double)? {
        uniformCriticalValue.map { Self.interval(component.att, component.standardError, $0) }
    }

    /// The two-sided normal critical value of `level`: Φ⁻¹(1 − (1 − level)/2).
    public static func normalCriticalValue(level: Double = ConfidenceLevel.standard) -> Double {
        StandardNormalDistribution.quantile(1 - (1 - level) / 2)
    }

    static func interval(_ estimate: Double, _ standardError: Double, _ critical: Double) -> (low: Double, high: Double) {
        (estimate - critical * standardError, estimate + critical * standardError)
    }
}

extension StaggeredAggregate.Component {
    /// The pointwise normal interval att ± z·se (z = 1.96 at the default 95 %).
    public func confidenceInterval(level: Double = ConfidenceLevel.standard) -> (low: Double, high: Double) {
        StaggeredAggregate.interval(att, standardError, StaggeredAggregate.normalCriticalValue(level: level))
    }
}
