/// What to do with observations that are alone in a fixed-effect level.
///
/// A singleton's fixed effect fits it perfectly, so it adds nothing to the slopes but
/// inflates the observation count. Default: `.drop`, iteratively (dropping one singleton
/// can create another), as fixest and pyfixest (`fixef_rm = "singleton"`) do.
public enum SingletonPolicy: String, Sendable, CaseIterable {
    /// Remove singletons repeatedly until none is left (default).
    case drop
    /// Keep every observation (pyfixest `fixef_rm = "none"`).
    case keep
}
