import Testing
import Impact

@Suite("SectorEffectRequest: the growth defaults in one place")
struct SectorEffectRequestTests {
    @Test("defaults: revenue_wan, subsidy_wan when present, the supported flag, the latest year")
    func defaults() throws {
        let panel = try AccountingTestPanels.tiny()
        let request = SectorEffectRequest(source: .panel(panel))
        #expect(request.supportCriterion(nil) == .standard && SupportCriterion.standard == .flag(column: "supported"))
        let viaRequest = try request.effects()
        let byHand = try GrowthAccounting(value: "revenue_wan", support: .flag(column: "supported"),
                                          subsidy: "subsidy_wan").effects(in: panel, year: 2023)
        #expect(viaRequest == byHand)
        // Leverage is there because the subsidy column was found: sector A 25 over 15 万元.
        #expect(abs(viaRequest.effects[0].leverage! - 25.0 / 15) < 1e-12)
    }

    @Test("a subsidy column given becomes the support criterion unless one is named")
    func subsidyCriterion() throws {
        let panel = try AccountingTestPanels.tiny()
        let request = SectorEffectRequest(source: .panel(panel), subsidy: "award")
        #expect(request.supportCriterion(nil) == .subsidy(column: "award"))
        let named = SupportCriterion.category(column: "support_line", value: "研发投入")
        #expect(request.supportCriterion(named) == named)
    }

    @Test("a panel without subsidy_wan gives no leverage instead of an error")
    func noSubsidyColumn() throws {
        let full = try AccountingTestPanels.tiny()
        let kept = zip(full.columnNames, full.columns).filter { $0.0 != "subsidy_wan" }
        let panel = try Table(columns: kept.map { (name: $0.0, column: $0.1) })
        let table = try SectorEffectRequest(source: .panel(panel), year: 2023).effects()
        #expect(table.effects.allSatisfy { $0.leverage == nil })
    }
}
