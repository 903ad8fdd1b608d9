import ArgumentParser
import Impact

/// `impact report`: the filled self-evaluation table and the sector effect table.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the performance self-evaluation and sector effect tables."
    )

    func run() throws {
        throw ValidationError("impact report is being built")
    }
}
