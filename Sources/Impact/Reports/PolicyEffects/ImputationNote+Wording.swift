extension ImputationNote: NoteWording {
    /// The sentence in Chinese and English.
    public var wording: LocalizedText {
        switch self {
        case let .rowsWithoutValuesLeftOut(count):
            LocalizedText(zh: "已剔除 \(count) 行结果变量或协变量为空或非有限值的观测。",
                          en: "Left out \(count) row(s) whose outcome or a covariate is blank or not finite.")
        case let .treatedRowsNotImputable(count, example):
            LocalizedText(zh: "\(count) 个受支持观测无法插补（企业在样本中没有受支持前的观测，例如 '\(example)'，或该期没有未受支持企业），未计入任何估计。",
                          en: "\(count) treated row(s) could not be imputed (the firm has no row before treatment, e.g. '\(example)', or the period has no untreated firm) and are left out of every estimate.")
        case let .demeaningNotConverged(iterations):
            LocalizedText(zh: "固定效应的交替投影在 \(iterations) 次迭代后仍未收敛，估计可能不精确。",
                          en: "The alternating projections for the fixed effects did not converge within \(iterations) iterations; the estimates may be imprecise.")
        }
    }
}
