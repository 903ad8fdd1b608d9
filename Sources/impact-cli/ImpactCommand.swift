import ArgumentParser

/// The `impact` command: measures what public money does for enterprises.
@main
struct ImpactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "impact",
        abstract: "Measure what public subsidies do for enterprises.",
        discussion: """
        Sector accounting (growth pull, contribution share, R&D intensity), the \
        performance self-evaluation table (绩效自评表) and regression-based effect estimates.
        """,
        subcommands: [InitCommand.self, ReportCommand.self, ScoreCommand.self, GenerateCommand.self, GrowthCommand.self, RDCommand.self, EstimateCommand.self, DiDCommand.self, EventStudyCommand.self, CostEffectCommand.self, StaggeredCommand.self, PSMCommand.self, PowerCommand.self]
    )
}
