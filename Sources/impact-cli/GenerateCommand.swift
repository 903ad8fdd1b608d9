import ArgumentParser
import Foundation
import Impact

/// The synthetic datasets `impact generate` can write.
enum SyntheticDatasetName: String, ExpressibleByArgument, CaseIterable {
    /// The seed report's case: `datasets/chaoyang-2024`.
    case chaoyang2024 = "chaoyang-2024"
}

/// `impact generate`: writes a bundled synthetic dataset, deterministically.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write the generated files of a bundled dataset (deterministic).",
        discussion: """
        Writes panel.csv, sector_totals.csv, support_lines.csv and budget.csv into --out. \
        The same seed gives byte-identical files; the bundled datasets/chaoyang-2024 was \
        written by `impact generate chaoyang-2024 --out datasets/chaoyang-2024`.
        """
    )

    @Argument(help: "Dataset to generate: \(SyntheticDatasetName.allCases.map(\.rawValue).joined(separator: ", ")).")
    var dataset: SyntheticDatasetName

    @Option(help: "Folder to write into (created if missing).")
    var out: String

    @Option(help: "Random seed (default: the seed of the bundled files).")
    var seed: UInt64 = ChaoyangSyntheticDataset.defaultSeed

    func run() throws {
        let folder = URL(fileURLWithPath: out, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputFileError.cannotWrite(path: out, reason: "the folder cannot be created (\((error as NSError).localizedFailureReason ?? "not permitted"))")
        }
        for file in ChaoyangSyntheticDataset(seed: seed).files {
            let url = folder.appendingPathComponent(file.name)
            try OutputFile.write(Data(file.contents.utf8), toPath: url.path)
            print("wrote \(url.path)")
        }
    }
}
