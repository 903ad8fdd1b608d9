extension IndicatorValue {
    /// The value as printed in `language`: numbers as written (``text()``), grades and
    /// levels by their name (``QualitativeGrade/label``), 不适用 as `n/a` in English.
    public func text(_ language: Language) -> String {
        switch self {
        case .quantity(let quantity): quantity.text
        case .grade(let grade): grade.label.text(language)
        case .achievement(let level): level.label.text(language)
        case .notApplicable: LocalizedText(zh: IndicatorValue.notApplicableForm, en: "n/a").text(language)
        }
    }
}

extension Indicator {
    /// The target as printed in `language`: grades translated, numbers as written.
    public func printedTarget(_ language: Language) -> String {
        if case .quantity = target { return targetText }
        return target.text(language)
    }

    /// The actual as printed in `language`: grades translated, numbers as written (`＞90%`).
    public func printedActual(_ language: Language) -> String? {
        guard let actual else { return nil }
        if case .quantity = actual { return actualText ?? actual.text(language) }
        return actual.text(language)
    }
}
