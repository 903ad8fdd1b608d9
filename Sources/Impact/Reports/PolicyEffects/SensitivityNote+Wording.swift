extension SensitivityNote: NoteWording {
    /// The sentence in Chinese and English.
    public var wording: LocalizedText {
        switch self {
        case let .openAtGridEnd(mbar):
            let value = ReportNumber.fullPrecision(mbar)
            return LocalizedText(
                zh: "M̄ = \(value) 时稳健置信集到达检验网格（±20 个标准误）的端点，区间端点即网格端点，真实集合可能更宽。",
                en: "At M̄ = \(value) the robust set reaches an end of the tested grid (±20 standard errors); that bound is the grid's end and the true set may be wider.")
        case let .emptySet(mbar):
            let value = ReportNumber.fullPrecision(mbar)
            return LocalizedText(
                zh: "M̄ = \(value) 时网格上没有任何 θ 被接受：数据拒绝了该相对幅度约束本身。",
                en: "At M̄ = \(value) no θ of the grid is accepted: the data reject the relative-magnitude bound itself.")
        }
    }
}
