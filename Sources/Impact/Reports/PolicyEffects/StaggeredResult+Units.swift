extension StaggeredResult {
    /// The number of units in words: `企业数 n` / `firms: n`, or under repeated
    /// cross-sections (every row its own unit) `观测数 n` / `observations: n`.
    var unitCountWording: LocalizedText {
        unitsAreRows ? LocalizedText(zh: "观测数 \(unitCount)", en: "observations: \(unitCount)")
            : LocalizedText(zh: "企业数 \(unitCount)", en: "firms: \(unitCount)")
    }

    /// How the analytic standard errors treat the units: clustered by firm, or under
    /// repeated cross-sections every observation independent.
    var analyticStandardErrorsWording: LocalizedText {
        unitsAreRows ? LocalizedText(zh: "标准误：解析影响函数，各观测相互独立（重复截面）。",
                                     en: "Standard errors: analytic influence function, observations independent (repeated cross-sections).")
            : LocalizedText(zh: "标准误：解析影响函数，按企业聚类。", en: "Standard errors: analytic influence function, clustered by firm.")
    }
}
