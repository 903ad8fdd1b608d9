import Foundation
import Testing
@testable import Impact

/// The huge-page advice is read back from the kernel: `/proc/self/smaps` lists each mapping
/// with its `VmFlags`, where `hg` marks `madvise(MADV_HUGEPAGE)`.
@Suite("Huge-page advice")
struct HugePageAdviceTests {
    /// The flags of the mapping that holds `address`, or `nil` off Linux.
    private static func flags(of address: UnsafeRawPointer) -> [String]? {
        // procfs files report size 0: read to the end instead of by size.
        guard let handle = FileHandle(forReadingAtPath: "/proc/self/smaps"),
              let smaps = String(data: handle.readDataToEndOfFile(), encoding: .utf8) else { return nil }
        let target = UInt(bitPattern: address)
        var inside = false
        for line in smaps.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if let range = fields.first, range.contains("-"), !range.hasSuffix(":") {
                let bounds = range.split(separator: "-").compactMap { UInt($0, radix: 16) }
                inside = bounds.count == 2 && bounds[0] <= target && target < bounds[1]
            } else if inside, fields.first == "VmFlags:" {
                return fields.dropFirst().map(String.init)
            }
        }
        return nil
    }

    /// The flags of the mapping holding the middle of `values`.
    private static func middleFlags(_ values: [Double]) -> [String]? {
        values.withUnsafeBufferPointer { buffer in
            flags(of: UnsafeRawPointer(buffer.baseAddress! + buffer.count / 2))
        }
    }

    @Test("8 MB is advised onto huge pages; 128 MB, over the ceiling, is not",
          .enabled(if: FileManager.default.fileExists(atPath: "/sys/kernel/mm/transparent_hugepage/enabled"),
                   "needs Linux with transparent huge pages"))
    func adviceBetweenThresholdAndCeiling() throws {
        let megabyte = 1 << 20 / MemoryLayout<Double>.stride
        let medium = [Double](onHugePagesRepeating: 1, count: 8 * megabyte)
        let large = [Double](onHugePagesRepeating: 1, count: 128 * megabyte)
        let mediumFlags = try #require(Self.middleFlags(medium))
        let largeFlags = try #require(Self.middleFlags(large))
        #expect(mediumFlags.contains("hg"))
        #expect(!largeFlags.contains("hg"))
        let mediumBytes = medium.count * MemoryLayout<Double>.stride, largeBytes = large.count * MemoryLayout<Double>.stride
        #expect(mediumBytes <= ProcessMemory.hugePageCeiling && largeBytes > ProcessMemory.hugePageCeiling)
    }
}
