/// A convention printed under an accounting table: how supported firms were picked and
/// where the figures came from. Its sentence is written in `Reports/`; in JSON a note is
/// `{"code", "message"}`.
public enum AccountingNote: ResultNote {
    /// Supported firms are those meeting `criterion` (R&D intensity). Code `supported_firms`.
    case supportedFirms(SupportCriterion)
    /// Supported firms are those meeting `criterion`; the increment runs from `year − 1` to
    /// `year`. Code `supported_increment`.
    case supportedIncrement(SupportCriterion, year: Int)
    /// The lines were read from a sector-totals file. Code `from_sector_totals`.
    case fromSectorTotals
    /// The lines were measured on a firm panel, supported firms by the support-line column
    /// `column`, 全区 meaning all firms. Code `by_support_line`.
    case bySupportLine(column: String)
    /// The lines were measured on the firm panel file `file`, supported firms by
    /// `support_line`, totals over every firm of the sector. Code `from_firm_panel`.
    case fromFirmPanel(file: String)

    /// The stable code (see each case).
    public var code: String {
        switch self {
        case .supportedFirms: "supported_firms"
        case .supportedIncrement: "supported_increment"
        case .fromSectorTotals: "from_sector_totals"
        case .bySupportLine: "by_support_line"
        case .fromFirmPanel: "from_firm_panel"
        }
    }
}
