/// How to compute an indicator's actual from a firm table instead of reading it from the
/// file (column 数据来源 / `actual_source`).
///
/// Written as a key with optional parameters in parentheses:
/// - `supported_firms` or `supported_firms(year=2023)`: number of distinct supported firms;
/// - `rd_intensity(year=2023)`: R&D intensity of supported firms, ΣR&D / Σrevenue × 100 (%),
///   the aggregate ratio, not the mean of firm ratios; without `year`, the latest year;
/// - `max_subsidy`: the largest subsidy of one supported firm (project), in the subsidy
///   column's unit (万元 by default);
/// - `execution_rate(budget=11559.274万元, other_spending=46.074万元)`: execution rate =
///   (Σ subsidies + other spending) / budget × 100 (%). `budget` is required; money without
///   a unit is in the subsidy column's unit.
///
/// The literal actual in the same row stays the value used when no data are given, so a
/// file scores the same with or without a panel when the panel agrees with it.
public struct ActualSource: Sendable, Equatable, Hashable {
    /// What to compute.
    public let measure: Measure
    /// Restrict to rows of this year (`year` column), when given.
    public let year: Int?
    /// The adjusted budget, for ``Measure/executionRate``.
    public let budget: Quantity?
    /// Spending other than subsidies counted as executed (service fees), for
    /// ``Measure/executionRate``.
    public let otherSpending: Quantity?

    /// The measures an actual can be computed as.
    public enum Measure: String, Sendable, Equatable, Hashable, CaseIterable {
        /// Number of distinct supported firms.
        case supportedFirms = "supported_firms"
        /// ΣR&D / Σrevenue × 100 over supported firms.
        case rdIntensity = "rd_intensity"
        /// Largest subsidy of one supported firm.
        case maxSubsidy = "max_subsidy"
        /// (Σsubsidy + other spending) / budget × 100.
        case executionRate = "execution_rate"
    }

    /// Creates a source.
    public init(_ measure: Measure, year: Int? = nil, budget: Quantity? = nil,
                otherSpending: Quantity? = nil) {
        self.measure = measure
        self.year = year
        self.budget = budget
        self.otherSpending = otherSpending
    }

    /// Parses `key` or `key(name=value, …)`; `nil` when the text is not a source.
    public init?(parsing raw: String) {
        let text = indicatorTrimmed(foldIndicatorFullWidth(raw))
        var key = Substring(text)
        var parameters: [String: String] = [:]
        if let open = text.firstIndex(of: "(") {
            guard text.hasSuffix(")") else { return nil }
            key = text[..<open]
            let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
            for part in inside.split(separator: ",") where !indicatorTrimmed(part).isEmpty {
                let pair = part.split(separator: "=", maxSplits: 1)
                guard pair.count == 2 else { return nil }
                parameters[indicatorTrimmed(pair[0]).lowercased()] = indicatorTrimmed(pair[1])
            }
        }
        guard let measure = Measure(rawValue: indicatorTrimmed(key).lowercased()) else { return nil }
        var year: Int?
        var budget: Quantity?
        var other: Quantity?
        for (name, value) in parameters {
            switch name {
            case "year":
                guard let number = Int(value) else { return nil }
                year = number
            case "budget", "other_spending":
                guard case .quantity(let quantity)? = IndicatorValue(parsing: value),
                      quantity.comparator == nil else { return nil }
                if name == "budget" { budget = quantity } else { other = quantity }
            default:
                return nil
            }
        }
        if measure == .executionRate, budget == nil { return nil }
        self.init(measure, year: year, budget: budget, otherSpending: other)
    }

    /// The source as written in a file.
    public var text: String {
        var parameters: [String] = []
        if let year { parameters.append("year=\(year)") }
        if let budget { parameters.append("budget=\(budget.text)") }
        if let otherSpending { parameters.append("other_spending=\(otherSpending.text)") }
        return measure.rawValue + (parameters.isEmpty ? "" : "(" + parameters.joined(separator: ", ") + ")")
    }

    /// What the column may hold, for error messages.
    public static let expectedText =
        "nothing or one of supported_firms, rd_intensity, max_subsidy, execution_rate(budget=…), optionally with (year=YYYY)"
}
