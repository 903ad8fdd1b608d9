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
        }
    }
}
