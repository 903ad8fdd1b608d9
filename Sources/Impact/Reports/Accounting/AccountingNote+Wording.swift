extension AccountingNote: NoteWording {
    /// The note as printed under an accounting table.
    public var wording: LocalizedText {
        switch self {
        case .supportedFirms(let criterion):
            LocalizedText(zh: "被支持企业：\(criterion.summary)。", en: "Supported firms: \(criterion.summary).")
        case .supportedIncrement(let criterion, let year):
            LocalizedText(zh: "被支持企业：\(criterion.summary)；增量 = Σ(\(year)年值 − \(year - 1)年值)。",
                          en: "Supported firms: \(criterion.summary); increment = Σ(\(year) value − \(year - 1) value).")
        case .fromSectorTotals:
            LocalizedText(zh: "由行业汇总数计算。", en: "Computed from sector totals.")
        case .bySupportLine(let column):
            LocalizedText(zh: "由企业面板按支持方向（\(column)）计算；全区 = 全部企业。",
                          en: "Computed from the firm panel by support line (\(column)); District = all firms.")
        case .fromFirmPanel(let file):
            LocalizedText(
                zh: "由企业面板 \(file) 计算：被支持企业按 support_line 认定，行业总量为该行业全部企业合计（全区为全部企业）。",
                en: "Computed from the firm panel \(file): supported firms by support_line; sector totals over all firms of the sector (全区: all firms).")
        case .balancedPairs(let year):
            LocalizedText(
                zh: "口径（平衡配对）：企业须在\(year - 1)年和\(year)年均有数值，方计入行业上年总量、本年总量和增量；缺任一年数值的企业两年均不计入。",
                en: "Rule (balanced pairs): a firm enters its sector's \(year - 1) total, \(year) total and increment only when it has the value in both years; a firm lacking either year is left out of both.")
        case .firmsLeftOut(let group, let year, let supported, let unsupported):
            LocalizedText(
                zh: "\(group)：\(supported + unsupported)家企业缺\(year - 1)年或\(year)年数值，未计入（被支持企业\(supported)家，未被支持企业\(unsupported)家）。",
                en: "\(group): \(supported + unsupported) firm(s) lacking the \(year - 1) or \(year) value left out (\(supported) supported, \(unsupported) unsupported).")
        case .notRanked(let group, let year):
            LocalizedText(
                zh: "\(group)：没有企业在\(year - 1)年和\(year)年均有数值，上年总量缺失，拉动无法计算，未列入表格和排名。",
                en: "\(group): no firm has the value in both \(year - 1) and \(year), so there is no prior total and its pull is undefined; it is left out of the table and the ranking.")
        case .completeFirms(let year):
            LocalizedText(
                zh: "口径：研发投入强度不需要增量，企业须有\(year)年研发投入和正的营业收入方计入；缺任一项的企业不计入。",
                en: "Rule: R&D intensity needs no increment; a firm enters when it has both its R&D and a positive revenue in \(year); a firm lacking either is left out.")
        case .rdFirmsLeftOut(let group, let year, let supported, let unsupported):
            LocalizedText(
                zh: "\(group)：\(supported + unsupported)家企业缺\(year)年研发投入或营业收入（或营业收入为零），未计入（被支持企业\(supported)家，未被支持企业\(unsupported)家）。",
                en: "\(group): \(supported + unsupported) firm(s) lacking the \(year) R&D or revenue (or with zero revenue) left out (\(supported) supported, \(unsupported) unsupported).")
        }
    }
}
