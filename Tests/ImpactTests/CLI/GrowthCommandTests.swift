import Foundation
import Testing

/// Rows of the first table of `impact … --format json` output.
func jsonRows(_ text: String) throws -> [[String: Any]] {
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    let tables = try #require(object?["tables"] as? [[String: Any]])
    return try #require(tables.first?["rows"] as? [[String: Any]])
}

@Suite("impact growth (binary)")
struct GrowthCommandTests {
    /// The report's pulls (section 四（四）) at its printed precision.
    static func pull(_ row: [String: Any]) -> Double { row["pull_pp"] as? Double ?? .nan }
    static func rounded(_ value: Double, _ decimals: Int) -> Double {
        let scale = pow(10, Double(decimals))
        return (value * scale).rounded() / scale
    }

    @Test("default run on the bundled panel: 8.2 for software, 2.97 for services")
    func bundledDefault() throws {
        let result = try CLIRunner.run(["growth", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try jsonRows(result.stdout)
        let bySector = Dictionary(uniqueKeysWithValues: rows.map { ($0["sector"] as? String ?? "", $0) })
        #expect(Self.rounded(Self.pull(try #require(bySector["软件和信息服务业"])), 1) == 8.2)
        #expect(Self.rounded(Self.pull(try #require(bySector["科技服务业"])), 2) == 2.97)
        #expect(bySector["软件和信息服务业"]?["supported_firms"] as? Int == 14)
    }

    @Test("industry output 2.53 and district R&D 3.26 from the panel")
    func industryAndRD() throws {
        let industry = try CLIRunner.run(["growth", "--value", "output_wan", "--only", "工业", "--format", "json"])
        #expect(industry.status == 0, "\(industry.stderr)")
        #expect(Self.rounded(Self.pull(try #require(jsonRows(industry.stdout).first)), 2) == 2.53)
        let rd = try CLIRunner.run(["growth", "--value", "rd_wan", "--supported", "support_line=研发投入",
                                    "--district", "--unit", "亿元", "--format", "json"])
        #expect(rd.status == 0, "\(rd.stderr)")
        let row = try #require(jsonRows(rd.stdout).first)
        #expect(Self.rounded(Self.pull(row), 2) == 3.26)
        // 13.13亿元 printed in 亿元 as asked.
        #expect(abs((row["increment"] as? Double ?? 0) - 13.13) < 1e-9)
    }

    @Test("from sector totals: all four pulls; text output shows percentage points")
    func fromTotals() throws {
        let result = try CLIRunner.run(["growth", "--totals", "datasets/chaoyang-2024/sector_totals.csv",
                                        "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let pulls = try jsonRows(result.stdout).map(Self.pull)
        #expect(pulls.count == 4)
        #expect(Self.rounded(pulls[0], 1) == 8.2)
        #expect(zip(pulls.dropFirst(), [2.97, 2.53, 3.26]).allSatisfy { Self.rounded($0, 2) == $1 })
        let text = try CLIRunner.run(["growth", "--totals", "datasets/chaoyang-2024/sector_totals.csv",
                                      "--lang", "en", "--unit", "yi"])
        #expect(text.stdout.contains("8.20 pp") && text.stdout.contains("208.70"))
    }

    @Test("--lines: the four report lines measured on the bundled panel")
    func lines() throws {
        let result = try CLIRunner.run(["growth", "--lines", "datasets/chaoyang-2024/sector_totals.csv",
                                        "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try jsonRows(result.stdout)
        #expect(rows.map { $0["supported_firms"] as? Int } == [14, 4, 8, 18])
        let pulls = rows.map(Self.pull)
        #expect(Self.rounded(pulls[0], 1) == 8.2)
        #expect(zip(pulls.dropFirst(), [2.97, 2.53, 3.26]).allSatisfy { Self.rounded($0, 2) == $1 })
        let conflicting = try CLIRunner.run(["growth", "--lines", "datasets/chaoyang-2024/sector_totals.csv",
                                             "--district"])
        #expect(conflicting.status != 0)
    }

    @Test("an unknown column: clear message, non-zero exit, no output file")
    func unknownColumn() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("out.csv")
        let result = try CLIRunner.run(["growth", "--value", "revenu_wan", "--format", "csv", "-o", target.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("did you mean 'revenue_wan'"))
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test("a duplicate firm-year: clear message, non-zero exit, no output file")
    func duplicateFirmYear() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("panel.csv")
        try """
        firm_id,year,sector,supported,revenue_wan
        a,2022,S,1,100
        a,2023,S,1,110
        b,2022,S,0,100
        b,2022,S,0,100
        b,2023,S,0,100

        """.write(to: data, atomically: true, encoding: .utf8)
        let target = folder.appendingPathComponent("out.json")
        let result = try CLIRunner.run(["growth", "--data", data.path, "--format", "json", "-o", target.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("b at 2022 in rows 3, 4"))
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test("an unknown unit in a number column: file, line, column and the text found; no output file")
    func unknownUnit() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("unit.csv")
        try """
        firm_id,year,sector,supported,revenue_wan
        a,2022,S,1,100
        a,2023,S,1,3吨
        b,2022,S,0,100
        b,2023,S,0,100

        """.write(to: data, atomically: true, encoding: .utf8)
        let target = folder.appendingPathComponent("out.csv")
        let result = try CLIRunner.run(["growth", "--data", data.path, "--format", "csv", "-o", target.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("unit.csv:3:5 (revenue_wan): found \"3吨\", expected a number"),
                "\(result.stderr)")
        #expect(!result.stderr.contains("holds text"))
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test("a zero previous-year total: names sector and year, non-zero exit, no output file")
    func zeroPriorTotal() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let totals = folder.appendingPathComponent("totals.csv")
        try """
        year,sector,increment_wan,prior_total_wan
        2023,工业,10,0

        """.write(to: totals, atomically: true, encoding: .utf8)
        let target = folder.appendingPathComponent("out.md")
        let result = try CLIRunner.run(["growth", "--totals", totals.path, "--format", "md", "-o", target.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("The 2022 total of sector '工业' is zero"))
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test("hand-worked leverage and contribution through the command line")
    func handWorked() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("panel.csv")
        // Supported a: 100 → 130, subsidy 10; unsupported b: 300 → 310.
        // Δ = 30; pull = 30/400 = 7.5; contribution = 30/40 = 75 %; leverage = 3.
        try """
        firm_id,year,sector,supported,subsidy_wan,revenue_wan
        a,2022,S,1,10,100
        a,2023,S,1,10,130
        b,2022,S,0,0,300
        b,2023,S,0,0,310

        """.write(to: data, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["growth", "--data", data.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let row = try #require(jsonRows(result.stdout).first)
        #expect(abs(Self.pull(row) - 7.5) < 1e-12)
        #expect(abs((row["contribution_pct"] as? Double ?? 0) - 75) < 1e-12)
        #expect(abs((row["leverage_per_wan"] as? Double ?? 0) - 3) < 1e-12)
    }
}

@Suite("impact growth: closed option sets")
struct GrowthClosedOptionTests {
    @Test("--unit and --sort-by list their values; a wrong one is refused with the choices")
    func closedOptions() throws {
        let help = try CLIRunner.run(["growth", "--help"])
        #expect(help.stdout.contains("元") && help.stdout.contains("亿元") && help.stdout.contains("contribution"))
        let unit = try CLIRunner.run(["growth", "--unit", "bogus"])
        #expect(unit.status != 0 && unit.stderr.contains("'亿元'"))
        let sort = try CLIRunner.run(["growth", "--sort-by", "bogus"])
        #expect(sort.status != 0 && sort.stderr.contains("'leverage'"))
        let supported = try CLIRunner.run(["growth", "--supported", "=x"])
        #expect(supported.status != 0 && supported.stderr.contains("needs both a column and a value"))
    }
}
