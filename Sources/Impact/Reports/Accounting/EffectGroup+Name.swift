extension EffectGroup {
    /// The group's name as printed: the data's name (Chinese, and English when the data
    /// give one), or 全区 / District for the district.
    public var name: LocalizedText {
        switch self {
        case .named(let name): name
        case .district: LocalizedText(zh: SectorEffectTable.districtScope, en: "District")
        }
    }
}

extension SectorEffect {
    /// The name of the line's group as printed (``EffectGroup/name``).
    public var name: LocalizedText { group.name }

    /// The measured column's statistical term (``MeasureLabels/label(forColumn:)``), e.g.
    /// 营业收入 / Revenue for `revenue_wan`.
    public var measureLabel: LocalizedText { MeasureLabels.label(forColumn: measure) }
}
