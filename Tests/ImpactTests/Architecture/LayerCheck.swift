import Foundation

/// The rule of `ARCHITECTURE.md`: the folders of `Sources/Impact` form layers, listed
/// bottom to top in a fenced block whose info string is `layers` (peers on one line,
/// separated by spaces). A folder may use only types declared in folders on earlier
/// lines; a type of a peer or of a later layer is a violation.
struct LayerCheck {
    /// One use of a type across the layer order.
    struct Violation: CustomStringConvertible, Equatable {
        /// The file that names the type (relative to `Sources/Impact`).
        let file: String
        /// The type it names.
        let type: String
        /// The folder that declares the type.
        let declaredIn: String

        var description: String { "\(file) uses \(type), declared in \(declaredIn)/ (not below it)" }
    }

    /// The layers, bottom first; each is a set of top-level folder names.
    let layers: [[String]]

    /// The layers declared in the `layers` block of `markdown`; empty when there is none.
    static func layers(inArchitecture markdown: String) -> [[String]] {
        var inside = false
        var layers: [[String]] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !inside {
                if trimmed == "```layers" { inside = true }
                continue
            }
            if trimmed.hasPrefix("```") { break }
            let names = trimmed.split(separator: " ").map(String.init).filter { !$0.isEmpty }
            if !names.isEmpty { layers.append(names) }
        }
        return layers
    }

    /// The rank (line number in the block) of every folder.
    var rank: [String: Int] {
        var rank: [String: Int] = [:]
        for (index, layer) in layers.enumerated() { for folder in layer { rank[folder] = index } }
        return rank
    }

    /// The violations in `sources`, keyed by path relative to `Sources/Impact` (its first
    /// component is the folder). Files in folders the layers do not list are reported by
    /// ``unlistedFolders(in:)``, not here.
    func violations(in sources: [String: String]) -> [Violation] {
        let scanned = sources.mapValues(SwiftSourceScanner.init(source:))
        var declaringFolders: [String: Set<String>] = [:]
        for (path, scanner) in scanned {
            for name in scanner.topLevelTypeNames { declaringFolders[name, default: []].insert(Self.folder(of: path)) }
        }
        let rank = self.rank
        var violations: [Violation] = []
        for (path, scanner) in scanned.sorted(by: { $0.key < $1.key }) {
            let folder = Self.folder(of: path)
            guard let own = rank[folder] else { continue }
            for name in scanner.capitalisedIdentifiers.sorted() {
                for declaring in (declaringFolders[name] ?? []).sorted() where declaring != folder {
                    if let other = rank[declaring], other >= own {
                        violations.append(Violation(file: path, type: name, declaredIn: declaring))
                    }
                }
            }
        }
        return violations
    }

    /// Folders holding sources that the layers do not list.
    func unlistedFolders(in sources: [String: String]) -> [String] {
        Set(sources.keys.map(Self.folder(of:))).subtracting(rank.keys).sorted()
    }

    /// The top-level folder of a path relative to `Sources/Impact`.
    static func folder(of path: String) -> String {
        String(path.split(separator: "/").first ?? "")
    }
}
