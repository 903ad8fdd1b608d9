import Foundation

extension DifferenceInDifferencesNote: NoteWording {
    /// The note as printed under the DiD table and on standard error.
    public var wording: LocalizedText {
        switch self {
        case let .staggeredTiming(starts, weight):
            let list = starts.map(String.init).joined(separator: ", ")
            guard let weight else {
                return LocalizedText(
                    zh: "警告：处理组企业在不同时期开始受支持（\(list)），交错时点下单一双重差分会把已受支持企业当作对照；请改用 impact staggered（Callaway–Sant'Anna）。",
                    en: "Warning: treated units start in different periods (\(list)); with staggered timing a single DiD uses already-treated units as controls. Use impact staggered (Callaway–Sant'Anna) instead.")
            }
            let share = String(format: "%.1f", weight * 100)
            return LocalizedText(
                zh: "警告：处理组企业在不同时期开始受支持（\(list)）；双向固定效应估计中 \(share)% 的 Goodman-Bacon 权重来自以已受支持企业为对照的比较。请改用 impact staggered（Callaway–Sant'Anna）。",
                en: "Warning: treated units start in different periods (\(list)); \(share)% of the Goodman-Bacon weight of the two-way estimate is on comparisons with already-treated units as controls. Use impact staggered (Callaway–Sant'Anna) instead.")
        case let .treatedBeforePostYear(units, year, earliest):
            return LocalizedText(
                zh: "警告：\(units) 家处理组企业在 \(year) 年之前（最早 \(earliest) 年）已受支持，其 \(year) 年之前的受支持时期被计为“政策前”。",
                en: "Warning: \(units) treated unit(s) were already treated before \(year) (from \(earliest)); their treated periods before \(year) are counted as \"pre\".")
        case let .pooledCrossSection(unit, defaultVariance):
            return LocalizedText(
                zh: "数据中没有单位标识列“\(unit)”：按混合截面估计，每行视为一个单位" + (defaultVariance ? "，标准误为 HC1（异方差稳健）；如需按单位聚类请给出 --id。" : "。"),
                en: "The data have no unit column '\(unit)': estimated as a pooled cross-section, each row its own unit"
                    + (defaultVariance ? ", with HC1 (heteroskedasticity-robust) standard errors; give --id to cluster by unit." : "."))
        }
    }
}
