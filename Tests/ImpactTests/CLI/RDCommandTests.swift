import Foundation
import Testing

@Suite("impact rd (binary)")
struct RDCommandTests {
    @Test("supported firms' aggregate intensity on the bundled panel is 7.8 % at one decimal")
    func bundled() throws {
        let result = try CLIRunner.run(["rd", "--format", "json", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try jsonRows(result.stdout)
        let supported = try #require(rows.last)
        #expect(supported["sector"] as? String == "All sectors")
        #expect(supported["firms_group"] as? String == "Supported firms")
        #expect(supported["firms"] as? Int == 97)
        let aggregate = try #require(supported["aggregate_pct"] as? Double)
        #expect((aggregate * 10).rounded() / 10 == 7.8)
    }

    @Test("aggregate and mean of ratios differ, worked by hand")
    func handWorked() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("panel.csv")
        // Supported: a 10/100 (10 %), b 90/300 (30 %): aggregate 100/400 = 25 %, mean 20 %.
        try """
        firm_id,year,sector,supported,revenue_wan,rd_wan
        a,2023,S,1,100,10
        b,2023,S,1,300,90
        c,2023,S,0,600,6

        """.write(to: data, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["rd", "--data", data.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let supported = try #require(try jsonRows(result.stdout).last)
        #expect(abs((supported["aggregate_pct"] as? Double ?? 0) - 25) < 1e-12)
        #expect(abs((supported["mean_of_ratios_pct"] as? Double ?? 0) - 20) < 1e-12)
    }

    @Test("an unknown column exits non-zero with the nearest name")
    func unknownColumn() throws {
        let result = try CLIRunner.run(["rd", "--rd", "rd_wna"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("did you mean 'rd_wan'"))
        #expect(result.stdout.isEmpty)
    }
}
