import Foundation
import Testing
@testable import Impact

/// The project's flag column is read by the one vocabulary (``FlagVocabulary``) the commands
/// use for `--supported COLUMN`, with the office's own `yes`/`no` words in front.
@Suite("Project file: flag words by FlagVocabulary")
struct ProjectFlagVocabularyTests {
    /// The supported column of `panel` after `readPanel()`, as 1/0/nil per row.
    private func flags(_ panel: String, toml: String = "[columns]\nsupported = \"获支持\"\n") throws -> [Double?] {
        let folder = try ProjectFileTests.folder(["impact.toml": toml, "panel.csv": panel])
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = try EvaluationProject.load(directory: folder).readPanel()
        let column = try table.numeric("获支持")
        return (0..<table.rowCount).map { column[$0] }
    }

    @Test("the standard spellings, one pair per column: 是/否, 有/无, Y/N, yes/NO, TRUE/false, T/F, 对/错, √/×, full-width Ｙ/Ｎ, 1/0, blank")
    func standardSpellings() throws {
        let pairs = [("是", "否"), ("有", "无"), ("Y", "n"), ("yes", "NO"), ("TRUE", "false"), ("T", "F"),
                     ("对", "错"), ("√", "×"), ("Ｙ", "Ｎ"), ("1", "0")]
        for (yes, no) in pairs {
            let panel = "firm_id,year,获支持\na,2023,\(yes)\nb,2023,\(no)\nc,2023,\nd,2023,\(yes)\n"
            #expect(try flags(panel) == [1, 0, nil, 1], "\(yes)/\(no)")
        }
    }

    @Test("the project's own words are added in front of the standard ones, and win")
    func ownWords() throws {
        let toml = "[columns]\nsupported = \"获支持\"\n[values]\nyes = [\"已支持\"]\nno = [\"未支持\", \"0\"]\n"
        let panel = "firm_id,year,获支持\na,2023,已支持\nb,2023,未支持\nc,2023,\nd,2023,已支持\n"
        #expect(try flags(panel, toml: toml) == [1, 0, nil, 1])
        // Each of the office's yes words goes with each of its no words.
        #expect(try flags("firm_id,year,获支持\na,2023,0\nb,2023,已支持\n", toml: toml) == [0, 1])
        // The standard words still read in a column of their own.
        #expect(try flags("firm_id,year,获支持\na,2023,是\nb,2023,否\n", toml: toml) == [1, 0])
        let vocabulary = ProjectValueVocabulary(yes: ["已支持"], no: ["未支持"]).flagVocabulary
        #expect(vocabulary.pairs.first! == (yes: "已支持", no: "未支持"))
        #expect(vocabulary.meaning(of: "已支持") == true && vocabulary.meaning(of: "未支持") == false)
        #expect(vocabulary.meaning(of: "√") == true)
        // A word the project makes "yes" although the standard reads it "no" is yes.
        #expect(ProjectValueVocabulary(yes: ["无"], no: ["否"]).flagVocabulary.meaning(of: "无") == true)
        #expect(try flags("firm_id,year,获支持\na,2023,无\nb,2023,否\n",
                          toml: "[columns]\nsupported = \"获支持\"\n[values]\nyes = [\"无\"]\nno = [\"否\"]\n") == [1, 0])
    }

    /// The problems of reading `panel`'s 获支持 column (project `toml`), as (word, key, column, file name).
    private func problems(_ panel: String, toml: String = "[columns]\nsupported = \"获支持\"\n") throws -> [(String, String, String?, String)] {
        let folder = try ProjectFileTests.folder(["impact.toml": toml, "panel.csv": panel])
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = try EvaluationProject.load(directory: folder)
        let failure: EvaluationError
        do {
            _ = try project.readPanel()
            return []
        } catch {
            failure = error
        }
        guard case .problems(let problems) = failure else {
            Issue.record("expected data problems, got \(failure)")
            return []
        }
        return problems.problems.compactMap { problem in
            guard case .record(let file, let key, let column) = problem.place,
                  case .invalidValue(let found, _) = problem.kind else { return nil }
            return (found, key, column, URL(fileURLWithPath: file).lastPathComponent)
        }
    }

    @Test("words of two pairs in one column (是 and N) are refused as FlagVocabulary.flags refuses them, naming file, column, row and word")
    func mixedPairs() throws {
        let panel = "firm_id,year,获支持\na,2023,是\nb,2023,否\nc,2023,N\nd,2023,是\ne,2023,Y\n"
        let found = try problems(panel)
        #expect(found.map(\.0) == ["N", "Y"])
        #expect(found.map(\.1) == ["data row 3", "data row 5"])
        #expect(found.allSatisfy { $0.2 == "获支持" && $0.3 == "panel.csv" })
        // The same words through the commands' rule.
        #expect(throws: TableError.self) {
            try CSVReader.read(text: "f\n是\n否\nN\n").flags("f")
        }
        // The office's own words do not pair with another pair's words either.
        let own = "[columns]\nsupported = \"获支持\"\n[values]\nyes = [\"已支持\"]\nno = [\"未支持\"]\n"
        let mixed = try problems("firm_id,year,获支持\na,2023,已支持\nb,2023,否\n", toml: own)
        #expect(mixed.map(\.0) == ["否"] && mixed.map(\.1) == ["data row 2"])
    }

    @Test("the office's synonyms share a column: every yes word and every no word it declares are one pair")
    func officeSynonyms() throws {
        let toml = "[columns]\nsupported = \"获支持\"\n[values]\nyes = [\"已支持\", \"已获支持\"]\nno = [\"未支持\", \"未获支持\"]\n"
        let panel = "firm_id,year,获支持\na,2023,已支持\nb,2023,未获支持\nc,2023,已获支持\nd,2023,未支持\ne,2023,\n"
        #expect(try flags(panel, toml: toml) == [1, 0, 1, 0, nil])
        let vocabulary = ProjectValueVocabulary(yes: ["已支持", "已获支持"], no: ["未支持", "未获支持"]).flagVocabulary
        #expect(vocabulary.wordPairs.first == FlagVocabulary.WordPair(yes: ["已支持", "已获支持"], no: ["未支持", "未获支持"]))
        #expect(vocabulary.meanings(ofLevels: ["已获支持", "未支持", "已支持"]) == [true, false, true])
        // A standard word beside them is still another pair's.
        #expect(vocabulary.meanings(ofLevels: ["已支持", "否"]) == [true, nil])
    }

    @Test("the default yes/no words add nothing: the project reads flags exactly as FlagVocabulary.standard")
    func defaults() {
        #expect(ProjectValueVocabulary().flagVocabulary == .standard)
    }

    @Test("a word in no vocabulary is refused, the message listing the project's and the standard words")
    func refused() throws {
        let folder = try ProjectFileTests.folder([
            "impact.toml": "[columns]\nsupported = \"获支持\"\n[values]\nyes = [\"已支持\"]\n",
            "panel.csv": "firm_id,year,获支持\na,2023,已支持\nb,2023,待定\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = try EvaluationProject.load(directory: folder)
        #expect {
            try project.readPanel()
        } throws: { error in
            guard case .problems(let problems) = error as? EvaluationError, problems.count == 1,
                  case .invalidValue(let found, let expected) = problems.problems[0].kind else { return false }
            return found == "待定" && expected.hasPrefix("a yes word (已支持 是 有 Y Yes TRUE T 1 对 √) or a no word (否 无")
        }
    }
}
