/// The unit written after an indicator's number: `%`, money (`元`, `万元`, `亿元`) or a
/// counting word (`家`, `个`, `项`, `天`).
///
/// Conventions: percentages keep the number as written (`7.8%` is 7.8, not 0.078). Money
/// converts between 元, 万元 (1e4 元) and 亿元 (1e8 元); any other unit is compared by its
/// text, so `97家` against a target in `家` is fine but `97个` against `家` is an error.
public enum IndicatorUnit: Sendable, Equatable, Hashable {
    /// No unit written.
    case none
    /// Percent: the number is in percentage points of 100.
    case percent
    /// Money; `yuanPerUnit` is 1 for 元, 1e4 for 万元, 1e8 for 亿元.
    case money(symbol: String, yuanPerUnit: Double)
    /// Any other unit word, kept verbatim (`家`, `个`, `项`, `天`, `人次`).
    case other(String)

    /// 元.
    public static let yuan = IndicatorUnit.money(symbol: "元", yuanPerUnit: 1)
    /// 万元 = 1e4 元.
    public static let wanYuan = IndicatorUnit.money(symbol: "万元", yuanPerUnit: 1e4)
    /// 亿元 = 1e8 元.
    public static let yiYuan = IndicatorUnit.money(symbol: "亿元", yuanPerUnit: 1e8)

    /// Reads a unit word; the empty string is ``none``. `％`, `%`, `个百分点` are percent.
    public init(text: String) {
        switch text {
        case "": self = .none
        case "%", "％", "个百分点", "百分点", "percent": self = .percent
        case "元", "yuan": self = .yuan
        case "万元", "万", "wan yuan": self = .wanYuan
        case "亿元", "亿", "yi yuan": self = .yiYuan
        default: self = .other(text)
        }
    }

    /// The unit as printed after a number (`%`, `万元`, `家`, or nothing).
    public var symbol: String {
        switch self {
        case .none: ""
        case .percent: "%"
        case .money(let symbol, _): symbol
        case .other(let text): text
        }
    }

    /// The factor that converts a number in `self` into `other`, or `nil` when the two
    /// units measure different things. A value without a unit takes the other's unit.
    ///
    /// `15 万元` in 亿元 is `15 × 1e4 / 1e8`, so the factor from 万元 to 亿元 is 1e-4.
    public func conversionFactor(to other: IndicatorUnit) -> Double? {
        switch (self, other) {
        case (.none, _), (_, .none): return 1
        case (.money(_, let from), .money(_, let to)): return from / to
        default: return self == other ? 1 : nil
        }
    }
}
