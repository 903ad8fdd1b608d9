import Foundation

extension PhaseTimings {
    /// The timings as text for standard error, one phase a line then the total:
    ///
    /// ```
    /// timings (wall clock):
    ///   read         0.120 s
    ///   …
    ///   total        0.301 s
    /// ```
    ///
    /// Phase names are the ``Phase`` raw values in both languages (so scripts can read them);
    /// only the heading is translated. Milliseconds precision.
    public func text(language: Language) -> String {
        let heading = LocalizedText(zh: "各阶段用时（墙钟时间）:", en: "timings (wall clock):").text(language)
        var lines = [heading]
        for phase in Phase.allCases {
            lines.append(Self.line(phase.rawValue, self[phase]))
        }
        lines.append(Self.line("total", total))
        return lines.joined(separator: "\n") + "\n"
    }

    private static func line(_ name: String, _ seconds: Double) -> String {
        "  " + name.padding(toLength: 12, withPad: " ", startingAt: 0) + String(format: "%.3f s", seconds)
    }
}
