import Foundation

/// Number formatting shared by the renderers.
enum ReportNumber {
    /// `value` with exactly `decimals` places (0 through 15; rounded half away from zero as
    /// C's `printf` does on the binary value), without thousands separators; a result that
    /// rounds to zero never shows a minus sign (`-0.001` with 2 decimals is `0.00`).
    static func fixed(_ value: Double, decimals: Int) -> String {
        precondition(value.isFinite, "fixed formatting of a non-finite number")
        let places = min(max(decimals, 0), 15)
        let text = String(format: "%.\(places)f", value)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            return String(text.dropFirst())
        }
        return text
    }

    /// `value` at full precision: the shortest decimal that reads back as the same `Double`
    /// (Swift's `description`), integers below 10¹⁵ in magnitude without `.0`. The result
    /// is a valid JSON number and is read exactly by Excel and by `Double(_:)`.
    static func fullPrecision(_ value: Double) -> String {
        precondition(value.isFinite, "full-precision formatting of a non-finite number")
        return JSONValue.numberText(value)
    }
}
