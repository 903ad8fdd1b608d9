/// Years as offices write them: `2023`, `2023年`, `2023年度`, `2023-12-31`, `2023/12/31`,
/// `2023.12.31`, `2023年12月31日`, `2023-12`, `2023年12月` (full-width digits allowed; a time
/// of day after a date is ignored).
///
/// Conventions: years from 1000 to 2999. A date keeps its month and day (``monthDay``,
/// `1231` for 31 December; `1200` for a month without a day) so that a column can tell
/// period-end snapshots (every date on the same day of the year) from dated events.
public struct YearText: Sendable, Equatable {
    /// The year.
    public let year: Int
    /// `month × 100 + day` for a date (`day` 0 when only the month is written), `nil` for a year.
    public let monthDay: Int?
    /// Whether the text was a bare number (`2023`).
    public let isPlainNumber: Bool

    /// Reads `text`; `nil` when it is not one of the forms above.
    public init?(_ text: String) {
        let folded = foldingFullWidth(text).trimmingUnitSpaces()
        let scalars = Array(folded.unicodeScalars)
        var p = 0
        func digits(_ maximum: Int) -> Int? {
            var value = 0, count = 0
            while p < scalars.count, count < maximum, let digit = scalars[p].properties.numericType == .decimal
                    ? Int(String(scalars[p])) : nil {
                value = value * 10 + digit
                count += 1
                p += 1
            }
            return count == 0 ? nil : value
        }
        guard let year = digits(4), p == 4, (1000...2999).contains(year) else { return nil }
        self.year = year
        let rest = String(String.UnicodeScalarView(scalars[p...]))
        if rest.isEmpty {
            monthDay = nil
            isPlainNumber = true
            return
        }
        isPlainNumber = false
        if rest == "年" || rest == "年度" {
            monthDay = nil
            return
        }
        // A date: separator, month, (separator, day).
        let separator = scalars[p]
        guard "-/.年".unicodeScalars.contains(separator) else { return nil }
        p += 1
        guard let month = digits(2), (1...12).contains(month) else { return nil }
        var day = 0
        if p < scalars.count, scalars[p] == (separator == "年" ? "月" : separator) {
            p += 1
            if p < scalars.count, let value = digits(2) {
                guard (1...31).contains(value) else { return nil }
                day = value
                if separator == "年" {
                    guard p < scalars.count, scalars[p] == "日" else { return nil }
                    p += 1
                }
            }
        } else if separator == "年" {
            return nil
        }
        // Anything left must be a time of day (`2023-12-31 08:30:00`, `2023-12-31T08:30`).
        if p < scalars.count {
            guard scalars[p] == " " || scalars[p] == "T", day > 0 else { return nil }
        }
        monthDay = month * 100 + day
    }
}

/// `text` with full-width digits, signs, point, comma and parentheses folded to ASCII.
func foldingFullWidth(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0.value >= 0xFF01 && $0.value <= 0xFF5E }) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        if scalar.value >= 0xFF01 && scalar.value <= 0xFF5E, let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
            scalars.append(ascii)
        } else {
            scalars.append(scalar)
        }
    }
    return String(scalars)
}

extension Table {
    /// The table with each categorical column that holds only years (``YearText``) turned
    /// into a numeric column of the years, except the columns in `kept`.
    ///
    /// Rule: every level is a year form, at least one is not a bare number (else the column
    /// would have been numeric already), and every level written as a date falls on the same
    /// day of the year (`2022-12-31`, `2023-12-31`: period-end dates name years). A column of
    /// dates on different days (dated events) stays text; ``years(_:)`` reads years from it
    /// where a column is used as the time.
    public func readingYears(except kept: Set<String> = []) -> Table {
        var changed = false
        let converted: [(name: String, column: Column)] = zip(columnNames, columns).map { name, column in
            guard !kept.contains(name), case .categorical(let categorical) = column,
                  let years = Self.yearsOfLevels(categorical.levels, sameDayOfYear: true) else { return (name, column) }
            changed = true
            return (name, .numeric(Self.numeric(categorical, years: years)))
        }
        guard changed, let table = try? Table(columns: converted, units: units) else { return self }
        return table.with(textInNumbers: textInNumbers)
    }

    /// The years of column `name`: a numeric column as it is, or a column of year texts and
    /// dates (``YearText``, any day of the year) as their years; throws
    /// ``TableError/notNumeric(_:)`` for other text.
    public func years(_ name: String) throws(TableError) -> NumericColumn {
        switch try column(name) {
        case .numeric(let numeric): return numeric
        case .categorical(let categorical):
            guard let years = Self.yearsOfLevels(categorical.levels, sameDayOfYear: false) else { throw .notNumeric(name) }
            return Self.numeric(categorical, years: years)
        }
    }

    /// The year of each level, or `nil` when a level is not a year form (or, with
    /// `sameDayOfYear`, when dated levels fall on different days of the year).
    private static func yearsOfLevels(_ levels: [String], sameDayOfYear: Bool) -> [Double]? {
        guard !levels.isEmpty else { return nil }
        var years: [Double] = []
        var days = Set<Int>()
        var allPlain = true
        for level in levels {
            guard let year = YearText(level) else { return nil }
            years.append(Double(year.year))
            if let day = year.monthDay { days.insert(day) }
            allPlain = allPlain && year.isPlainNumber
        }
        if allPlain && sameDayOfYear { return nil }
        if sameDayOfYear && days.count > 1 { return nil }
        return years
    }

    private static func numeric(_ column: CategoricalColumn, years: [Double]) -> NumericColumn {
        NumericColumn(uncheckedValues: column.codes.map { $0 < 0 ? .nan : years[Int($0)] },
                      isMissing: column.codes.map { $0 < 0 })
    }
}
