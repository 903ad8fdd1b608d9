import Testing
import Impact

/// Typed accounting notes, their codes and sentences; the written support criterion; the
/// district's name worded in Reports.
@Suite("Accounting notes and support criteria")
struct AccountingNoteTests {
    @Test("each note has a stable code and a sentence in both languages")
    func codes() {
        let notes: [AccountingNote] = [
            .supportedFirms(.flag(column: "supported")),
            .supportedIncrement(.category(column: "support_line", value: "研发投入"), year: 2023),
            .fromSectorTotals, .bySupportLine(column: "support_line"), .fromFirmPanel(file: "panel.csv"),
        ]
        #expect(notes.map(\.code) == ["supported_firms", "supported_increment", "from_sector_totals",
                                      "by_support_line", "from_firm_panel"])
        #expect(notes[1].wording.en == "Supported firms: support_line = 研发投入; increment = Σ(2023 value − 2022 value).")
        #expect(notes[1].jsonValue == .object(["code": .string("supported_increment"), "message": .string(notes[1].wording.en)]))
        #expect(notes.allSatisfy { $0.wording.zh != $0.wording.en })
    }

    @Test("growth and R&D tables carry typed notes, listed with codes in JSON")
    func tablesCarryNotes() throws {
        let panel = try AccountingTestPanels.tiny()
        let growth = try GrowthAccounting(value: "revenue_wan").effects(in: panel, year: 2023)
        #expect(growth.notes == [.supportedIncrement(.flag(column: "supported"), year: 2023), .balancedPairs(year: 2023)])
        guard case let .array(notes)? = growth.jsonValue(language: .en)["notes"] else {
            Issue.record("no notes in the growth JSON"); return
        }
        #expect(notes.map { $0["code"] } == [.string("supported_increment"), .string("balanced_pairs")])
        let rd = try RDIntensityAccounting().intensities(in: panel, year: 2023)
        #expect(rd.notes == [.supportedFirms(.flag(column: "supported")), .completeFirms(year: 2023)])
        #expect(rd.groups.last?.name == LocalizedText(zh: "全部行业", en: "All sectors"))
        #expect(rd.groups.last?.sector == nil && rd.groups.last?.spansAllSectors == true)
    }

    @Test("COLUMN=VALUE is one support line, a bare name a 0/1 flag; incomplete text is an error")
    func parsing() throws {
        #expect(try SupportCriterion(parsing: "support_line=研发投入") == .category(column: "support_line", value: "研发投入"))
        #expect(try SupportCriterion(parsing: "a=b=c") == .category(column: "a", value: "b=c"))
        #expect(try SupportCriterion(parsing: "supported") == .flag(column: "supported"))
        #expect(throws: SupportCriterionError.incompleteCategory("=x")) { try SupportCriterion(parsing: "=x") }
        #expect(throws: SupportCriterionError.incompleteCategory("x=")) { try SupportCriterion(parsing: "x=") }
        #expect(throws: SupportCriterionError.empty) { try SupportCriterion(parsing: "") }
        #expect(SupportCriterionError.incompleteCategory("=x").description.hasSuffix("(e.g. support_line=研发投入)."))
    }

    @Test("the district is named in Reports; a sector keeps the data's names")
    func groupNames() {
        #expect(EffectGroup.district.name == LocalizedText(zh: "全区", en: "District"))
        #expect(EffectGroup.district.key == SectorEffectTable.districtScope)
        #expect(EffectGroup.sector("工业", english: "Industry").name == LocalizedText(zh: "工业", en: "Industry"))
        #expect(EffectGroup.sector("工业").name == LocalizedText(verbatim: "工业"))
        #expect(SectorRanking.pull.rankHeader.zh == "拉动排名")
    }
}
