import Testing
@testable import Impact

@Suite("SplitMix64")
struct SplitMix64Tests {
    @Test("matches the reference sequence for seed 0")
    func referenceSequence() {
        // Vigna's splitmix64.c with x = 0: the first three outputs.
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }

    @Test("unit draws lie in [0, 1) and exact allocation keeps the total")
    func unitAndAllocation() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<1000 {
            let u = generator.nextUnit()
            #expect(u >= 0 && u < 1)
        }
        // The documented rule: round(100 × 1/3) = 33 twice, the last part takes the rest.
        let parts = allocateExactly(100, weights: [1, 1, 1])
        #expect(parts == [33, 33, 34])
    }
}
