import ArgumentParser
import Foundation

/// The trimmed, non-empty items of a comma-separated option (`"x1, x2"` → `["x1", "x2"]`);
/// none when the option is absent.
func commaSeparated(_ text: String?) -> [String] {
    (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}

/// Parses a whole number (negative values allowed, e.g. `--ref -1` or `--ref=-1`).
func parseInteger(_ text: String, _ option: String) throws -> Int {
    guard let value = Int(text) else { throw ValidationError("\(option) must be a whole number, not '\(text)'.") }
    return value
}
