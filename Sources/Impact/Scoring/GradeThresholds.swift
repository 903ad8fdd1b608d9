/// Lower bounds of the grades 优, 良, 中 on the total (差 below the last).
public struct GradeThresholds: Sendable, Equatable, Hashable {
    /// 优 from here (inclusive).
    public let excellent: Double
    /// 良 from here.
    public let good: Double
    /// 中 from here.
    public let fair: Double

    /// Creates thresholds; they must decrease.
    public init(excellent: Double, good: Double, fair: Double) {
        precondition(excellent > good && good > fair, "grade thresholds must decrease")
        self.excellent = excellent
        self.good = good
        self.fair = fair
    }

    /// 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60.
    public static let standard = GradeThresholds(excellent: 90, good: 80, fair: 60)

    /// The grade of `total`.
    public func grade(of total: Double) -> QualitativeGrade {
        let tolerance = 1e-9
        if total >= excellent - tolerance { return .excellent }
        if total >= good - tolerance { return .good }
        if total >= fair - tolerance { return .fair }
        return .poor
    }
}
