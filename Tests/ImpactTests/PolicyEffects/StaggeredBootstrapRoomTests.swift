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

    @Test("the bootstrapped result holds no memory for the room of the aggregation columns",
          .enabled(if: ResidentPages.isAvailable, "needs Linux (mincore)"))
    func roomGivenBack() throws {
        let panel = try Self.panel()
        let fitted = try CallawaySantAnna().fit(panel, bootstrapRoom: true)
        let n = fitted.unitCount, cells = fitted.effects.count
        let boot = try StaggeredResult.bootstrapping(fitted, StaggeredMultiplierBootstrap(replications: 49, seed: 5), clusters: nil)
        #expect(boot.influence.rows == n && boot.influence.columns == cells)
        // The room (filled by the aggregation columns during the bootstrap) spans whole pages,
        // none of them resident any more.
        let room = try #require(ResidentPages.beyondElements(of: boot.influence.storage))
        #expect(room.pages > 0 && room.resident == 0, "\(room)")
        let viaEstimate = try CallawaySantAnna().estimate(
            try Self.table(panel), id: "firm", time: "year", cohort: "cohort", outcome: "y",
            bootstrap: StaggeredMultiplierBootstrap(replications: 49, seed: 5))
        let roomViaEstimate = try #require(ResidentPages.beyondElements(of: viaEstimate.influence.storage))
        #expect(roomViaEstimate.pages > 0 && roomViaEstimate.resident == 0, "\(roomViaEstimate)")
        #expect(viaEstimate == boot)
    }

    /// The panel as a long table (one row per firm and period), as `estimate` reads it.
    private static func table(_ panel: StaggeredPanel) throws -> Table {
        var firms: [String?] = [], years: [Double] = [], cohorts: [Double] = [], outcomes: [Double] = []
        for unit in 0..<panel.unitCount {
            for (t, year) in panel.periods.enumerated() {
                firms.append(panel.units[unit])
                years.append(Double(year))
                cohorts.append(Double(panel.cohorts[unit]))
                outcomes.append(panel.outcome(unit: unit, periodIndex: t))
            }
        }
        return try Table(columns: [("firm", .categorical(CategoricalColumn(firms))), ("year", .numeric(NumericColumn(values: years))),
                                   ("cohort", .numeric(NumericColumn(values: cohorts))), ("y", .numeric(NumericColumn(values: outcomes)))])
    }
}
