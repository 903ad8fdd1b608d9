import Foundation
import Testing

/// `impact did` reads only the columns its design uses; the result is the one of reading
/// every column. The wide file carries a trap: a column `营收(万元)` with the cell `12千元`,
/// which the reader refuses (an unknown unit) whenever it parses that column, so a `did`
/// that read a column it does not need would fail here instead of passing unnoticed.
@Suite("impact did: reading only the used columns")
struct DiDColumnSelectionTests {
    /// Six firms × two years with columns the design does not use (text with blanks, a
    /// Chinese name, a post_2021 column) around the ones it does.
    static let csv = """
        企业名称,firm_id,note,year,treated,post,区域,y,x,post_2021
        甲公司,F1,,2020,1,0,东城,10.0,1.5,0
        甲公司,F1,a,2021,1,1,东城,13.5,1.0,1
        乙公司,F2,b,2020,1,0,西城,11.0,0.5,0
        乙公司,F2,,2021,1,1,西城,14.0,2.5,1
        丙公司,F3,c,2020,0,0,东城,9.0,1.0,0
        丙公司,F3,d,2021,0,1,东城,10.0,2.0,1
        丁公司,F4,,2020,0,0,西城,12.0,0.0,0
        丁公司,F4,e,2021,0,1,西城,12.5,1.5,1
        戊公司,F5,f,2020,1,0,东城,8.0,2.0,0
        戊公司,F5,,2021,1,1,东城,11.5,1.0,1
        己公司,F6,g,2020,0,0,西城,10.0,1.0,0
        己公司,F6,h,2021,0,1,西城,10.5,0.5,1

        """

    /// ``csv`` with one more unused column, `营收(万元)`, whose cell `12千元` (F3, 2021) is
    /// refused by the reader whenever the column is parsed: reading it fails the command.
    static let trapped = """
        企业名称,firm_id,note,year,treated,post,区域,y,x,post_2021,营收(万元)
        甲公司,F1,,2020,1,0,东城,10.0,1.5,0,120
        甲公司,F1,a,2021,1,1,东城,13.5,1.0,1,135
        乙公司,F2,b,2020,1,0,西城,11.0,0.5,0,110
        乙公司,F2,,2021,1,1,西城,14.0,2.5,1,140
        丙公司,F3,c,2020,0,0,东城,9.0,1.0,0,90
        丙公司,F3,d,2021,0,1,东城,10.0,2.0,1,12千元
        丁公司,F4,,2020,0,0,西城,12.0,0.0,0,120
        丁公司,F4,e,2021,0,1,西城,12.5,1.5,1,125
        戊公司,F5,f,2020,1,0,东城,8.0,2.0,0,80
        戊公司,F5,,2021,1,1,东城,11.5,1.0,1,115
        己公司,F6,g,2020,0,0,西城,10.0,1.0,0,100
        己公司,F6,h,2021,0,1,西城,10.5,0.5,1,105

        """

    /// The same rows with only the columns the pooled design with `x` uses.
    static let narrow = """
        firm_id,year,treated,post,y,x,区域
        F1,2020,1,0,10.0,1.5,东城
        F1,2021,1,1,13.5,1.0,东城
        F2,2020,1,0,11.0,0.5,西城
        F2,2021,1,1,14.0,2.5,西城
        F3,2020,0,0,9.0,1.0,东城
        F3,2021,0,1,10.0,2.0,东城
        F4,2020,0,0,12.0,0.0,西城
        F4,2021,0,1,12.5,1.5,西城
        F5,2020,1,0,8.0,2.0,东城
        F5,2021,1,1,11.5,1.0,东城
        F6,2020,0,0,10.0,1.0,西城
        F6,2021,0,1,10.5,0.5,西城

        """

    @Test("wide and narrow files give the same JSON, with a covariate and a subset on another column")
    func sameResult() throws {
        let wide = try TemporaryFile.write(Self.trapped, "wide.csv"), narrow = try TemporaryFile.write(Self.narrow, "narrow.csv")
        for extra in [[String](), ["--fe"], ["--covariates", "x", "--subset", "区域 == '东城' | y > 11"]] {
            let arguments = ["--outcome", "y", "--format", "json"] + extra
            let fromWide = try CLIRunner.run(["did", "--data", wide] + arguments)
            let fromNarrow = try CLIRunner.run(["did", "--data", narrow] + arguments)
            // Fails (the trap column refused) if `did` parses a column it does not use.
            #expect(fromWide.status == 0, "\(extra): \(fromWide.stderr)")
            #expect(!fromWide.stdout.isEmpty && fromWide.stdout == fromNarrow.stdout, "\(extra)")
        }
        // The trap is live: naming the column (here in --subset) makes `did` read it, and the
        // reader refuses the cell, naming it.
        let reading = try CLIRunner.run(["did", "--data", wide, "--outcome", "y", "--subset", "营收 > 0"])
        #expect(reading.status != 0)
        #expect(reading.stderr.contains("12千元"), "\(reading.stderr)")
        // 2×2 by hand: treated (13.5 + 14 + 11.5)/3 − (10 + 11 + 8)/3 = 3.3333…, control
        // (10 + 12.5 + 10.5)/3 − (9 + 12 + 10)/3 = 0.6667, ATT 2.6667.
        let run = try CLIRunner.run(["did", "--data", wide, "--outcome", "y", "--format", "json"])
        let json = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(abs(((json["att"] as? NSNumber)?.doubleValue ?? 0) - 8.0 / 3) < 1e-12)
        #expect(json["treated_units"] as? Int == 3 && json["control_units"] as? Int == 3)
    }

    @Test("--post-year beside a column of that name, and an unknown outcome, behave as with every column")
    func probesAndErrors() throws {
        let wide = try TemporaryFile.write(Self.csv, "wide.csv")
        let year = try CLIRunner.run(["did", "--data", wide, "--outcome", "y", "--post-year", "2021", "--format", "json"])
        #expect(year.status == 0, "\(year.stderr)")
        #expect(year.stdout.contains("post_from_2021"), "the file's post_2021 is seen, so the built one is renamed")
        let missing = try CLIRunner.run(["did", "--data", wide, "--outcome", "sales"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("sales"), "\(missing.stderr)")
    }
}
