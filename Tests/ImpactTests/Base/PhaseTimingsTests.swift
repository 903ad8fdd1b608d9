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

    @Test("text: a heading, one line per phase with milliseconds and the peak memory, then the total; phase names in both languages")
    func text() {
        var timings = PhaseTimings()
        timings.add(0.1204, cpu: 0.2251, peakResident: 100 * 1_048_576, to: .read)
        timings.add(0.0306, cpu: 0.0304, peakResident: 3 * 524_288 + 100 * 1_048_576, to: .demean)
        timings.add(0.001, cpu: 0.0012, peakResident: 50 * 1_048_576, to: .demean)
        let lines = timings.text(language: .en).split(separator: "\n").map(String.init)
        #expect(lines == ["timings (wall clock; process CPU time; peak resident memory after the phase):",
                          "  read        0.120 s  cpu 0.225 s  peak 100.0 MiB",
                          "  design      0.000 s  cpu 0.000 s  peak 0.0 MiB",
                          "  demean      0.032 s  cpu 0.032 s  peak 101.5 MiB",
                          "  fit         0.000 s  cpu 0.000 s  peak 0.0 MiB",
                          "  covariance  0.000 s  cpu 0.000 s  peak 0.0 MiB",
                          "  output      0.000 s  cpu 0.000 s  peak 0.0 MiB",
                          "  total       0.152 s  cpu 0.257 s  peak 101.5 MiB"])
        let chinese = timings.text(language: .zh).split(separator: "\n").map(String.init)
        #expect(chinese.first == "各阶段用时（墙钟时间；进程 CPU 时间；阶段结束时的峰值常驻内存）:"
                && Array(chinese.dropFirst()) == Array(lines.dropFirst()))
    }

    @Test("peak resident memory: measured phases carry the process's high-water mark, which never falls")
    func peakMemory() {
        var timings = PhaseTimings()
        let before = ProcessMemory.peakResidentBytes()
        #expect(before > 1_048_576, "a running test process holds more than 1 MiB")
        let touched = timings.measure(.design) { () -> Int in
            // 64 MiB touched page by page: the mark rises by about as much unless it was higher already.
            let bytes = 64 << 20
            let block = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes, alignment: 4096)
            defer { block.deallocate() }
            for offset in stride(from: 0, to: bytes, by: 4096) { block[offset] = 1 }
            return Int(block[bytes - 4096])
        }
        #expect(touched == 1)
        #expect(timings.peakResidentBytes(.design) >= before, "the mark is read after the phase")
        #expect(timings.peakResidentBytes(.design) >= 64 << 20, "the 64 MiB block was resident during the phase")
        #expect(timings.peakResidentBytes(.read) == 0, "not measured")
        timings.measure(.fit) { }
        #expect(timings.peakResidentBytes(.fit) >= timings.peakResidentBytes(.design), "the high-water mark never falls")
        #expect(timings.peakResidentTotal == timings.peakResidentBytes(.fit))
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
            #expect(timings.peakResidentBytes(phase) > 1_048_576, "\(phase): peak memory measured")
        }
        #expect(timings.peakResidentBytes(.covariance) >= timings.peakResidentBytes(.read), "the mark never falls")
        #expect(timings[.output] == 0 && timings.peakResidentBytes(.output) == 0, "output is the caller's")
    }
}
