extension EventStudyNote: NoteWording {
    /// The sentence in Chinese and English.
    public var wording: LocalizedText {
        switch self {
        case let .collinearWithoutNeverTreated(dropped):
            let names = dropped.joined(separator: ", ")
            return LocalizedText(
                zh: "没有从未受支持的企业：事件时间虚拟变量与企业、年份固定效应共线，已多删除一个（\(names)）；建议合并端点或使用 Sun–Abraham 估计。",
                en: "No never-treated firms: the event-time indicators are collinear with the firm and year effects and one more was dropped (\(names)); bin the end points or use the Sun–Abraham estimator.")
        }
    }
}
