import Foundation
import Testing
@testable import Impact

@Suite("Phase timings")
struct PhaseTimingsTests {
    @Test("phases in run order; unmeasured phases read 0; add accumulates; total is the sum")
    func accumulates() {
        #expect(PhaseTimings.Phase.allCases.map(\.rawValue) == ["read", "design", "demean", "fit", "covariance", "output"])
        var timings = PhaseTimings()
        #expect(PhaseTimings.Phase.allCases.allSatisfy { timings[$0] == 0 } && timings.total == 0)
        timings.add(0.25, cpu: 0.5, to: .read)
        timings.add(0.5, to: .fit)
        timings.add(0.125, cpu: 0.25, to: .read)
        #expect(timings[.read] == 0.375 && timings[.fit] == 0.5 && timings[.design] == 0)
        #expect(timings.cpuSeconds(.read) == 0.75 && timings.cpuSeconds(.fit) == 0)
        #expect(timings.total == 0.875 && timings.cpuTotal == 0.75)
    }

    @Test("measure adds the body's wall-clock time, also when it throws, and returns its value")
    func measures() {
        struct Failure: Error {}
        var timings = PhaseTimings()
        let value = timings.measure(.design) { () -> Int in
            usleep(20_000)
            var spin = 0.0
            for index in 0..<2_000_000 { spin += Double(index & 7) }
            return spin > 0 ? 7 : 0
        }
        #expect(value == 7)
        #expect(timings[.design] >= 0.019 && timings[.design] < 5)
        #expect(timings.cpuSeconds(.design) > 0, "the busy loop used CPU time")
        #expect(timings.cpuSeconds(.design) < timings[.design] + 0.05, "one thread: CPU ≤ wall (sleep is not CPU)")
        #expect(throws: Failure.self) {
            try timings.measure(.output) { () throws(Failure) -> Int in
                usleep(10_000)
                throw Failure()
            }
        }
        #expect(timings[.output] >= 0.009)
    }

    @Test("text: a heading, one line per phase with milliseconds, then the total; phase names in both languages")
    func text() {
        var timings = PhaseTimings()
        timings.add(0.1204, cpu: 0.2251, to: .read)
        timings.add(0.0306, cpu: 0.0304, to: .demean)
        let lines = timings.text(language: .en).split(separator: "\n").map(String.init)
        #expect(lines == ["timings (wall clock; process CPU time):",
                          "  read        0.120 s  cpu 0.225 s", "  design      0.000 s  cpu 0.000 s",
                          "  demean      0.031 s  cpu 0.030 s", "  fit         0.000 s  cpu 0.000 s",
                          "  covariance  0.000 s  cpu 0.000 s", "  output      0.000 s  cpu 0.000 s",
                          "  total       0.151 s  cpu 0.256 s"])
        let chinese = timings.text(language: .zh).split(separator: "\n").map(String.init)
        #expect(chinese.first == "各阶段用时（墙钟时间；进程 CPU 时间）:" && Array(chinese.dropFirst()) == Array(lines.dropFirst()))
    }

    @Test("a regression request's phases: read, design, demean, fit and covariance measured; results as without timings")
    func request() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("phase-timings-\(getpid()).csv").path
        var rows = ["企业,年份,y,x"]
        var generator = SplitMix64(seed: 5)
        for firm in 0..<40 {
            for year in 2019...2023 {
                let x = generator.uniform(-1, 1)
                rows.append("F\(firm),\(year),\(0.5 * x + Double(firm % 7) + generator.uniform(-0.1, 0.1)),\(x)")
            }
        }
        try rows.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let request = RegressionRequest(path: path, formulas: [try Formula("y ~ x | 企业 + 年份")])
        var timings = PhaseTimings()
        let timed = try request.estimate(timings: &timings)
        let plain = try request.estimate()
        #expect(timed.map(\.coefficients) == plain.map(\.coefficients))
        for phase in [PhaseTimings.Phase.read, .design, .demean, .fit, .covariance] {
            #expect(timings[phase] > 0, "\(phase) measured")
        }
        #expect(timings[.output] == 0, "output is the caller's")
    }
}
