extension IndicatorValue {
    /// Parses a target or actual cell; `nil` when the text is not an indicator value.
    ///
    /// Accepted, after trimming (full-width forms are folded to ASCII first):
    /// - a comparator `≥ >= ＞ > ≤ <= ＜ < = ＝ ≧ ≦` or a word (`不低于`, `不少于`,
    ///   `不小于` = ≥; `不高于`, `不超过`, `不多于`, `不大于` = ≤; `大于`, `高于`, `超过` = >;
    ///   `小于`, `低于` = <; `等于` = =), or a suffix `以上` (≥) / `以下`, `以内` (≤);
    /// - a number, thousands separators allowed (`1,000`), full-width digits folded;
    /// - a unit (`%`, `万元`, `家`, …), see ``IndicatorUnit``;
    /// - or a range `100-200家` (also `~`, `～`, `至`, `—`, `–` between the numbers; the unit
    ///   after the upper end, or after both), read as ≥ the lower end with an upper bound
    ///   (``Quantity/upperBound``): met at the lower bound;
    /// - or one of the words 优/优秀, 良/良好, 中/中等/一般, 差/较差, 达成/已达成,
    ///   部分达成, 未达成, 不适用/N/A (English `excellent`, `good`, `fair`, `poor`,
    ///   `achieved`, `partly achieved`, `not achieved` too).
    public init?(parsing raw: String) {
        let text = indicatorTrimmed(foldIndicatorFullWidth(raw))
        if text.isEmpty { return nil }
        if let word = IndicatorValue.words[text.lowercased()] {
            self = word
            return
        }
        guard let quantity = parseQuantity(text) ?? parseRange(text) else { return nil }
        self = .quantity(quantity)
    }

    /// What a target or actual cell may hold, for error messages.
    public static let expectedText =
        "a number with optional comparator and unit (100家, ≥4%, ≤1000万元, =0) or a grade (优, 良, 中, 差, 达成, 部分达成, 未达成, 不适用)"

    private static let words: [String: IndicatorValue] = [
        "优": .grade(.excellent), "优秀": .grade(.excellent), "excellent": .grade(.excellent),
        "良": .grade(.good), "良好": .grade(.good), "good": .grade(.good),
        "中": .grade(.fair), "中等": .grade(.fair), "一般": .grade(.fair), "fair": .grade(.fair),
        "差": .grade(.poor), "较差": .grade(.poor), "poor": .grade(.poor),
        "达成": .achievement(.achieved), "已达成": .achievement(.achieved),
        "achieved": .achievement(.achieved),
        "部分达成": .achievement(.partlyAchieved), "partly achieved": .achievement(.partlyAchieved),
        "未达成": .achievement(.notAchieved), "not achieved": .achievement(.notAchieved),
        "不适用": .notApplicable, "n/a": .notApplicable, "not applicable": .notApplicable,
    ]
}

/// Comparator words and symbols that may open a cell, longest first so `>=` wins over `>`.
private let comparatorPrefixes: [(String, Comparator)] = [
    ("不低于", .atLeast), ("不少于", .atLeast), ("不小于", .atLeast),
    ("不高于", .atMost), ("不超过", .atMost), ("不多于", .atMost), ("不大于", .atMost),
    (">=", .atLeast), ("=>", .atLeast), ("<=", .atMost), ("=<", .atMost), ("==", .equal),
    ("大于", .greaterThan), ("高于", .greaterThan), ("超过", .greaterThan),
    ("小于", .lessThan), ("低于", .lessThan), ("等于", .equal),
    ("≥", .atLeast), ("≤", .atMost), (">", .greaterThan), ("<", .lessThan), ("=", .equal),
]

/// Comparator words that may close a cell (`90%以上`).
private let comparatorSuffixes: [(String, Comparator)] = [
    ("以上", .atLeast), ("以下", .atMost), ("以内", .atMost),
]

/// Reads `[comparator] number [unit] [suffix]`; `nil` if anything else is found.
private func parseQuantity(_ text: String) -> Quantity? {
    var rest = Substring(text)
    var comparator: Comparator?
    for (prefix, value) in comparatorPrefixes where rest.hasPrefix(prefix) {
        comparator = value
        rest = rest.dropFirst(prefix.count)
        break
    }
    rest = Substring(indicatorTrimmed(rest))
    for (suffix, value) in comparatorSuffixes where rest.hasSuffix(suffix) {
        guard comparator == nil else { return nil }
        comparator = value
        rest = rest.dropLast(suffix.count)
        break
    }
    // The number: sign, digits with optional thousands commas, optional decimals.
    var number = ""
    var index = rest.startIndex
    if index < rest.endIndex, rest[index] == "-" || rest[index] == "+" {
        number.append(rest[index])
        index = rest.index(after: index)
    }
    var sawDigit = false
    while index < rest.endIndex {
        let character = rest[index]
        if character.isASCII, character.isNumber {
            number.append(character)
            sawDigit = true
        } else if character == "." {
            number.append(character)
        } else if character == ",", sawDigit {
            // thousands separator: skipped
        } else {
            break
        }
        index = rest.index(after: index)
    }
    guard sawDigit, let value = Double(number), value.isFinite else { return nil }
    let unitText = indicatorTrimmed(rest[index...])
    guard !unitText.contains(where: { ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," }) else { return nil }
    return Quantity(comparator, value, unit: IndicatorUnit(text: unitText))
}

/// Reads a range `A-B[unit]` or `A[unit]-B[unit]` (separators `-`, `~`, `～`, `至`, `—`, `–`)
/// as ≥ A with upper bound B; `nil` unless both ends are plain numbers with one unit, A ≤ B.
private func parseRange(_ text: String) -> Quantity? {
    for separator in ["~", "～", "至", "—", "–", "-"] {
        guard let range = text.range(of: separator), range.lowerBound > text.startIndex else { continue }
        let lowerText = indicatorTrimmed(text[..<range.lowerBound])
        let upperText = indicatorTrimmed(text[range.upperBound...])
        guard let lower = parseQuantity(lowerText), let upper = parseQuantity(upperText),
              lower.comparator == nil, upper.comparator == nil, upper.upperBound == nil,
              lower.unit == .none || lower.unit == upper.unit, lower.value <= upper.value else { continue }
        return Quantity(.atLeast, lower.value, unit: upper.unit, upperBound: upper.value)
    }
    return nil
}

/// Folds full-width digits, signs and punctuation to ASCII and the `≧ ≦` variants to `≥ ≤`.
func foldIndicatorFullWidth(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        switch scalar.value {
        case 0xFF10...0xFF19, 0xFF0B, 0xFF0C, 0xFF0D, 0xFF0E, 0xFF1C, 0xFF1D, 0xFF1E, 0xFF05:
            result.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
        case 0x3000: result.append(" ")
        case 0x2267, 0x2A7E: result.append("≥")
        case 0x2266, 0x2A7D: result.append("≤")
        default: result.append(scalar)
        }
    }
    return String(result)
}

/// `text` without leading and trailing spaces, tabs, newlines, ideographic spaces and BOMs.
func indicatorTrimmed<S: StringProtocol>(_ text: S) -> String {
    let isSpace: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{3000}" || $0 == "\u{FEFF}" }
    guard let first = text.firstIndex(where: { !isSpace($0) }) else { return "" }
    let last = text.lastIndex(where: { !isSpace($0) })!
    return String(text[first...last])
}
