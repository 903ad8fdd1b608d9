/// A fixed-effect dimension named after `|` in a formula: one column (`firm_id`) or the
/// combination of several (`firm_id^year`, one level per observed combination).
///
/// Fixed effects are absorbed by the estimator (demeaned out), never expanded into dummy
/// columns.
public struct FixedEffect: Sendable, Hashable, CustomStringConvertible {
    /// The columns combined, in the order written (one for an ordinary fixed effect).
    public let columns: [String]

    /// Creates a fixed effect from one or more columns.
    public init(columns: [String]) {
        precondition(!columns.isEmpty, "a fixed effect needs a column")
        self.columns = columns
    }

    /// The name as written: columns joined by `^`.
    public var description: String { columns.joined(separator: "^") }
}
