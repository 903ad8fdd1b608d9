import ArgumentParser
import Foundation
import Impact

/// `impact report`: the filled self-evaluation table and the sector effect table.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the performance self-evaluation and sector effect tables.",
        discussion: """
        Without a folder, runs on the bundled dataset datasets/chaoyang-2024 (found from the \
        current folder or from the impact executable's location).
        """
    )

    @Argument(help: "Dataset folder (default: the bundled datasets/chaoyang-2024).")
    var directory: String?

    @Option(help: "Scoring profile for the self-evaluation table: \(ScoringProfile.builtIn.map(\.name).joined(separator: ", ")), or a profile JSON file.")
    var profile: String = ScoringProfile.mof2020.name

    @OptionGroup var output: OutputOptions

    func run() throws {
        let rules = try ScoringProfile.resolve(profile)
        let folder = try directory.map { URL(fileURLWithPath: $0) } ?? BundledDataset.locate(
            currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            executable: Bundle.main.executableURL)
        // The footer shows the program as `impact`, not the executable's path on this machine.
        let report = try EvaluationReport.load(directory: folder, profile: rules)
            .recordingProvenance(commandLine: ["impact"] + CommandLine.arguments.dropFirst())
        try output.write(report)
        for warning in report.warnings {
            printWarning("\(warning)")
        }
    }
}
