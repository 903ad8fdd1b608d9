/// What happened during a sensitivity analysis of parallel trends, worded in `Reports/`.
public enum SensitivityNote: ResultNote, Equatable {
    /// The robust set at this M̄ reaches an end of the tested θ grid, so its bound is the
    /// grid's end and the true set may be wider.
    case openAtGridEnd(mbar: Double)
    /// No θ of the grid was accepted at this M̄ (the data reject Δ^RM(M̄) itself).
    case emptySet(mbar: Double)

    /// Stable snake_case code.
    public var code: String {
        switch self {
        case .openAtGridEnd: "honest_open_at_grid_end"
        case .emptySet: "honest_empty_set"
        }
    }
}
