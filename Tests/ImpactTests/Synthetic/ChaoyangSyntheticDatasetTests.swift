import Foundation
import Testing
import Impact

@Suite("Synthetic dataset chaoyang-2024")
struct ChaoyangSyntheticDatasetTests {
    let dataset = ChaoyangSyntheticDataset()

    @Test("regenerating gives the committed files byte for byte")
    func regenerationMatchesCommittedFiles() throws {
        for file in dataset.files {
            let committed = try ChaoyangFiles.bytes(file.name)
            #expect(committed == Data(file.contents.utf8), "\(file.name) differs from the generator's output; regenerate with `impact generate chaoyang-2024 --out datasets/chaoyang-2024`")
        }
    }

    @Test("another seed gives another panel, the same seed the same")
    func seedMatters() {
        #expect(ChaoyangSyntheticDataset(seed: 1).panelCSV != dataset.panelCSV)
        #expect(ChaoyangSyntheticDataset(seed: 1).panelCSV == ChaoyangSyntheticDataset(seed: 1).panelCSV)
    }

    @Test("calibration holds for other seeds too")
    func calibrationIsSeedIndependent() {
        for seed: UInt64 in [1, 2, 3] {
            let firms = ChaoyangSyntheticDataset(seed: seed).firms
            let supported = firms.filter(\.isSupported)
            #expect(supported.count == 97)
            // 11513.2万元 = 1,151,320 hundredths (report 一（一）).
            #expect(supported.reduce(0) { $0 + $1.subsidyHundredths } == 1_151_320)
            // 208.7亿元 = 208,700,000 hundredths of 万元 (report 四（四）).
            let software = supported.filter { $0.supportLine == "软件规模化" }
            #expect(software.reduce(0) { $0 + $1.revenue[4] - $1.revenue[3] } == 208_700_000)
        }
    }
}
