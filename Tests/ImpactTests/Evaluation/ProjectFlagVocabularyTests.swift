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

    @Test("the standard spellings: 是/否, 有/无, Y/N, yes/NO, TRUE/false, T/F, 对/错, √/×, full-width Ｙ, 1/0, blank")
    func standardSpellings() throws {
        let words = ["是", "否", "有", "无", "Y", "n", "yes", "NO", "TRUE", "false", "T", "F", "对", "错", "√", "×", "Ｙ", "1", "0", ""]
        let panel = "firm_id,year,获支持\n" + words.enumerated().map { "f\($0.offset),2023,\($0.element)" }.joined(separator: "\n") + "\n"
        let expected: [Double?] = [1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 0, nil]
        #expect(try flags(panel) == expected)
    }

    @Test("the project's own words are added in front of the standard ones, and win")
    func ownWords() throws {
        let toml = "[columns]\nsupported = \"获支持\"\n[values]\nyes = [\"已支持\"]\nno = [\"未支持\", \"0\"]\n"
        let panel = "firm_id,year,获支持\na,2023,已支持\nb,2023,未支持\nc,2023,是\nd,2023,否\ne,2023,0\n"
        #expect(try flags(panel, toml: toml) == [1, 0, 1, 0, 0])
        let vocabulary = ProjectValueVocabulary(yes: ["已支持"], no: ["未支持"]).flagVocabulary
        #expect(vocabulary.pairs.first! == (yes: "已支持", no: "未支持"))
        #expect(vocabulary.meaning(of: "已支持") == true && vocabulary.meaning(of: "未支持") == false)
        #expect(vocabulary.meaning(of: "√") == true)
        // A word the project makes "yes" although the standard reads it "no" is yes.
        #expect(ProjectValueVocabulary(yes: ["无"], no: ["否"]).flagVocabulary.meaning(of: "无") == true)
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
