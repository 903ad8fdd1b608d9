import Foundation

extension PhaseTimings {
    /// The timings as text for standard error, one phase a line then the total, wall-clock
    /// seconds then the process's CPU seconds:
    ///
    /// ```
    /// timings (wall clock; process CPU time):
    ///   read        0.120 s  cpu 0.210 s
    ///   …
    ///   total       0.301 s  cpu 0.420 s
    /// ```
    ///
    /// Phase names are the ``Phase`` raw values in both languages (so scripts can read them);
    /// only the heading is translated. Milliseconds precision.
    public func text(language: Language) -> String {
        let heading = LocalizedText(zh: "各阶段用时（墙钟时间；进程 CPU 时间）:",
                                    en: "timings (wall clock; process CPU time):").text(language)
        var lines = [heading]
        for phase in Phase.allCases {
            lines.append(Self.line(phase.rawValue, self[phase], cpu: cpuSeconds(phase)))
        }
        lines.append(Self.line("total", total, cpu: cpuTotal))
        return lines.joined(separator: "\n") + "\n"
    }

    private static func line(_ name: String, _ seconds: Double, cpu: Double) -> String {
        "  " + name.padding(toLength: 12, withPad: " ", startingAt: 0) + String(format: "%.3f s  cpu %.3f s", seconds, cpu)
    }
}
