import Foundation

extension PhaseTimings {
    /// The timings as text for standard error, one phase a line then the total, wall-clock
    /// seconds, the process's CPU seconds, then the process's peak resident memory at the
    /// end of the phase (``peakResidentBytes(_:)``, MiB; the total line: the largest):
    ///
    /// ```
    /// timings (wall clock; process CPU time; peak resident memory after the phase):
    ///   read        0.120 s  cpu 0.210 s  peak 97.3 MiB
    ///   …
    ///   total       0.301 s  cpu 0.420 s  peak 124.4 MiB
    /// ```
    ///
    /// Phase names are the ``Phase`` raw values in both languages (so scripts can read them);
    /// only the heading is translated. Milliseconds precision; memory to 0.1 MiB.
    public func text(language: Language) -> String {
        let heading = LocalizedText(zh: "各阶段用时（墙钟时间；进程 CPU 时间；阶段结束时的峰值常驻内存）:",
                                    en: "timings (wall clock; process CPU time; peak resident memory after the phase):")
            .text(language)
        var lines = [heading]
        for phase in Phase.allCases {
            lines.append(Self.line(phase.rawValue, self[phase], cpu: cpuSeconds(phase),
                                   peak: peakResidentBytes(phase)))
        }
        lines.append(Self.line("total", total, cpu: cpuTotal, peak: peakResidentTotal))
        return lines.joined(separator: "\n") + "\n"
    }

    private static func line(_ name: String, _ seconds: Double, cpu: Double, peak: Int) -> String {
        "  " + name.padding(toLength: 12, withPad: " ", startingAt: 0)
            + String(format: "%.3f s  cpu %.3f s  peak %.1f MiB", seconds, cpu, Double(peak) / 1_048_576)
    }
}
