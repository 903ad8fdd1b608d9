/// What a panel's subsidy column holds, so that the amount awarded to a firm is read the same
/// way however the office entered it.
///
/// The award of a treated firm is:
/// - ``paid``: Σ of the column over the firm's post-policy rows (the amount paid in each
///   row's year; the default);
/// - ``once``: Σ of the column over all the firm's rows (the total award, written on one row);
/// - ``repeated``: the largest value in the firm's rows (the total award repeated on every
///   row).
/// The same programme entered the three ways gives the same award, and so the same figure.
public enum SubsidyBasis: String, Sendable, CaseIterable, Codable {
    /// The amount paid in that row's year. The default.
    case paid
    /// The firm's total award, on one row.
    case once
    /// The firm's total award, repeated on every row.
    case repeated

    /// The basis used when none is named: ``paid``.
    public static let standard = SubsidyBasis.paid
}
