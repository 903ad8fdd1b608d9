import Foundation

/// Where the bundled dataset lives, found from this source file's path (tests run from any
/// working directory).
enum ChaoyangFiles {
    /// The repository root: three folders above `Tests/ImpactTests/Synthetic/`.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `datasets/chaoyang-2024`.
    static let chaoyang = repositoryRoot.appendingPathComponent("datasets/chaoyang-2024")

    /// A file of `datasets/chaoyang-2024`.
    static func file(_ name: String) -> URL { chaoyang.appendingPathComponent(name) }

    /// The bytes of a file of `datasets/chaoyang-2024`.
    static func bytes(_ name: String) throws -> Data { try Data(contentsOf: file(name)) }
}
