import Foundation

/// One hostile or malformed input to a command and the outcome it must have.
struct HostileCase: Sendable, CustomStringConvertible {
    /// What an input must lead to.
    enum Outcome: Sendable {
        /// A clear error: this exit status, a message on standard error containing `message`,
        /// nothing on standard output and no `-o` file.
        case error(status: Int32, message: String)
        /// A correct result: exit 0, standard output containing every string of `contains`
        /// and none of `excludes`.
        case result(contains: [String], excludes: [String])
    }

    let name: String
    /// Files written into a fresh folder before the run (name → bytes).
    let files: [String: [UInt8]]
    /// Arguments; `@` is replaced by the folder's path.
    let arguments: [String]
    let outcome: Outcome
    var environment: [String: String] = [:]

    var description: String { name }
}

/// The catalogue: at least 100 hostile inputs over every command (issue 10).
enum HostileInputCatalogue {
    static let panel = """
    firm_id,year,sector,supported,post,revenue_wan,subsidy_wan,rd_wan,cohort
    A,2020,制造业,1,0,100,0,5,2021
    A,2021,制造业,1,1,120,10,6,2021
    B,2020,制造业,0,0,90,0,4,0
    B,2021,制造业,0,1,95,0,4,0
    C,2020,软件业,1,0,80,0,3,2021
    C,2021,软件业,1,1,99,8,5,2021
    D,2020,软件业,0,0,70,0,2,0
    D,2021,软件业,0,1,72,0,2,0

    """

    /// A small staggered panel for the event study (cohorts 2020, 2021 and never).
    static let eventPanel = """
    firm_id,year,supported,revenue_wan,cohort
    A,2019,1,100,2021
    A,2020,1,100,2021
    A,2021,1,120,2021
    B,2019,0,90,0
    B,2020,0,90,0
    B,2021,0,95,0
    C,2019,1,80,2020
    C,2020,1,80,2020
    C,2021,1,99,2020
    D,2019,0,70,0
    D,2020,0,70,0
    D,2021,0,72,0

    """

    /// The fuzz finding `Fixtures/xlsx/truncated-deflate.xlsx`: a workbook whose sheet's
    /// compressed bytes end early.
    static var truncatedWorkbook: [UInt8] { fixture("xlsx/truncated-deflate.xlsx") }

    /// The fuzz finding `Fixtures/xlsx/cell-beyond-limits.xlsx`: a cell reference past
    /// Excel's 1,048,576 rows × 16,384 columns (it trapped on an integer conversion).
    static var workbookBeyondLimits: [UInt8] { fixture("xlsx/cell-beyond-limits.xlsx") }

    /// The bytes of `Tests/ImpactTests/Fixtures/<name>`.
    static func fixture(_ name: String) -> [UInt8] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
        return (try? [UInt8](Data(contentsOf: url))) ?? []
    }

    /// Malformed data files, each given to every command that reads a data file.
    static let malformedFiles: [(String, [UInt8])] = [
        ("empty", []),
        ("header-only", Array("firm_id,year,revenue_wan\n".utf8)),
        ("binary", (0..<512).map { UInt8(truncatingIfNeeded: $0 &* 73 &+ 11) }),
        ("ragged", Array("firm_id,year,revenue_wan\nA,2020\nB,2021,5,6,7\n".utf8)),
        ("unterminated-quote", Array("firm_id,year,revenue_wan\n\"A,2020,5\nB,2021,6\n".utf8)),
        ("nul-bytes", Array("firm_id,year\0,revenue_wan\nA\0,2020,5\n".utf8)),
        ("duplicate-header", Array("firm_id,firm_id,year\nA,B,2020\n".utf8)),
        ("escape-in-header", Array("firm_id,\u{1B}]52;c;aGk=\u{7},year\nA,1,2020\n".utf8)),
    ]

    /// Commands that read `--data FILE` (or a positional file), with arguments around it.
    static let dataCommands: [(String, @Sendable (String) -> [String])] = [
        ("estimate", { ["estimate", "--data", $0, "--formula", "revenue_wan ~ subsidy_wan"] }),
        ("did", { ["did", "--data", $0, "--outcome", "revenue_wan", "--treated", "supported"] }),
        ("event-study", { ["event-study", "--data", $0, "--outcome", "revenue_wan"] }),
        ("staggered", { ["staggered", "--data", $0, "--outcome", "revenue_wan"] }),
        ("psm", { ["psm", "--data", $0, "--outcome", "revenue_wan", "--treated", "supported", "--covariates", "rd_wan"] }),
        ("growth", { ["growth", "--data", $0] }),
        ("rd", { ["rd", "--data", $0] }),
        ("cost-effect", { ["cost-effect", "--data", $0, "--increment", "revenue_wan"] }),
        ("score", { ["score", $0] }),
    ]

    static var cases: [HostileCase] {
        var cases: [HostileCase] = []
        for (command, arguments) in dataCommands {
            for (kind, bytes) in malformedFiles {
                cases.append(HostileCase(name: "\(command) on a \(kind) file", files: ["in.csv": bytes],
                                         arguments: arguments("@/in.csv") + ["-o", "@/out.txt"],
                                         outcome: .error(status: 1, message: "")))
            }
            cases.append(HostileCase(name: "\(command) on a missing file", files: [:],
                                     arguments: arguments("@/absent.csv"), outcome: .error(status: 1, message: "absent.csv")))
            cases.append(HostileCase(name: "\(command) on a folder", files: ["dir/x": []],
                                     arguments: arguments("@/dir"), outcome: .error(status: 1, message: "")))
        }
        cases += outputCases + formulaCases + injectionCases + messageCases
        return cases
    }

    /// `-o` to a folder, an empty path, a missing parent.
    static var outputCases: [HostileCase] {
        let commands: [(String, [String])] = [
            ("estimate", ["estimate", "--data", "@/p.csv", "--formula", "revenue_wan ~ subsidy_wan"]),
            ("score", ["score", "datasets/chaoyang-2024/indicators.csv"]),
            ("did", ["did", "--data", "@/p.csv", "--outcome", "revenue_wan", "--treated", "supported"]),
        ]
        var cases: [HostileCase] = []
        for (command, arguments) in commands {
            cases.append(HostileCase(name: "\(command) -o a folder", files: ["p.csv": Array(panel.utf8)],
                                     arguments: arguments + ["-o", "@"], outcome: .error(status: 1, message: "it is a folder")))
            cases.append(HostileCase(name: "\(command) -o an empty path", files: ["p.csv": Array(panel.utf8)],
                                     arguments: arguments + ["-o", ""], outcome: .error(status: 1, message: "output path is empty")))
            cases.append(HostileCase(name: "\(command) -o in a missing folder", files: ["p.csv": Array(panel.utf8)],
                                     arguments: arguments + ["-o", "@/no/such/out.json"],
                                     outcome: .error(status: 1, message: "does not exist")))
            cases.append(HostileCase(name: "\(command) -o a path ending in /", files: ["p.csv": Array(panel.utf8)],
                                     arguments: arguments + ["-o", "@/new/"], outcome: .error(status: 1, message: "Cannot write")))
        }
        return cases
    }

    /// Formulas that would overflow the stack or explode.
    static var formulaCases: [HostileCase] {
        func estimate(_ name: String, _ formula: String, _ message: String, status: Int32 = 1) -> HostileCase {
            HostileCase(name: name, files: ["p.csv": Array(panel.utf8)],
                        arguments: ["estimate", "--data", "@/p.csv", "--formula", formula, "-o", "@/out.txt"],
                        outcome: .error(status: status, message: message))
        }
        return [
            estimate("10,000 nested parentheses", "y ~ " + String(repeating: "(", count: 10_000) + "x"
                     + String(repeating: ")", count: 10_000), "tokens"),
            estimate("100 nested parentheses", "revenue_wan ~ " + String(repeating: "(", count: 100) + "subsidy_wan"
                     + String(repeating: ")", count: 100), "nest more than 64"),
            estimate("c0*…*c13 (16,383 terms)", "y ~ " + (0..<14).map { "c\($0)" }.joined(separator: "*"), "terms"),
            estimate("a 9,990-term formula", "y ~ " + (0..<9_990).map { "x\($0)" }.joined(separator: "+"), "tokens"),
            estimate("y ~ 0", "revenue_wan ~ 0", "no regressor and no intercept"),
            estimate("an unknown column", "revenue_wan ~ nothing_here", "nothing_here"),
            estimate("no tilde", "revenue_wan subsidy_wan", "~"),
            estimate("an unclosed quote", "revenue_wan ~ `abc", "quote"),
            estimate("a stray character", "revenue_wan ~ $x", "$"),
            estimate("an empty formula", "", "~"),
            HostileCase(name: "more parameters than rows", files: ["w.csv": Array("y,x1,x2,x3,x4\n1,2,3,4,5\n2,3,1,5,6\n3,1,2,2,9\n".utf8)],
                        arguments: ["estimate", "--data", "@/w.csv", "--formula", "y ~ x1 + x2 + x3 + x4", "-o", "@/out.txt"],
                        outcome: .error(status: 1, message: "5 parameters but only 3 observations")),
        ]
    }

    static let htmlPayload = "\u{600}<img src=x onerror=alert(document.domain)// \u{600}>"

    /// Names that try to run code in a page, a spreadsheet or a terminal.
    static var injectionCases: [HostileCase] {
        let indicators = """
        一级指标,二级指标,三级指标,指标说明,年度指标值,实际完成值,分值
        产出指标,数量指标,\(htmlPayload),说明,100家,97家,50
        产出指标,数量指标,=HYPERLINK("http://x"),说明,100家,97家,30
        产出指标,数量指标,名称\u{1B}[31m红\u{1B}]8;;http://x\u{7},说明,100家,97家,20

        """
        let files = ["i.csv": Array(indicators.utf8)]
        return [
            HostileCase(name: "HTML: U+0600 before < is escaped", files: files,
                        arguments: ["score", "@/i.csv", "--format", "html"],
                        outcome: .result(contains: ["&lt;img src=x", "Content-Security-Policy"], excludes: ["<img"])),
            HostileCase(name: "CSV: a name starting with = is guarded", files: files,
                        arguments: ["score", "@/i.csv", "--format", "csv"],
                        outcome: .result(contains: ["'=HYPERLINK"], excludes: [",=HYPERLINK"])),
            HostileCase(name: "table: ESC and BEL shown visibly", files: files,
                        arguments: ["score", "@/i.csv", "--lang", "en"],
                        outcome: .result(contains: ["\\u{1B}[31m"], excludes: ["\u{1B}", "\u{7}"])),
            HostileCase(name: "markdown: ESC shown visibly", files: files,
                        arguments: ["score", "@/i.csv", "--format", "md"],
                        outcome: .result(contains: ["\\u{1B}"], excludes: ["\u{1B}"])),
            HostileCase(name: "JSON: ESC escaped by the JSON writer", files: files,
                        arguments: ["score", "@/i.csv", "--format", "json"],
                        outcome: .result(contains: ["\\u001b"], excludes: ["\u{1B}"])),
            HostileCase(name: "error: ESC in an unknown column name shown visibly", files: ["p.csv": Array(panel.utf8)],
                        arguments: ["estimate", "--data", "@/p.csv", "--formula", "revenue_wan ~ `a\u{1B}[2J`"],
                        outcome: .error(status: 1, message: "\\u{1B}[2J")),
        ]
    }

    /// The clear messages of issue 10.
    static var messageCases: [HostileCase] {
        let files = ["p.csv": Array(panel.utf8)]
        let singletons = "firm_id,year,y,x\nA,2020,1,2\nB,2020,2,3\nC,2021,3,5\n"
        let logZero = "firm_id,year,y,x\nA,2020,0,2\nB,2020,0,3\nC,2021,0,5\n"
        let farYear = panel.replacingOccurrences(of: "D,2021", with: "D,1000000000")
        return [
            HostileCase(name: "--bootstrap -5", files: files,
                        arguments: ["did", "--data", "@/p.csv", "--outcome", "revenue_wan", "--treated", "supported",
                                    "--bootstrap", "-5"],
                        outcome: .error(status: 64, message: "--bootstrap must be zero")),
            HostileCase(name: "all rows singletons", files: ["s.csv": Array(singletons.utf8)],
                        arguments: ["estimate", "--data", "@/s.csv", "--formula", "y ~ x | firm_id"],
                        outcome: .error(status: 1, message: "singletons")),
            HostileCase(name: "log(0) on every row", files: ["l.csv": Array(logZero.utf8)],
                        arguments: ["estimate", "--data", "@/l.csv", "--formula", "log(y) ~ x"],
                        outcome: .error(status: 1, message: "3 have log() of zero")),
            HostileCase(name: "a year of 1e9 (staggered)", files: ["f.csv": Array(farYear.utf8)],
                        arguments: ["staggered", "--data", "@/f.csv", "--outcome", "revenue_wan"],
                        outcome: .error(status: 1, message: "outside the periods and cohorts accepted")),
            HostileCase(name: "a year of 1e9 (event study)", files: ["f.csv": Array(farYear.utf8)],
                        arguments: ["event-study", "--data", "@/f.csv", "--outcome", "revenue_wan"],
                        outcome: .error(status: 1, message: "outside the periods accepted")),
            HostileCase(name: "an infinite PSM covariate (1e309)",
                        files: ["ps.csv": Array("firm_id,year,supported,revenue_wan,rd_wan\nA,2020,1,5,1e309\nB,2020,0,6,1\nC,2020,1,7,2\nD,2020,0,8,3\nE,2020,1,9,1\n".utf8)],
                        arguments: ["psm", "--data", "@/ps.csv", "--outcome", "revenue_wan", "--treated", "supported",
                                    "--covariates", "rd_wan"],
                        outcome: .error(status: 1, message: "Covariate rd_wan holds an infinite or undefined value in observation 1")),
            HostileCase(name: "every row infinite (1e309)", files: ["inf.csv": Array("y,x\n1e309,1\n2,1e309\n".utf8)],
                        arguments: ["estimate", "--data", "@/inf.csv", "--formula", "y ~ x"],
                        outcome: .error(status: 1, message: "of 2 rows, 2 hold an infinite value")),
            HostileCase(name: "growth: an infinite revenue (1e309) in the year measured",
                        files: ["g.csv": Array(panel.replacingOccurrences(of: "C,2021,软件业,1,1,99,", with: "C,2021,软件业,1,1,1e309,").utf8)],
                        arguments: ["growth", "--data", "@/g.csv", "-o", "@/out.txt"],
                        outcome: .error(status: 1, message: "Firm 'C' has an infinite value in 'revenue_wan' in 2021 (data row 6)")),
            HostileCase(name: "growth: an infinite subsidy (1e309)",
                        files: ["g.csv": Array(panel.replacingOccurrences(of: "A,2021,制造业,1,1,120,10,", with: "A,2021,制造业,1,1,120,1e309,").utf8)],
                        arguments: ["growth", "--data", "@/g.csv", "-o", "@/out.txt"],
                        outcome: .error(status: 1, message: "infinite value in 'subsidy_wan'")),
            HostileCase(name: "rd: an infinite R&D spending (1e309)",
                        files: ["g.csv": Array(panel.replacingOccurrences(of: "B,2021,制造业,0,1,95,0,4,", with: "B,2021,制造业,0,1,95,0,1e309,").utf8)],
                        arguments: ["rd", "--data", "@/g.csv", "-o", "@/out.txt"],
                        outcome: .error(status: 1, message: "Firm 'B' has an infinite value in 'rd_wan' in 2021")),
            HostileCase(name: "did: a row with 1e309 dropped, the note names infinity",
                        files: ["d.csv": Array(panel.replacingOccurrences(of: "D,2020,软件业,0,0,70,", with: "D,2020,软件业,0,0,1e309,").utf8)],
                        arguments: ["did", "--data", "@/d.csv", "--outcome", "revenue_wan", "--treated", "supported", "--lang", "en"],
                        outcome: .result(contains: ["1 row dropped because of infinite values"], excludes: ["missing value"])),
            HostileCase(name: "a design over the memory budget", files: files,
                        arguments: ["estimate", "--data", "@/p.csv", "--formula", "revenue_wan ~ subsidy_wan"],
                        outcome: .error(status: 1, message: "IMPACT_MEMORY_BUDGET"),
                        environment: ["IMPACT_MEMORY_BUDGET": "10"]),
            HostileCase(name: "a bootstrap over the memory budget", files: files,
                        arguments: ["did", "--data", "@/p.csv", "--outcome", "revenue_wan", "--treated", "supported",
                                    "--vcov", "cluster:firm_id", "--bootstrap", "1000000000"],
                        outcome: .error(status: 1, message: "memory")),
            HostileCase(name: "a line of 200,000 fields", files: ["wide.csv": Array(("y,x\n1,2" + String(repeating: ",", count: 200_000) + "\n").utf8)],
                        arguments: ["estimate", "--data", "@/wide.csv", "--formula", "y ~ x"],
                        outcome: .error(status: 1, message: "more than 100000 fields")),
            HostileCase(name: "--data /dev/zero", files: [:],
                        arguments: ["estimate", "--data", "/dev/zero", "--formula", "y ~ x"],
                        outcome: .error(status: 1, message: "pipe or device"),
                        environment: ["IMPACT_MEMORY_BUDGET": "8M"]),
            HostileCase(name: "a factor of 5,000 levels over the budget", files: ["u.csv": Array(("y,u\n" + (0..<5_000).map { "\($0 % 7),u\($0)\n" }.joined()).utf8)],
                        arguments: ["estimate", "--data", "@/u.csv", "--formula", "y ~ C(u)"],
                        outcome: .error(status: 1, message: "5000 observations × 5000 parameters"),
                        environment: ["IMPACT_MEMORY_BUDGET": "64M"]),
            HostileCase(name: "generate --out onto a file", files: ["afile": Array("x".utf8)],
                        arguments: ["generate", "chaoyang-2024", "--out", "@/afile"],
                        outcome: .error(status: 1, message: "Cannot write")),
            HostileCase(name: "report on a missing folder", files: [:],
                        arguments: ["report", "@/nowhere", "-o", "@/out.txt"],
                        outcome: .error(status: 1, message: "does not exist")),
            HostileCase(name: "report on an empty folder", files: ["ds/x": []],
                        arguments: ["report", "@/ds", "-o", "@/out.txt"],
                        outcome: .error(status: 1, message: "indicators.csv")),
            HostileCase(name: "report on a folder whose indicators are binary", files: ["ds/indicators.csv": (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 31) }],
                        arguments: ["report", "@/ds", "-o", "@/out.txt"],
                        outcome: .error(status: 1, message: "")),
            HostileCase(name: "score an indicator table in JSON that is not JSON", files: ["t.json": Array("[{\"level1\": ".utf8)],
                        arguments: ["score", "@/t.json", "-o", "@/out.txt"],
                        outcome: .error(status: 1, message: "t.json")),
            HostileCase(name: "score a JSON table nested 10,000 deep", files: ["deep.json": Array((String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)).utf8)],
                        arguments: ["score", "@/deep.json", "-o", "@/out.txt"],
                        outcome: .error(status: 1, message: "")),
            HostileCase(name: "estimate repeated runs give the same JSON (determinism smoke)", files: files,
                        arguments: ["estimate", "--data", "@/p.csv", "--formula", "revenue_wan ~ subsidy_wan | firm_id + year", "--format", "json"],
                        outcome: .result(contains: ["\"subsidy_wan\""], excludes: [])),
            // Neither fit holds an n × cells matrix any more: the budget counts their stacked
            // factors, 1,848 bytes for the event study (3 periods, 3 indicators) and 3,584 for
            // Sun–Abraham (2 cohorts, 4 cells), so 2,500 bytes refuse only the latter.
            HostileCase(name: "Sun–Abraham cells over the memory budget", files: ["es.csv": Array(eventPanel.utf8)],
                        arguments: ["event-study", "--sun-abraham", "--data", "@/es.csv", "--outcome", "revenue_wan"],
                        outcome: .error(status: 1, message: "12 observations × 4 parameters"),
                        environment: ["IMPACT_MEMORY_BUDGET": "2500"]),
            // Found by the xlsx fuzz target: ZIPFoundation's inflate loop spun forever on it.
            HostileCase(name: "an .xlsx whose sheet's deflate stream is cut short", files: ["cut.xlsx": truncatedWorkbook],
                        arguments: ["estimate", "--data", "@/cut.xlsx", "--formula", "y ~ x", "-o", "@/out.txt"],
                        outcome: .error(status: 1, message: "cannot be decompressed: its compressed data end too early")),
            HostileCase(name: "an .xlsx with a cell reference beyond Excel's limits", files: ["far.xlsx": workbookBeyondLimits],
                        arguments: ["estimate", "--data", "@/far.xlsx", "--formula", "y ~ x", "-o", "@/out.txt"],
                        outcome: .error(status: 1, message: "beyond Excel's limits")),
            HostileCase(name: "a correct estimate on the panel", files: files,
                        arguments: ["estimate", "--data", "@/p.csv", "--formula", "revenue_wan ~ subsidy_wan", "--format", "json"],
                        outcome: .result(contains: ["\"subsidy_wan\""], excludes: [])),
        ]
    }
}
