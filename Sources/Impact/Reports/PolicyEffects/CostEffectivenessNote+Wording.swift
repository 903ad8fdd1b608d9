import Foundation

extension CostEffectivenessNote: NoteWording {
    /// The note as printed under the cost-effectiveness table.
    public var wording: LocalizedText {
        switch self {
        case let .horizon(years, fromData):
            let source = fromData
                ? LocalizedText(zh: "即数据中政策后的年数", en: "the post-policy years in the data")
                : LocalizedText(zh: "由 --horizon 指定或无面板时取 1 年", en: "set by --horizon, or 1 year without a panel")
            return LocalizedText(
                zh: "口径：每项数字均为每万元资助在 \(years) 年内带来的结果增量（万元），\(source.zh)；朴素归因与剂量反应斜率为一年数字，已乘以 \(years)。",
                en: "Basis: every figure is 万元 of outcome per 万元 awarded over \(years) year(s), \(source.en); the naive ratio and the slope are one-year figures multiplied by \(years).")
        case let .subsidyBasis(basis):
            let meaning: LocalizedText = switch basis {
            case .paid: LocalizedText(zh: "各行为当年拨付金额（资助额 = 政策后各行之和）", en: "the amount paid in that row's year (award = Σ over the post-policy rows)")
            case .once: LocalizedText(zh: "企业资助总额，只填一行（资助额 = 各行之和）", en: "the firm's total award, on one row (award = Σ over its rows)")
            case .repeated: LocalizedText(zh: "企业资助总额，每行重复填写（资助额 = 最大值）", en: "the firm's total award, repeated on every row (award = its largest value)")
            }
            return LocalizedText(zh: "资金列含义（--subsidy-basis \(basis.rawValue)）：\(meaning.zh)。",
                                 en: "Subsidy column (--subsidy-basis \(basis.rawValue)): \(meaning.en).")
        case let .subsidyLooksRepeated(firms):
            return LocalizedText(
                zh: "警告：\(firms) 家处理组企业在政策后的每一行资金额都相同，像是每行重复填写的资助总额；如是，请用 --subsidy-basis repeated，否则每万元效果会被低估。",
                en: "Warning: each of \(firms) treated firm(s) has the same positive subsidy on every post-policy row, which looks like a total award repeated on every row; if so, use --subsidy-basis repeated, or the effect per 万元 is understated.")
        case let .staggeredTiming(starts, weight):
            let list = starts.map(String.init).joined(separator: ", ")
            let share = weight.map { String(format: "%.1f", $0 * 100) }
            return LocalizedText(
                zh: "警告：企业在不同时期开始受支持（\(list)）" + (share.map { "，双向固定效应中 \($0)% 的 Goodman-Bacon 权重来自以已受支持企业为对照的比较" } ?? "") + "；请用 --estimator cs（Callaway–Sant'Anna）。",
                en: "Warning: support starts in different periods (\(list))" + (share.map { "; \($0)% of the Goodman-Bacon weight of the two-way estimate is on comparisons with already-treated firms" } ?? "") + ". Use --estimator cs (Callaway–Sant'Anna).")
        }
    }
}
