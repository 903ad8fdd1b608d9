import Foundation
import Testing
@testable import Impact

/// Callaway–Sant'Anna reserves room for the bootstrap's aggregation columns only when a
/// bootstrap is asked for; the numbers are the same either way.
@Suite("Callaway–Sant'Anna: bootstrap room only with a bootstrap")
struct StaggeredBootstrapRoomTests {
    private static func panel() throws -> StaggeredPanel {
        var generator = SplitMix64(seed: 8)
        return try StaggeredMonteCarloTests.draw(&generator).panel
    }

    @Test("without a bootstrap the influence storage holds room for the cells only; with one, for the aggregations too")
    func room() throws {
        let panel = try Self.panel()
        let estimator = CallawaySantAnna()
        let plain = try estimator.fit(panel)
        let roomy = try estimator.fit(panel, bootstrapRoom: true)
        let n = plain.unitCount
        let bootstrapBound = n * CallawaySantAnna.influenceColumnBound(groups: plain.groups.count, periods: plain.periods.count,
                                                                        bootstrapRoom: true)
        let cellBound = n * CallawaySantAnna.influenceColumnBound(groups: plain.groups.count, periods: plain.periods.count,
                                                                   bootstrapRoom: false)
        #expect(cellBound == n * plain.groups.count * plain.periods.count && cellBound >= plain.influence.storage.count)
        #expect(plain.influence.storage.capacity < bootstrapBound, "\(plain.influence.storage.capacity) ≥ \(bootstrapBound)")
        #expect(roomy.influence.storage.capacity >= bootstrapBound)
        #expect(plain == roomy)
    }

    @Test("the bootstrap gives the same result from a fit with or without the room")
    func sameBootstrap() throws {
        let panel = try Self.panel()
        let bootstrap = StaggeredMultiplierBootstrap(replications: 199, seed: 3)
        let withoutRoom = try CallawaySantAnna().fit(panel).withMultiplierBootstrap(bootstrap)
        let withRoom = try StaggeredResult.bootstrapping(CallawaySantAnna().fit(panel, bootstrapRoom: true), bootstrap, clusters: nil)
        #expect(withoutRoom == withRoom)
        #expect(withoutRoom.bootstrap != nil)
        // The in-place bootstrap gives back the cells' influence functions unchanged (a fit
        // without a bootstrap is the peer).
        #expect(withRoom.influence == (try CallawaySantAnna().fit(panel)).influence)
    }
}
