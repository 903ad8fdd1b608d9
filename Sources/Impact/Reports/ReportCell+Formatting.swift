import Foundation

extension ReportCell {
    /// The cell's number, or `nil` for text, empty cells and non-finite numbers.
    ///
    /// Conventions: a NaN or infinite number is treated as a missing value everywhere
    /// (`—` in text outputs, an empty field in CSV, `null` in JSON), so no output ever
    /// contains `nan` or `inf`.
    public var numericValue: Double? {
        switch self {
        case let .integer(value): Double(value)
        case let .number(value, _, _), let .quantity(value, _, _): value.isFinite ? value : nil
        case .text, .label, .empty: nil
        }
    }

    /// Whether the cell holds a number (integers included), which right-aligns it.
    public var isNumeric: Bool {
        switch self {
        case .integer, .number, .quantity: true
        case .text, .label, .empty: false
        }
    }

    /// Whether the cell shows no value: ``empty`` or a non-finite number.
    var isMissing: Bool {
        switch self {
        case .empty: true
        case .number, .quantity: numericValue == nil
        case .text, .label, .integer: false
        }
    }

    /// The cell as people read it in text outputs (terminal, Markdown, HTML): numbers with
    /// their stated decimals and unit, missing values as `—` (U+2014).
    public func displayText(_ language: Language) -> String {
        switch self {
        case let .text(text): text
        case let .label(label): label.text(language)
        case let .integer(value): String(value)
        case let .number(value, decimals, suffix):
            value.isFinite ? ReportNumber.fixed(value, decimals: decimals) + suffix : ReportCell.missingMark
        case let .quantity(value, decimals, unit):
            value.isFinite ? ReportNumber.fixed(value, decimals: decimals) + unit.text(language) : ReportCell.missingMark
        case .empty: ReportCell.missingMark
        }
    }

    /// The cell for machine outputs (CSV): numbers at full precision without unit, missing
    /// values as the empty string.
    public func machineText(_ language: Language) -> String {
        switch self {
        case let .text(text): text
        case let .label(label): label.text(language)
        case let .integer(value): String(value)
        case let .number(value, _, _), let .quantity(value, _, _):
            value.isFinite ? ReportNumber.fullPrecision(value) : ""
        case .empty: ""
        }
    }

    /// The cell for CSV: numbers rounded to the decimals the text outputs show, without
    /// unit or thousands separators (`208.70`, not `208.70000000000002`), integers as they
    /// are, missing values as the empty string. JSON keeps full precision.
    public func csvText(_ language: Language) -> String {
        switch self {
        case let .number(value, decimals, _), let .quantity(value, decimals, _):
            value.isFinite ? ReportNumber.fixed(value, decimals: decimals) : ""
        case .text, .label, .integer, .empty: machineText(language)
        }
    }

    /// How a missing value is shown in text outputs: `—` (U+2014 EM DASH).
    public static let missingMark = "\u{2014}"
}
