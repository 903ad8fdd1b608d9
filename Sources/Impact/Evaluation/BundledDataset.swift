import Foundation

/// Finds the datasets bundled with Impact in the repository's `datasets/` folder.
public enum BundledDataset {
    /// The dataset `impact report` uses when no folder is given: the seed's case,
    /// `datasets/chaoyang-2024`.
    public static let defaultName = "chaoyang-2024"
    /// How many folders above the executable's folder are searched.
    public static let executableSearchDepth = 5

    /// The folder of the bundled dataset `name`.
    ///
    /// Searched in order: `<currentDirectory>/datasets/<name>`, then
    /// `<folder>/datasets/<name>` for the executable's folder (symbolic links resolved) and
    /// each of its ``executableSearchDepth`` parents, so both a run from the repository and
    /// `<repo>/.build/release/impact` run from elsewhere find `<repo>/datasets/<name>`.
    ///
    /// - Parameters:
    ///   - name: the dataset's folder name; default ``defaultName``.
    ///   - currentDirectory: the working directory to search first.
    ///   - executable: the running executable's path, or `nil` to skip that search.
    /// - Throws: ``EvaluationError/datasetNotFound(name:searched:)`` listing every folder tried.
    public static func locate(_ name: String = defaultName, currentDirectory: URL, executable: URL?) throws -> URL {
        var candidates = [currentDirectory.appendingPathComponent("datasets").appendingPathComponent(name)]
        if let executable {
            var folder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0...executableSearchDepth {
                candidates.append(folder.appendingPathComponent("datasets").appendingPathComponent(name))
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        var searched: [String] = []
        for candidate in candidates {
            let path = candidate.standardizedFileURL.path
            if searched.contains(path) { continue }
            searched.append(path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                return candidate.standardizedFileURL
            }
        }
        throw EvaluationError.datasetNotFound(name: name, searched: searched)
    }
}
