import Foundation

/// What one run of the `impact` binary produced.
struct CLIResult: Sendable {
    /// Standard output as raw bytes (a CSV's byte-order mark is kept).
    let stdoutData: Data
    /// Standard error as raw bytes.
    let stderrData: Data
    /// The exit status (0 for success); for a process killed by a signal, the signal number.
    let status: Int32

    /// Standard output decoded as UTF-8 (a leading byte-order mark stays as `"\u{FEFF}"`).
    var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    /// Standard error decoded as UTF-8.
    var stderr: String { String(decoding: stderrData, as: UTF8.self) }
}

/// Why the `impact` binary could not be run.
enum CLIRunnerError: Error, CustomStringConvertible {
    /// The binary is not where the runner looked.
    case binaryNotFound(path: String)
    /// The binary did not finish within the time limit and was terminated.
    case timedOut(arguments: [String], seconds: Double)

    var description: String {
        switch self {
        case let .binaryNotFound(path):
            "The impact binary was not found at \(path); build it first with "
                + "`swift build --build-tests` (scripts/test does this), or set IMPACT_BINARY to its path."
        case let .timedOut(arguments, seconds):
            "impact \(arguments.joined(separator: " ")) did not finish within \(seconds) seconds and was terminated."
        }
    }
}

/// Runs the built `impact` command-line binary for CLI tests.
///
/// The binary is `<repo>/.build/debug/impact`, where `<repo>` is found from this file's
/// path (`Tests/ImpactTests/Support/CLIRunner.swift`); the environment variable
/// `IMPACT_BINARY` overrides it. `swift build --build-tests` and a plain `swift test` both
/// build it. Output goes to temporary files rather than pipes, so a large output can never
/// block the child.
enum CLIRunner {
    /// The repository root (the folder holding `Package.swift`).
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // Support
        .deletingLastPathComponent() // ImpactTests
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent() // repository

    /// The binary that ``run(_:stdin:workingDirectory:environment:timeout:)`` starts.
    static var binaryURL: URL {
        if let override = ProcessInfo.processInfo.environment["IMPACT_BINARY"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return repositoryRoot.appendingPathComponent(".build/debug/impact")
    }

    /// Runs `impact` with `arguments` and waits for it to finish.
    ///
    /// - Parameters:
    ///   - arguments: the command-line arguments after `impact`.
    ///   - stdin: text given on standard input; `nil` (the default) gives an empty input.
    ///   - workingDirectory: the child's current directory; default: the repository root.
    ///   - environment: extra environment variables, added to this process's environment.
    ///   - timeout: seconds before the child is terminated and ``CLIRunnerError/timedOut(arguments:seconds:)``
    ///     is thrown; default 60.
    /// - Returns: standard output, standard error and exit status.
    static func run(
        _ arguments: [String],
        stdin: String? = nil,
        workingDirectory: URL? = nil,
        environment: [String: String] = [:],
        timeout: Double = 60
    ) throws -> CLIResult {
        let binary = binaryURL
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw CLIRunnerError.binaryNotFound(path: binary.path)
        }
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("impact-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }

        let inputURL = scratch.appendingPathComponent("stdin")
        let outputURL = scratch.appendingPathComponent("stdout")
        let errorURL = scratch.appendingPathComponent("stderr")
        try Data((stdin ?? "").utf8).write(to: inputURL)
        try Data().write(to: outputURL)
        try Data().write(to: errorURL)
        let input = try FileHandle(forReadingFrom: inputURL)
        let output = try FileHandle(forWritingTo: outputURL)
        let error = try FileHandle(forWritingTo: errorURL)
        defer {
            try? input.close()
            try? output.close()
            try? error.close()
        }

        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = workingDirectory ?? repositoryRoot
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            finished.wait()
            throw CLIRunnerError.timedOut(arguments: arguments, seconds: timeout)
        }
        return CLIResult(
            stdoutData: try Data(contentsOf: outputURL),
            stderrData: try Data(contentsOf: errorURL),
            status: process.terminationStatus
        )
    }
}
