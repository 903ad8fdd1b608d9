/// The historical panel of a power calculation as a period × firm matrix of the outcome.
///
/// Periods are the distinct values of the period column, ascending, taken as consecutive
/// (a window of `k` periods is `k` adjacent distinct periods); a firm's missing or
/// non-finite outcome is `NaN`. Immutable.
struct PowerPanel: Sendable {
    /// Distinct periods, ascending.
    let periods: [Int]
    /// Firm labels, in order of first appearance.
    let firms: [String]
    /// Outcomes, column-major `periods.count × firms.count` (firm `f`, period `p` at
    /// `f · periods.count + p`); `NaN` where missing.
    let outcomes: [Double]
    /// Mean of the outcome over the panel's present cells (the pre-period mean).
    let mean: Double

    /// Reads `outcome` keyed by `unit` and `time` from `table`, periods after `lastPeriod`
    /// (when given) left out.
    init(_ table: Table, outcome: String, unit: String, time: String, lastPeriod: Int? = nil) throws(PowerError) {
        let index: PanelIndex
        do { index = try PanelIndex(table: table, entity: unit, time: time) } catch { throw .panel(error) }
        let values: NumericColumn
        do { values = try table.numeric(outcome) } catch { throw .table(error) }
        let kept = index.periods.filter { lastPeriod == nil || $0 <= lastPeriod! }
        let periodCount = kept.count
        var position: [Int: Int] = [:]
        for (offset, period) in kept.enumerated() { position[period] = offset }
        var outcomes = [Double](repeating: .nan, count: periodCount * index.entityCount)
        var present: [Double] = []
        for row in 0..<index.rowCount {
            let value = values.values[row]
            guard !values.isMissing[row], value.isFinite, let period = position[index.times[row]] else { continue }
            outcomes[Int(index.entityCodes[row]) * periodCount + period] = value
            present.append(value)
        }
        periods = kept
        firms = index.entityLabels
        self.outcomes = outcomes
        mean = present.isEmpty ? .nan : compensatedSum(present) / Double(present.count)
    }

    /// Number of periods.
    var periodCount: Int { periods.count }
    /// Number of firms.
    var firmCount: Int { firms.count }

    /// The outcome of firm `firm` in period index `period` (`NaN` when missing).
    func outcome(firm: Int, period: Int) -> Double { outcomes[firm * periodCount + period] }
}
