/// A unit of money as used in Chinese public-finance documents: 元, 万元 (10⁴ 元) and
/// 亿元 (10⁸ 元).
///
/// Conversion: `value_in_target = value × yuanPerUnit(source) / yuanPerUnit(target)`,
/// computed as one multiplication by the exact power of ten (10⁴ or 10⁸) when converting to a
/// smaller unit and one division when converting to a larger one, so the result is the
/// correctly rounded double of the exact product (`208.7 亿元 → 2,087,000 万元` exactly).
///
/// Conventions: the raw value is the English name (`yuan`, `wan`, `yi`) so that command-line
/// options and JSON stay ASCII; ``symbol`` is the Chinese symbol printed in reports.
public enum MoneyUnit: String, Sendable, Hashable, CaseIterable, Codable {
    /// 元, one yuan.
    case yuan
    /// 万元, ten thousand yuan (1 万元 = 10⁴ 元).
    case wan
    /// 亿元, one hundred million yuan (1 亿元 = 10⁸ 元 = 10⁴ 万元).
    case yi

    /// Number of 元 in one unit: 1, 1e4 or 1e8.
    public var yuanPerUnit: Double {
        switch self {
        case .yuan: 1
        case .wan: 1e4
        case .yi: 1e8
        }
    }

    /// Decimal exponent of ``yuanPerUnit``: 0, 4 or 8.
    public var powerOfTen: Int {
        switch self {
        case .yuan: 0
        case .wan: 4
        case .yi: 8
        }
    }

    /// The Chinese symbol printed after amounts: `元`, `万元`, `亿元`.
    public var symbol: String {
        switch self {
        case .yuan: "元"
        case .wan: "万元"
        case .yi: "亿元"
        }
    }

    /// An English label for the unit: `yuan`, `10k yuan`, `100m yuan`.
    public var englishSymbol: String {
        switch self {
        case .yuan: "yuan"
        case .wan: "10k yuan"
        case .yi: "100m yuan"
        }
    }

    /// Converts `value` from `source` to `target`:
    /// `value × yuanPerUnit(source) / yuanPerUnit(target)`, with a single rounding.
    ///
    /// Example: `convert(208.7, from: .yi, to: .wan) == 2_087_000`.
    public static func convert(_ value: Double, from source: MoneyUnit, to target: MoneyUnit) -> Double {
        let shift = source.powerOfTen - target.powerOfTen
        if shift == 0 { return value }
        if shift > 0 { return value * exactPowerOfTen(shift) }
        return value / exactPowerOfTen(-shift)
    }

    /// Converts `value`, expressed in this unit, to `target` (see ``convert(_:from:to:)``).
    public func convert(_ value: Double, to target: MoneyUnit) -> Double {
        MoneyUnit.convert(value, from: self, to: target)
    }

    /// Recognises a unit written after an amount or inside a column header.
    ///
    /// Accepted spellings (surrounding spaces, including the full-width space U+3000, are
    /// ignored): `元`; `万`, `万元`; `亿`, `亿元`; the traditional `萬`, `萬元`, `億`, `億元`;
    /// and the ASCII names `yuan`, `wan`, `yi`. Anything else gives `nil`.
    public init?(suffix text: String) {
        let trimmed = text.trimmingUnitSpaces()
        switch trimmed {
        case "元", "yuan": self = .yuan
        case "万", "万元", "萬", "萬元", "wan": self = .wan
        case "亿", "亿元", "億", "億元", "yi": self = .yi
        default: return nil
        }
    }

    /// UTF-8 spellings recognised after a number in a CSV cell, longest first within each
    /// unit so that `万元` is not read as `万` followed by junk.
    static let suffixSpellings: [(bytes: [UInt8], unit: MoneyUnit)] = [
        (Array("万元".utf8), .wan), (Array("萬元".utf8), .wan),
        (Array("亿元".utf8), .yi), (Array("億元".utf8), .yi),
        (Array("万".utf8), .wan), (Array("萬".utf8), .wan),
        (Array("亿".utf8), .yi), (Array("億".utf8), .yi),
        (Array("元".utf8), .yuan),
    ]
}

/// 10^exponent for 0 ≤ exponent ≤ 22, where every power is an exact double.
func exactPowerOfTen(_ exponent: Int) -> Double {
    precondition(exponent >= 0 && exponent <= 22, "power of ten out of exact range")
    return exactPowersOfTen[exponent]
}

/// 10⁰ … 10²², all exactly representable as doubles (10²² < 2⁵³ × 2⁵³ and 5²² < 2⁵³).
let exactPowersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
]

extension String {
    /// The string without leading and trailing ASCII spaces, tabs and full-width spaces.
    func trimmingUnitSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
        var view = Substring(self)
        while let first = view.first, isSpace(first) { view = view.dropFirst() }
        while let last = view.last, isSpace(last) { view = view.dropLast() }
        return String(view)
    }
}
