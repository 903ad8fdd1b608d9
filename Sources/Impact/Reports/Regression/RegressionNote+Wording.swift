extension RegressionNote: NoteWording {
    /// The note as a whole sentence in Chinese and English (the English one is the JSON
    /// `message`). Counts choose singular or plural in English.
    public var wording: LocalizedText {
        switch self {
        case let .rowsDropped(reason, count): Self.rowsDropped(reason, count)
        case let .singletonsRemoved(count):
            LocalizedText(
                zh: "剔除单例观测 \(count) 个（在某一固定效应水平中只有一个观测）。",
                en: "Removed \(count) singleton \(count == 1 ? "observation" : "observations") (alone in a fixed-effect level).")
        case let .fixedEffectsAbsorbed(names, absorption):
            Self.absorbed(names.joined(separator: ", "), absorption)
        case let .collinearDropped(terms, withFixedEffects):
            LocalizedText(
                zh: "因共线性剔除 \(terms.joined(separator: ", "))（与前面的回归元\(withFixedEffects ? "或固定效应" : "或截距")共线）。",
                en: "Dropped \(terms.joined(separator: ", ")): collinear with earlier regressors\(withFixedEffects ? " or the fixed effects" : " or the intercept").")
        case let .fewClusters(variable, count, threshold):
            LocalizedText(
                zh: "\(variable) 仅有 \(count) 个聚类：聚类数少于 \(threshold)，聚类稳健标准误可能偏小、不可靠。",
                en: "Only \(count) clusters in \(variable): cluster-robust standard errors are unreliable with fewer than about \(threshold) clusters.")
        case .covarianceRepaired:
            LocalizedText(
                zh: "双向聚类协方差矩阵不是半正定的，已将其负特征值置为 0（Cameron、Gelbach 和 Miller 2011）。",
                en: "The two-way clustered covariance was not positive semidefinite; its negative eigenvalues were set to zero (Cameron, Gelbach and Miller 2011).")
        }
    }

    private static func rowsDropped(_ reason: RowDropReason, _ count: Int) -> LocalizedText {
        switch reason {
        case .missing:
            LocalizedText(zh: "因缺失值剔除 \(count) 行（模型变量有缺失）。",
                          en: "Dropped \(count) \(count == 1 ? "row" : "rows") with a missing value in a model variable.")
        case .logOfNonPositive:
            LocalizedText(zh: "\(count) 行因 log() 的自变量为零或负数而删除。",
                          en: "\(count) \(count == 1 ? "row" : "rows") dropped because log() of a zero or negative value is undefined.")
        case .infinite:
            LocalizedText(zh: "\(count) 行因含无穷大的值而删除。",
                          en: "\(count) \(count == 1 ? "row" : "rows") dropped because of infinite values.")
        case .sqrtOfNegative:
            LocalizedText(zh: "\(count) 行因 sqrt() 的自变量为负数而删除。",
                          en: "\(count) \(count == 1 ? "row" : "rows") dropped because sqrt() of a negative value is undefined.")
        case .divisionByZero:
            LocalizedText(zh: "\(count) 行因 I(…) 中除以零而删除。",
                          en: "\(count) \(count == 1 ? "row" : "rows") dropped because of a division by zero in I(…).")
        case .undefinedValue:
            LocalizedText(zh: "\(count) 行因乘方无实数值（如负数的分数次幂）而删除。",
                          en: "\(count) \(count == 1 ? "row" : "rows") dropped because a power has no real value (a negative number to a fractional power).")
        }
    }

    private static func absorbed(_ names: String, _ absorption: FixedEffectAbsorption) -> LocalizedText {
        switch absorption {
        case .exact:
            LocalizedText(zh: "固定效应 \(names) 已通过组内去均值吸收（一次即精确）。",
                          en: "Absorbed the fixed effect \(names) by demeaning (exact in one pass).")
        case .exactWithinAndSolved:
            LocalizedText(zh: "固定效应 \(names) 已精确吸收：按第一维组内去均值，其余效应与回归系数一并用最小二乘求解（无迭代）。",
                          en: "Absorbed the fixed effects \(names) exactly: demeaned within the first, the other effects solved by least squares with the coefficients (no iterations).")
        case let .converged(iterations, tolerance, cap):
            LocalizedText(
                zh: "固定效应 \(names) 已通过交替投影（Irons–Tuck 加速）吸收：\(iterations) 次迭代收敛（容差 \(tolerance)，上限 \(cap)）。",
                en: "Absorbed the fixed effects \(names) by alternating projections with Irons–Tuck acceleration: converged in \(iterations) \(iterations == 1 ? "iteration" : "iterations") (tolerance \(tolerance), cap \(cap)).")
        case let .notConverged(tolerance, cap):
            LocalizedText(
                zh: "吸收固定效应 \(names) 在 \(cap) 次迭代内未收敛（容差 \(tolerance)）；估计值可能不准确。",
                en: "Absorbing the fixed effects \(names) did not converge within \(cap) \(cap == 1 ? "iteration" : "iterations") (tolerance \(tolerance)); the estimates may be inaccurate.")
        }
    }
}
