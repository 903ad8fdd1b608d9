extension StaggeredNote: NoteWording {
    /// The sentence in Chinese and English.
    public var wording: LocalizedText {
        switch self {
        case let .incompleteUnitsLeftOut(count, example):
            LocalizedText(zh: "已剔除 \(count) 家并非每期都有结果变量的企业，例如 '\(example)'。",
                          en: "Left out \(count) firm(s) without an outcome in every period, e.g. '\(example)'.")
        }
    }
}
