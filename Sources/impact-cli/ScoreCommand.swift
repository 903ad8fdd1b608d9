import ArgumentParser
import Foundation
import Impact

/// `impact score`: fills the performance self-evaluation table (绩效自评表) from an
/// indicator-table file.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score an indicator table (绩效自评表): each row, the total and the grade.",
        discussion: """
        FILE is a CSV or JSON indicator table (format: docs/indicator-format.md), e.g. \
        datasets/chaoyang-2024/indicators.csv. Warnings (missing deviation reasons, scores \
        that differ from the rules) go to standard error. Profiles:
        \(ScoringProfile.builtIn.map { "  \($0.name): \($0.summary.text.en)" }.joined(separator: "\n"))
        """
    )

    @Argument(help: "Indicator table, CSV or JSON.")
    var file: String

    @Option(help: "Scoring profile: \(ScoringProfile.builtIn.map(\.name).joined(separator: ", ")), or a profile JSON file.")
    var profile: String = ScoringProfile.mof2020.name

    @Flag(help: "Accept weights that do not sum to 100 (a warning instead of an error).")
    var allowWeightSum = false

    @Option(help: "Firm table (CSV) for actuals computed from data (actual_source); repeatable, tried in order.")
    var data: [String] = []

    @OptionGroup var output: OutputOptions

    func run() throws {
        var rules = try ScoringProfile.resolve(profile)
        if allowWeightSum { rules = rules.with { $0.requiredWeightSum = nil } }
        let table = try IndicatorTable(contentsOfFile: file)
        let datasets = try data.map { path throws -> FirmData in try FirmData(csvPath: path) }
        let sheet = try ScoreSheet(table: table, profile: rules, data: datasets)
        for warning in sheet.warnings {
            printWarning("\(warning)")
        }
        try output.write(sheet)
    }
}
