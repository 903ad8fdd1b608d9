extension GoodmanBaconComponent.Comparison {
    /// Name shown in tables.
    public var label: LocalizedText {
        switch self {
        case .treatedVsNeverTreated: LocalizedText(zh: "处理组 vs 从未处理", en: "Treated vs never treated")
        case .earlierVsLaterTreated: LocalizedText(zh: "较早处理 vs 尚未处理的较晚组", en: "Earlier vs later treated (not yet treated)")
        case .laterVsAlreadyTreated: LocalizedText(zh: "较晚处理 vs 已处理组（作对照）", en: "Later vs already treated (as controls)")
        }
    }
}
