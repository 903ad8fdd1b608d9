extension SectorRanking {
    /// Column header of the rank: 拉动排名 / Rank by pull, ….
    public var rankHeader: LocalizedText {
        switch self {
        case .pull: LocalizedText(zh: "拉动排名", en: "Rank by pull")
        case .contributionShare: LocalizedText(zh: "贡献率排名", en: "Rank by contribution")
        case .leverage: LocalizedText(zh: "撬动排名", en: "Rank by leverage")
        case .increment: LocalizedText(zh: "增量排名", en: "Rank by increment")
        case .growthRate: LocalizedText(zh: "增速排名", en: "Rank by growth")
        }
    }
}
