/// A sector line the naive-versus-causal comparison leaves out, and why; its sentence is
/// written in `Reports/`.
public enum AttributionOmission: ResultNote {
    /// The sector (as named in the panel) measured on column `value` lacks supported or
    /// unsupported firms, so there is no comparison. Code `needs_supported_and_unsupported`.
    case needsSupportedAndUnsupported(sector: String, value: String)

    /// The stable code (see each case).
    public var code: String {
        switch self {
        case .needsSupportedAndUnsupported: "needs_supported_and_unsupported"
        }
    }
}
