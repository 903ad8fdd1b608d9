import Foundation
import Testing
@testable import Impact

/// The multiplier bootstrap's memory-saving mechanics: multipliers drawn into a reused
/// buffer (with a smaller last block), one joined influence matrix, and unit keys coded from
/// category codes.
@Suite("Callaway–Sant'Anna bootstrap blocks and panel keys")
struct StaggeredBootstrapBlockTests {
    @Test("filling a buffer draws each multiplier from one generator step, the same in pieces as at once")
    func fillFollowsTheDefinition() {
        let phi = (1 + 5.0.squareRoot()) / 2
        for weights in StaggeredMultiplierWeights.allCases {
            // The definitions: Rademacher −1 when the top bit of the next 64 bits is 0, else +1;
            // Mammen 1 − φ when the next uniform is below φ/√5, else φ.
            var one = SplitMix64(seed: 11)
            let expected: [Double] = (0..<1_001).map { _ in
                switch weights {
                case .rademacher: one.next() >> 63 == 0 ? -1 : 1
                case .mammen: one.nextUnit() < phi / 5.0.squareRoot() ? 1 - phi : phi
                }
            }
            var many = SplitMix64(seed: 11), pieces = SplitMix64(seed: 11)
            #expect(weights.draws(1_001, using: &many) == expected)
            #expect(one.state == many.state)
            let inPieces = weights.draws(1, using: &pieces) + weights.draws(500, using: &pieces)
                + weights.draws(500, using: &pieces)
            #expect(inPieces == expected && pieces.state == many.state)
        }
    }

    @Test("several blocks and a smaller last one give the statistics of all multipliers at once")
    func partialLastBlock() throws {
        // 5,000 firms: blocks of 2^22 / 5,000 = 838 replications, so 999 = 838 + 161.
        let n = 5_000, k = 3
        let bootstrap = StaggeredMultiplierBootstrap(replications: 999, seed: 4, weights: .rademacher)
        #expect(bootstrap.blockSize(clusterCount: n) == 838)
        var generator = SplitMix64(seed: 77)
        let influence = Matrix(rows: n, columns: k, storage: (0..<(n * k)).map { _ in generator.uniform(-1, 1) })
        let statistics = try bootstrap.statistics(of: influence, clusters: nil)
        #expect(statistics.rows == 999 && statistics.columns == k)
        // Replication b's multipliers are draws b·n ..< (b + 1)·n of the generator.
        var draws = SplitMix64(seed: 4)
        for b in 0..<999 {
            var sums = [Double](repeating: 0, count: k)
            for (i, v) in StaggeredMultiplierWeights.rademacher.draws(n, using: &draws).enumerated() {
                for j in 0..<k { sums[j] += v * influence[i, j] }
            }
            for j in 0..<k {
                let expected = sums[j] / Double(n).squareRoot()
                #expect(abs(statistics[b, j] - expected) < 1e-11 * max(1, abs(expected)))
            }
        }
    }

    @Test("the joined matrix holds the cells' and every aggregation's influence functions in the bootstrap's layout")
    func joinedInfluence() throws {
        let (panel, _) = try { var generator = SplitMix64(seed: 8); return try StaggeredMonteCarloTests.draw(&generator) }()
        let result = try CallawaySantAnna().fit(panel)
        let count = StaggeredAggregation.allCases.reduce(0) { $0 + 1 + result.componentKeys($1).count }
        let (joined, layout) = result.influenceWithAggregations(aggregateColumnCount: count)
        #expect(joined.rows == result.unitCount && joined.columns == result.effects.count + count)
        for k in result.effects.indices { #expect(joined.column(k) == result.influence.column(k)) }
        for kind in StaggeredAggregation.allCases {
            let pieces = result.aggregationPieces(kind), columns = try #require(layout[kind])
            #expect(joined.column(columns.overall) == pieces.overall.influence)
            #expect(Array(columns.components) == Array((columns.overall + 1)..<(columns.overall + 1 + pieces.parts.count)))
            for (part, column) in zip(pieces.parts, columns.components) { #expect(joined.column(column) == part.value.influence) }
            #expect(pieces.parts.map(\.key) == result.componentKeys(kind))
        }
    }

    @Test("unit keys: categories with one label are one unit; numeric ids are written without .0")
    func unitKeys() throws {
        // Two categories labelled 甲 (as a hand-built column may have), a blank, and 乙.
        let table = try Table(columns: [
            ("企业", .categorical(CategoricalColumn(codes: [1, 0, -1, 2, 1], levels: ["甲", "乙", "甲"]))),
            ("编号", .numeric(NumericColumn([7, 3, nil, 7, 12.5]))),
        ])
        let categorical = try PanelUnitKeys(table, "企业")
        #expect((0..<5).map(categorical.isPresent) == [true, true, false, true, true])
        let coded = categorical.codes(rows: [0, 1, 3, 4])
        #expect(coded.codes == [0, 1, 1, 0] && coded.names == ["乙", "甲"])
        let numeric = try PanelUnitKeys(table, "编号")
        #expect((0..<5).map(numeric.isPresent) == [true, true, false, true, true])
        let numbers = numeric.codes(rows: [0, 1, 3, 4])
        #expect(numbers.codes == [0, 1, 0, 2] && numbers.names == ["7", "3", "12.5"])
    }
}

extension StaggeredResult {
    /// The influence functions of the cells (the columns of ``influence``) and of every
    /// aggregation side by side, `n × (effects.count + aggregateColumnCount)`, built as
    /// `bootstrapping` builds it in place (``appendAggregations(_:to:cellCount:)``), and where each aggregation's columns sit.
    /// `aggregateColumnCount` is Σ (1 + ``componentKeys(_:)``.count).
    func influenceWithAggregations(aggregateColumnCount: Int)
        -> (matrix: Matrix, layout: [StaggeredAggregation: StaggeredBootstrapStatistics.AggregationColumns]) {
        var storage = [Double]()
        storage.reserveCapacityOnHugePages(unitCount * (effects.count + aggregateColumnCount))
        storage += influence.storage
        var pieces = StaggeredAggregation.allCases.map { aggregationPieces($0) }
        let layout = Self.appendAggregations(&pieces, to: &storage, cellCount: effects.count)
        return (Matrix(rows: unitCount, columns: effects.count + aggregateColumnCount, storage: storage), layout)
    }
}
