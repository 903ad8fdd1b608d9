/// Prints amounts of money the way Chinese budget documents do: `208.70亿元`,
/// `11,559.27万元`.
///
/// The value is converted from the unit it is stored in to ``unit`` (see
/// ``MoneyUnit/convert(_:from:to:)``), rounded to ``decimals`` places (half away from zero on
/// the shortest decimal form, as Excel's `ROUND` does: 2.675 → 2.68), grouped in thousands with commas
/// when ``groupsThousands`` is on, and followed by the unit's symbol when ``showsUnit`` is on.
///
/// Defaults: output in 万元, 2 decimals, thousands grouped, symbol shown. A missing value
/// (`nil` or NaN) prints as ``missingText`` (default `—`).
public struct MoneyFormatter: Sendable, Equatable {
    /// Unit the printed number is expressed in (default 万元).
    public var unit: MoneyUnit
    /// Digits after the decimal point, 0…15 (default 2).
    public var decimals: Int
    /// Whether the integer part is grouped in thousands with commas (default `true`).
    public var groupsThousands: Bool
    /// Whether the unit symbol (`万元`) follows the number (default `true`).
    public var showsUnit: Bool
    /// Text printed for a missing value (default `—`).
    public var missingText: String

    /// Creates a formatter; see the type's documentation for the defaults.
    public init(unit: MoneyUnit = .wan, decimals: Int = 2, groupsThousands: Bool = true,
                showsUnit: Bool = true, missingText: String = "—") {
        precondition((0...15).contains(decimals), "decimals must be between 0 and 15")
        self.unit = unit
        self.decimals = decimals
        self.groupsThousands = groupsThousands
        self.showsUnit = showsUnit
        self.missingText = missingText
    }

    /// Formats `value`, stored in `valueUnit`, in this formatter's unit.
    ///
    /// Example: `MoneyFormatter(unit: .yi).string(2_087_000, in: .wan) == "208.70亿元"`.
    public func string(_ value: Double?, in valueUnit: MoneyUnit) -> String {
        guard let value, !value.isNaN else { return missingText }
        let converted = MoneyUnit.convert(value, from: valueUnit, to: unit)
        let number = formatFixed(converted, decimals: decimals, groupsThousands: groupsThousands)
        return showsUnit ? number + unit.symbol : number
    }
}

extension MoneyUnit {
    /// Formats `value`, stored in this unit, in `target` with `decimals` places, thousands
    /// grouped and the symbol appended: `MoneyUnit.wan.format(11559.274) == "11,559.27万元"`.
    public func format(_ value: Double, as target: MoneyUnit? = nil, decimals: Int = 2) -> String {
        MoneyFormatter(unit: target ?? self, decimals: decimals).string(value, in: self)
    }
}

/// Prints a share or rate as a percentage: `PercentFormatter().string(0.078) == "7.8%"`.
///
/// The value is a fraction (0.078) unless ``isAlreadyPercent`` is set, in which case it is
/// printed as given (7.8 → `7.8%`). Defaults: 1 decimal, `%` sign, fraction input.
public struct PercentFormatter: Sendable, Equatable {
    /// Digits after the decimal point, 0…15 (default 1).
    public var decimals: Int
    /// Whether inputs are already in percent (default `false`: multiply by 100).
    public var isAlreadyPercent: Bool
    /// Text printed for a missing value (default `—`).
    public var missingText: String

    /// Creates a formatter; see the type's documentation for the defaults.
    public init(decimals: Int = 1, isAlreadyPercent: Bool = false, missingText: String = "—") {
        precondition((0...15).contains(decimals), "decimals must be between 0 and 15")
        self.decimals = decimals
        self.isAlreadyPercent = isAlreadyPercent
        self.missingText = missingText
    }

    /// The value as a percentage with a `%` sign.
    public func string(_ value: Double?) -> String {
        guard let value, !value.isNaN else { return missingText }
        let percent = isAlreadyPercent ? value : value * 100
        return formatFixed(percent, decimals: decimals, groupsThousands: false) + "%"
    }
}

/// `value` with `decimals` fixed decimals, optionally grouping the integer part in thousands.
///
/// Rounding: half away from zero, applied to the shortest decimal that identifies the double
/// (Swift's `description`), which is what Excel's `ROUND` and a person rounding the printed
/// number do: 2.675 → `2.68` and 0.125 → `0.13`, although 2.675's binary value lies just
/// below the half. Infinite values print as `∞` / `-∞`; a result that rounds to zero has no
/// minus sign.
func formatFixed(_ value: Double, decimals: Int, groupsThousands: Bool) -> String {
    if value.isInfinite { return value < 0 ? "-∞" : "∞" }
    var (digits, pointPosition) = shortestDecimalDigits(abs(value))
    // Keep `pointPosition + decimals` digits, rounding on the next one.
    let keep = pointPosition + decimals
    if keep < 0 {
        digits = [0]
        pointPosition = 1
    } else if keep < digits.count {
        let roundsUp = digits[keep] >= 5
        digits.removeSubrange(keep...)
        if roundsUp {
            var index = keep - 1
            while index >= 0, digits[index] == 9 {
                digits[index] = 0
                index -= 1
            }
            if index >= 0 {
                digits[index] += 1
            } else {
                digits.insert(1, at: 0)
                pointPosition += 1
            }
        }
    }
    // Integer part.
    var integerDigits: [UInt8] = pointPosition > 0
        ? (0..<pointPosition).map { $0 < digits.count ? digits[$0] : 0 } : [0]
    while integerDigits.count > 1, integerDigits[0] == 0 { integerDigits.removeFirst() }
    let fractionDigits: [UInt8] = (0..<decimals).map { offset in
        let index = pointPosition + offset
        return index >= 0 && index < digits.count ? digits[index] : 0
    }
    var text = ""
    for (offset, digit) in integerDigits.enumerated() {
        if groupsThousands, offset > 0, (integerDigits.count - offset) % 3 == 0 { text.append(",") }
        text.append(Character(Unicode.Scalar(UInt8(ascii: "0") + digit)))
    }
    if decimals > 0 {
        text.append(".")
        for digit in fractionDigits { text.append(Character(Unicode.Scalar(UInt8(ascii: "0") + digit))) }
    }
    let isZero = integerDigits.allSatisfy { $0 == 0 } && fractionDigits.allSatisfy { $0 == 0 }
    return value < 0 && !isZero ? "-" + text : text
}

/// The decimal digits of a finite non-negative `value` in its shortest round-trip form, and
/// the position of the decimal point (number of digits before it; may be ≤ 0 or beyond the
/// digits): 2.675 → ([2, 6, 7, 5], 1); 1e-05 → ([1], −4); 1200 → ([1, 2], 4).
func shortestDecimalDigits(_ value: Double) -> (digits: [UInt8], pointPosition: Int) {
    let text = value.description
    var mantissa = Substring(text)
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
        exponent = Int(text[text.index(after: e)...].replacingPlus()) ?? 0
        mantissa = text[..<e]
    }
    var digits: [UInt8] = []
    var pointPosition = 0
    var seenPoint = false
    for character in mantissa {
        if character == "." {
            seenPoint = true
            continue
        }
        guard let digit = character.wholeNumberValue else { continue }
        digits.append(UInt8(digit))
        if !seenPoint { pointPosition += 1 }
    }
    pointPosition += exponent
    while digits.count > 1, digits[0] == 0 {
        digits.removeFirst()
        pointPosition -= 1
    }
    while digits.count > 1, digits[digits.count - 1] == 0 { digits.removeLast() }
    if digits == [0] { pointPosition = 1 }
    return (digits, pointPosition)
}

extension Substring {
    /// The text without a leading `+` (Swift prints exponents as `e+20`).
    fileprivate func replacingPlus() -> Substring { first == "+" ? dropFirst() : self }
}
