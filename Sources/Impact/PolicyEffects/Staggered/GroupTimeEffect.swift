/// One Callaway–Sant'Anna group-time average treatment effect, ATT(g,t).
///
/// ATT(g,t) = mean over cohort g of (y_t − y_b) − mean over the controls of (y_t − y_b),
/// where b is ``basePeriod``. Cells with t ≥ g are post-treatment effects; earlier cells
/// are placebo (pre-trend) checks.
public struct GroupTimeEffect: Sendable, Equatable {
    /// The cohort g: the first treated period of its firms.
    public let group: Int
    /// The period t.
    public let period: Int
    /// The base period b the change is measured from.
    public let basePeriod: Int
    /// The estimate.
    public let att: Double
    /// Standard error: analytic, sqrt(mean(IF²))/sqrt(n) over all n firms, or from the
    /// multiplier bootstrap; 0 for the universal base-period cell t = g − 1.
    public let standardError: Double
    /// Number of firms in cohort g.
    public let treatedCount: Int
    /// Number of control firms used for this cell.
    public let controlCount: Int

    /// Creates a cell.
    public init(group: Int, period: Int, basePeriod: Int, att: Double, standardError: Double,
                treatedCount: Int, controlCount: Int) {
        self.group = group
        self.period = period
        self.basePeriod = basePeriod
        self.att = att
        self.standardError = standardError
        self.treatedCount = treatedCount
        self.controlCount = controlCount
    }

    /// Event time e = t − g (0 is the period of adoption).
    public var eventTime: Int { period - group }

    /// Whether t ≥ g.
    public var isPostTreatment: Bool { period >= group }

    /// Whether this is the universal base-period normalisation (t = b), fixed at 0.
    public var isReferenceCell: Bool { period == basePeriod }

    /// This cell with another standard error.
    func replacingStandardError(_ value: Double) -> GroupTimeEffect {
        GroupTimeEffect(group: group, period: period, basePeriod: basePeriod, att: att,
                        standardError: value, treatedCount: treatedCount, controlCount: controlCount)
    }
}
