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

    /// Key of the sector effect table's column holding the ranked quantity (`pull_pp`,
    /// `contribution_pct`, `leverage_per_wan`, `increment`, `growth_rate_pct`): the column a
    /// table sorted by this ranking charts.
    public var columnKey: String {
        switch self {
        case .pull: "pull_pp"
        case .contributionShare: "contribution_pct"
        case .leverage: "leverage_per_wan"
        case .increment: "increment"
        case .growthRate: "growth_rate_pct"
        }
    }
}
