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

    /// Growth accounting's rule: a firm enters its sector's totals and increment only with its
    /// value in both `year − 1` and `year` (balanced pairs). Code `balanced_pairs`.
    case balancedPairs(year: Int)
    /// Firms of `group` left out for lacking the value in `year − 1` or `year`, supported and
    /// unsupported apart. Code `firms_left_out`.
    case firmsLeftOut(group: String, year: Int, supported: Int, unsupported: Int)
    /// `group` has no firm with the value in both years: no prior total, so its pull is
    /// undefined; it is left out of the table and the ranking. Code `not_ranked`.
    case notRanked(group: String, year: Int)
    /// R&D intensity's rule: no increment is needed; a firm enters when it has R&D and a
    /// positive revenue in `year`. Code `complete_firms`.
    case completeFirms(year: Int)
    /// Firms of sector `group` left out of the R&D intensity for lacking R&D or a positive revenue in `year`.
    /// Code `rd_firms_left_out`.
    case rdFirmsLeftOut(group: String, year: Int, supported: Int, unsupported: Int)

    /// The stable code (see each case).
    public var code: String {
        switch self {
        case .supportedFirms: "supported_firms"
        case .supportedIncrement: "supported_increment"
        case .fromSectorTotals: "from_sector_totals"
        case .bySupportLine: "by_support_line"
        case .fromFirmPanel: "from_firm_panel"
        case .balancedPairs: "balanced_pairs"
        case .firmsLeftOut: "firms_left_out"
        case .notRanked: "not_ranked"
        case .completeFirms: "complete_firms"
        case .rdFirmsLeftOut: "rd_firms_left_out"
        }
    }
}
