/// Why a power calculation could not be made. Each case carries the numbers that explain
/// it; the description is a whole sentence that says what to change.
public enum PowerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The panel's keys are missing, duplicated or not whole periods.
    case panel(PanelError)
    /// The outcome column is absent or not numeric.
    case table(TableError)
    /// A design setting is out of range (`setting` names it, `reason` says why).
    case invalidSetting(setting: String, reason: String)
    /// The panel has `periods` distinct periods; the design needs `needed` (pre + post).
    case panelTooShort(periods: Int, needed: Int)
    /// No window of `needed` consecutive periods has two or more firms with the outcome
    /// present in every period.
    case tooFewCompleteFirms(needed: Int)
    /// The design asks for `supported` supported firms out of a panel of `panelFirms`, leaving
    /// no comparison firm.
    case noComparisonFirms(supported: Int, panelFirms: Int)
    /// The DiD contrast of the panel's residuals has zero variance, so every effect is
    /// detected and no power calculation is meaningful.
    case noResidualVariance

    /// The problem as a whole sentence.
    public var description: String {
        switch self {
        case .panel(let error):
            error.description
        case .table(let error):
            "\(error)."
        case .invalidSetting(let setting, let reason):
            "\(setting) \(reason)."
        case .panelTooShort(let periods, let needed):
            "The panel has \(periods) period(s), but a design with these pre and post periods needs \(needed) consecutive periods of history to estimate the outcome's serial correlation; plan fewer periods or give a longer panel."
        case .tooFewCompleteFirms(let needed):
            "No stretch of \(needed) consecutive periods has two or more firms with the outcome present in every period; the variance cannot be estimated."
        case .noComparisonFirms(let supported, let firms):
            "Supporting \(supported) firm(s) out of a panel of \(firms) leaves no comparison firm; support fewer firms or give --comparison."
        case .noResidualVariance:
            "The outcome has no variation left after removing firm and period effects, so every effect would be detected; check the outcome column."
        }
    }
}
