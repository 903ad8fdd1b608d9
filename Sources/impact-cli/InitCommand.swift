import ArgumentParser
import Foundation
import Impact

/// `impact init DIR`: writes a new evaluation project that runs as it is.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new evaluation: a commented impact.toml, an indicator table and an example panel.",
        discussion: """
        Writes impact.toml, indicators.csv (the 10号 structure and default weights), \
        example_panel.csv (a small example firm panel) and README.md into DIR, so that \
        `impact report DIR` works at once; replace the files one by one. Refuses to \
        overwrite an existing project (nothing is written then).
        """
    )

    @Argument(help: "Folder of the new project (created when missing).")
    var directory: String

    @Option(help: "Language of the comments and the README: zh or en.")
    var lang: Language = .zh

    func run() throws {
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        try ProjectTemplate(language: lang).write(to: folder)
        print("wrote \(folder.path); run: impact report \(directory)")
    }
}
