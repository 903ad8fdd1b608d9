import Foundation
import Testing

/// Keeps `ARCHITECTURE.md` true: its layer order, words at the edge, the only CBLAS
/// importer and thin commands.
@Suite("Architecture")
struct LayerCheckTests {
    static let root = CLIRunner.repositoryRoot

    /// Every `.swift` file under `folder` (relative to the repository), keyed by its path
    /// relative to that folder.
    static func sources(under folder: String) throws -> [String: String] {
        let base = root.appendingPathComponent(folder)
        let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
        var sources: [String: String] = [:]
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1))
            sources[relative] = try String(contentsOf: url, encoding: .utf8)
        }
        return sources
    }

    static func architecture() throws -> LayerCheck {
        let markdown = try String(contentsOf: root.appendingPathComponent("ARCHITECTURE.md"), encoding: .utf8)
        return LayerCheck(layers: LayerCheck.layers(inArchitecture: markdown))
    }

    @Test("ARCHITECTURE.md lists every folder of Sources/Impact, and only those")
    func everyFolderListed() throws {
        let check = try Self.architecture()
        let sources = try Self.sources(under: "Sources/Impact")
        #expect(check.layers.count >= 5)
        #expect(check.unlistedFolders(in: sources) == [])
        let present = Set(sources.keys.map(LayerCheck.folder(of:)))
        #expect(Set(check.rank.keys).subtracting(present).sorted() == [])
    }

    @Test("no folder uses a type of its own layer's peers or of a later layer")
    func layersHold() throws {
        let violations = try Self.architecture().violations(in: Self.sources(under: "Sources/Impact"))
        #expect(violations.isEmpty, Comment(rawValue: "\(violations.count) uses across the layer order:\n"
                + violations.map(\.description).joined(separator: "\n")))
    }

    @Test("the check finds a forward use, a peer's type and ignores comments and strings")
    func checkCanFail() {
        let check = LayerCheck(layers: [["Base"], ["Data", "Algebra"], ["Reports"]])
        let sources = [
            "Base/Text.swift": "public struct Text {}\n",
            "Data/Table.swift": """
                public struct Table { let t: Text; let r: Report }
                // Report in a comment does not count, nor "Matrix in a string"
                let label = "\\(Matrix.self)"
                """,
            "Algebra/Matrix.swift": "public struct Matrix {}\n",
            "Reports/Report.swift": "public struct Report { let t: Table }\n",
        ]
        let found = check.violations(in: sources).map { "\($0.file) \($0.type)" }
        #expect(found == ["Data/Table.swift Matrix", "Data/Table.swift Report"])
        #expect(check.unlistedFolders(in: sources.merging(["Extra/X.swift": ""]) { $1 }) == ["Extra"])
    }

    @Test("only LinearAlgebra imports CBLAS")
    func onlyLinearAlgebraImportsCBLAS() throws {
        let importers = try Self.sources(under: "Sources").filter { $0.value.contains("import CBLAS") }.keys
        #expect(importers.map(LayerCheck.folder(of:)).allSatisfy { $0 == "Impact" })
        #expect(importers.allSatisfy { $0.hasPrefix("Impact/LinearAlgebra/") }, "\(importers.sorted())")
    }

    @Test("words at the edge: zh/en sentences and labels are written only in Reports/")
    func wordsAtTheEdge() throws {
        // A `zh:` argument label (`LocalizedText(zh:en:)`, `.init(zh:en:)`) outside comments
        // and strings; `Base/LocalizedText.swift` declares the type.
        let label = /[(,]\s*zh\s*:/
        let offenders = try Self.sources(under: "Sources/Impact").filter { path, text in
            !path.hasPrefix("Reports/") && path != "Base/LocalizedText.swift"
                && SwiftSourceScanner(source: text).code.contains(label)
        }.keys.sorted()
        #expect(offenders.isEmpty, "LocalizedText(zh:en:) outside Reports/: \(offenders)")
        #expect(SwiftSourceScanner(source: "f(x, zh: \"甲\", en: \"a\") // zh: in a comment").code.contains(label))
        #expect(!SwiftSourceScanner(source: "case .zh: \"(zh: in a string)\"").code.contains(label))
    }

    @Test("every command file of the CLI stays under 150 lines")
    func thinCommands() throws {
        let long = try Self.sources(under: "Sources/impact-cli").compactMap { path, text -> String? in
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
            return lines > 150 ? "\(path) (\(lines) lines)" : nil
        }
        #expect(long.isEmpty, "\(long)")
    }
}
