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
    /// An actual computed from data (``actualSource``) that is not a whole number is printed
    /// with the target's decimals, at least 2, trailing zeros dropped (`6.15%` against `≥5%`,
    /// not `6.152185%`; `7.8%` as in the seed's 自评表);
    /// JSON keeps the full value (``writtenActual``, `actual_value`).
    public func printedActual(_ language: Language) -> String? {
        guard let actual else { return nil }
        if case .quantity(let quantity) = actual {
            if actualSource != nil, quantity.upperBound == nil, quantity.value.isFinite,
               quantity.value != quantity.value.rounded() {
                var number = ReportNumber.fixed(quantity.value, decimals: computedDecimals)
                while number.contains("."), number.hasSuffix("0") { number.removeLast() }
                if number.hasSuffix(".") { number.removeLast() }
                return (quantity.comparator?.symbol ?? "") + number + quantity.unit.symbol
            }
            return actualText ?? actual.text(language)
        }
        return actual.text(language)
    }

    /// The actual as written in the file or as computed, at full precision (for JSON).
    public var writtenActual: String? {
        guard let actual else { return nil }
        if case .quantity = actual { return actualText ?? actual.text() }
        return actual.text(.zh)
    }

    /// Decimals for a computed actual: those of the target as written (`≥5.5%` → 1), at
    /// least 2.
    var computedDecimals: Int {
        let number = targetText.drop { !$0.isNumber }.prefix { $0.isNumber || $0 == "." }
        let decimals = number.firstIndex(of: ".").map { number.distance(from: $0, to: number.endIndex) - 1 } ?? 0
        return max(decimals, 2)
    }
}
