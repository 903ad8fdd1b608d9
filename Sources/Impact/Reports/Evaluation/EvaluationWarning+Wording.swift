extension EvaluationWarning: NoteWording, CustomStringConvertible {
    /// The warning as a whole sentence: the scoring warning's, or why the naive-versus-causal
    /// section is left out (the error's message is in English in both languages).
    public var wording: LocalizedText {
        switch self {
        case .scoring(let warning):
            warning.wording
        case .attributionLeftOut(let error):
            LocalizedText(zh: "未列出“朴素归因 vs 因果估计”一节：\(error.description)",
                          en: "The naive-versus-causal section is left out: \(error.description)")
        }
    }

    /// The English sentence (``wording``), as printed on standard error.
    public var description: String { wording.en }
}
