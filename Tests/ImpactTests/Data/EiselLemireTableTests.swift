import Foundation
import Testing
@testable import Impact

/// The generated power-of-ten table of the Eisel–Lemire conversion: its entries where they
/// can be checked in 128-bit integers, and the committed file against its generator.
@Suite("Eisel–Lemire table")
struct EiselLemireTableTests {
    /// Entry `e` as one 128-bit integer.
    static func entry(_ e: Int) -> UInt128 {
        let index = 2 * (e - eiselLemireMinimumExponent)
        return UInt128(eiselLemirePowersOfTen[index]) << 64 | UInt128(eiselLemirePowersOfTen[index + 1])
    }

    @Test("covers 10^-348 … 10^347 with two words per power")
    func range() {
        #expect(eiselLemireMinimumExponent == -348 && eiselLemireMaximumExponent == 347)
        #expect(eiselLemirePowersOfTen.count == 2 * (347 + 348 + 1))
        for e in eiselLemireMinimumExponent...eiselLemireMaximumExponent {
            #expect(Self.entry(e) >> 127 == 1, "entry 1e\(e) is not normalised")
        }
    }

    @Test("entries 10^0 … 10^55 are the powers of five shifted to 128 bits, exactly")
    func exactPowersOfFive() {
        var power: UInt128 = 1
        for e in 0...55 {
            let expected = power << power.leadingZeroBitCount
            #expect(Self.entry(e) == expected, "1e\(e)")
            if e < 55 { power *= 5 }
        }
    }

    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    } ?? ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
        .map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("EiselLemireTable.swift is byte for byte what scripts/generate-eisel-lemire-table writes",
          .enabled(if: python != nil, "needs python3"))
    func generatorReproducesTheFile() throws {
        let root = CLIRunner.repositoryRoot
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.python))
        process.arguments = [root.appendingPathComponent("scripts/generate-eisel-lemire-table").path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let generated = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let committed = try Data(contentsOf: root.appendingPathComponent("Sources/Impact/Data/EiselLemireTable.swift"))
        #expect(generated == committed)
    }
}
