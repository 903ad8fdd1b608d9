/// What a cell's number format says about the number stored in it: an ordinary number, a
/// date (an Excel serial day number), or a year only (a date format that shows just the year,
/// such as `yyyy"年"`).
///
/// Rules (ECMA-376 Part 1, §18.8.30): built-in formats 14–22 and 45–47 are dates and times,
/// and so are the East Asian built-ins 27–36 and 50–58 that Chinese, Japanese and Korean
/// Excel use for `2023年12月31日`-style dates. A custom format code is a date when, after
/// removing quoted text (`"年"`), bracketed sections (`[Red]`, `[$-804]`), escaped characters
/// (`\x`) and `_x`/`*x` padding, it contains any of `y m d h s` (case-insensitive); it is a
/// year only when it then contains `y` and none of `m d h s`.
enum XLSXNumberFormat: Equatable {
    /// A plain number.
    case number
    /// A date or time: the number is a serial day count.
    case date
    /// A date format showing only the year.
    case yearOnly
    /// A percentage format (built-in 9 and 10, or a code with `%` outside quotes): the cell
    /// shows the number × 100 followed by `%`.
    case percent

    /// The kind of the built-in or custom format `id` (custom codes in `codes`).
    init(id: Int, codes: [Int: String]) {
        if let code = codes[id] {
            self = Self(code: code)
        } else if id == 9 || id == 10 {
            self = .percent
        } else if (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id) {
            self = .date
        } else {
            self = .number
        }
    }

    /// The kind of a custom format code.
    init(code: String) {
        var kept = ""
        var iterator = code.lowercased().makeIterator()
        while let character = iterator.next() {
            switch character {
            case "\"":
                while let inner = iterator.next(), inner != "\"" {}
            case "[":
                while let inner = iterator.next(), inner != "]" {}
            case "\\", "_", "*":
                _ = iterator.next()
            default:
                kept.append(character)
            }
        }
        let hasYear = kept.contains("y")
        let hasOther = kept.contains { "mdhs".contains($0) }
        // `General` holds none of these letters; `e` in `0.00E+00` is not among them.
        if kept.contains("general") { self = .number } else if kept.contains("%") && !hasYear && !hasOther {
            self = .percent
        } else if hasYear && !hasOther {
            self = .yearOnly
        } else if hasYear || hasOther {
            self = .date
        } else {
            self = .number
        }
    }
}

/// Excel serial day numbers as calendar dates.
///
/// Conventions (as Excel and LibreOffice): in the 1900 date system serial 1 is 1900-01-01 and
/// Excel counts a 29 February 1900 that never was (serial 60), so serials from 61 on are days
/// since 1899-12-30; serials below 60 are days since 1899-12-31. In the 1904 system
/// (`<workbookPr date1904="1"/>`, old Mac workbooks) serial 0 is 1904-01-01. A fractional part
/// is the time of day.
enum ExcelSerialDate {
    /// The civil date (year, month, day) and seconds into the day of `serial`.
    static func components(_ serial: Double, date1904: Bool) -> (year: Int, month: Int, day: Int, seconds: Int) {
        var days = serial.rounded(.down)
        var seconds = Int(((serial - days) * 86_400).rounded())
        if seconds >= 86_400 {
            days += 1
            seconds -= 86_400
        }
        // Days since 1970-01-01.
        let unixDays: Int
        if date1904 {
            unixDays = Int(days) - 24_107
        } else if days >= 61 {
            unixDays = Int(days) - 25_569
        } else {
            unixDays = Int(days) - 25_568
        }
        let (year, month, day) = civil(fromDays: unixDays)
        return (year, month, day, seconds)
    }

    /// The serial as text: `2023-12-31`, with ` 08:30:00` when it has a time of day.
    static func text(_ serial: Double, date1904: Bool) -> String {
        let (year, month, day, seconds) = components(serial, date1904: date1904)
        var text = "\(year)-\(twoDigits(month))-\(twoDigits(day))"
        if seconds > 0 {
            text += " \(twoDigits(seconds / 3600)):\(twoDigits(seconds / 60 % 60)):\(twoDigits(seconds % 60))"
        }
        return text
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// The proleptic Gregorian date `days` after 1970-01-01 (H. Hinnant's `civil_from_days`).
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPart = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthPart + 2) / 5 + 1
        let month = monthPart < 10 ? monthPart + 3 : monthPart - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
