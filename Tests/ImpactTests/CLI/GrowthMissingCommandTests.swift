import Foundation
import Testing

/// `impact growth` / `impact rd` with a blank cell: the rule and the firms left out are
/// printed under the table and listed in the JSON; `--missing error` refuses.
@Suite("impact growth --missing (binary)")
struct GrowthMissingCommandTests {
    /// Sector 工业: a (supported, subsidy 10) 100 → 130; b 200 → 210; c blank in 2022, 900 in
    /// 2023. Balanced pairs: prior 300, current 340, Δsupported 30, pull 30/300 = 10 pp,
    /// growth 40/300 = 13.33 %, contribution 30/40 = 75 %. (With c in 2023 only: growth 313 %.)
    static let panel = """
    firm_id,year,sector,supported,subsidy_wan,revenue_wan,rd_wan
    a,2022,工业,1,10,100,5
    a,2023,工业,1,10,130,6
    b,2022,工业,0,0,200,2
    b,2023,工业,0,0,210,
    c,2022,工业,0,0,,1
    c,2023,工业,0,0,900,9

    """

    @Test("drop (default): the blank firm leaves both years, the notes say so in text and JSON")
    func dropByDefault() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("panel.csv")
        try Self.panel.write(to: data, atomically: true, encoding: .utf8)
        let json = try CLIRunner.run(["growth", "--data", data.path, "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let row = try #require(try jsonRows(json.stdout).first)
        #expect(abs((row["pull_pp"] as? Double ?? .nan) - 10) < 1e-9)
        #expect(abs((row["contribution_pct"] as? Double ?? .nan) - 75) < 1e-9)
        #expect(json.stdout.contains("\"firms_left_out\""))
        #expect(json.stdout.contains("工业: 1 firm(s) lacking the 2022 or 2023 value left out (0 supported, 1 unsupported)."))
        let text = try CLIRunner.run(["growth", "--data", data.path, "--lang", "en"])
        #expect(text.stdout.contains("Rule (balanced pairs)"), "\(text.stdout)")
    }

    @Test("--missing error refuses, naming every firm and data row; rd states its own rule")
    func refuse() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("panel.csv")
        try Self.panel.write(to: data, atomically: true, encoding: .utf8)
        let growth = try CLIRunner.run(["growth", "--data", data.path, "--missing", "error"])
        #expect(growth.status != 0)
        #expect(growth.stderr.contains(data.path + ": firm 'c', 2022, data row 5 (revenue_wan): no value of \"revenue_wan\""),
                "\(growth.stderr)")
        let rd = try CLIRunner.run(["rd", "--data", data.path, "--missing", "error"])
        #expect(rd.status != 0)
        #expect(rd.stderr.contains(data.path + ": firm 'b', 2023, data row 4 (rd_wan): no value of \"rd_wan\""), "\(rd.stderr)")
        #expect(rd.stderr.contains("no increment is needed"))
        #expect(!rd.stderr.contains("increment cannot be computed"))
        let unknownLine = try CLIRunner.run(["growth", "--data", data.path, "--supported", "sector=农业"])
        #expect(unknownLine.status != 0)
        #expect(unknownLine.stderr.contains("No firm has 'sector' = '农业'; the values that occur are: 工业."))
    }
}
