#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Prints amounts of money the way Chinese budget documents do: `208.70亿元`,
/// `11,559.27万元`.
///
/// The value is converted from the unit it is stored in to ``unit`` (see
/// ``MoneyUnit/convert(_:from:to:)``), rounded to ``decimals`` places (round half to even on
/// the exact binary value, as C's `printf("%.*f")` does), grouped in thousands with commas
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

/// `value` with `decimals` fixed decimals (C `%.*f` rounding), optionally grouping the
/// integer part in thousands. Infinite values print as `∞` / `-∞`; `-0.00` prints as `0.00`.
func formatFixed(_ value: Double, decimals: Int, groupsThousands: Bool) -> String {
    if value.isInfinite { return value < 0 ? "-∞" : "∞" }
    var buffer = [CChar](repeating: 0, count: 352)
    let written = buffer.withUnsafeMutableBufferPointer { pointer in
        withVaList([Int32(decimals), value]) { arguments in
            vsnprintf(pointer.baseAddress, pointer.count, "%.*f", arguments)
        }
    }
    precondition(written > 0 && Int(written) < buffer.count, "number too long to format")
    var text = String(decoding: buffer[..<Int(written)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var negative = false
    if text.hasPrefix("-") {
        negative = true
        text.removeFirst()
    }
    if text.allSatisfy({ $0 == "0" || $0 == "." }) { negative = false }
    if groupsThousands {
        let integerEnd = text.firstIndex(of: ".") ?? text.endIndex
        let integerPart = Array(text[..<integerEnd])
        var grouped = ""
        for (offset, digit) in integerPart.enumerated() {
            if offset > 0, (integerPart.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        text = grouped + text[integerEnd...]
    }
    return negative ? "-" + text : text
}
