/// What `impact power` solves for, given the others.
///
/// - ``minimumDetectableEffect``: the smallest effect detected with the target power, for
///   the given number of supported firms (the default when no effect is given).
/// - ``power``: the power to detect a given effect with the given number of supported firms
///   (the default when both are given).
/// - ``firms``: the number of supported firms needed to detect a given effect with the
///   target power (the default when no number of firms is given).
public enum PowerQuestion: String, Sendable, CaseIterable, Codable {
    /// The minimum detectable effect for a given number of firms.
    case minimumDetectableEffect = "mde"
    /// The power for a given effect and number of firms.
    case power
    /// The number of supported firms needed for a given effect.
    case firms
}
