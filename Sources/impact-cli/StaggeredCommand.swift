import ArgumentParser
import Foundation
import Impact

extension StaggeredControlGroup: ExpressibleByArgument {}
extension StaggeredBasePeriod: ExpressibleByArgument {}
extension StaggeredMultiplierWeights: ExpressibleByArgument {}

/// `impact staggered`: Callaway–Sant'Anna effects for staggered adoption from a CSV panel.
struct StaggeredCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staggered",
        abstract: "Callaway–Sant'Anna group-time effects ATT(g,t) and their aggregations.",
        discussion: """
        Reads a balanced firm panel (one row per firm and period). The cohort column holds \
        the first period a firm is treated; 0 or blank means never treated. Defaults follow \
        the R package did: never-treated controls, varying base period, analytic \
        influence-function standard errors clustered by firm. JSON output: {"att_gt": [...], \
        "aggregations": {"simple", "dynamic", "group", "calendar", ...}}.
        """
    )

    @Option(help: "Firm panel, CSV or .xlsx (default: the project's panel).")
    var data: String?

    @OptionGroup var keys: PanelKeyOptions

    @Option(help: "First treated period per firm; 0 or blank = never treated (default cohort, or the project's [analysis] cohort).")
    var cohort: String?

    @Option(help: "Outcome column (default: the project's revenue).")
    var outcome: String?

    @Option(help: "Control firms: never (never treated) or notyet (not yet treated).")
    var control: StaggeredControlGroup = .neverTreated

    @Option(help: "Base period: varying (t − 1 before treatment) or universal (g − 1 throughout).")
    var basePeriod: StaggeredBasePeriod = .varying

    @Flag(help: "Leave out firms without an outcome in every period (default: stop with an error).")
    var dropIncomplete = false

    @Option(help: "Multiplier-bootstrap replications for the standard errors (default: analytic errors).")
    var bootstrap: Int?

    @Option(help: "Seed of the bootstrap's random numbers.")
    var seed: UInt64 = 20_240_101

    @Option(help: "Bootstrap multipliers: mammen or rademacher.")
    var multipliers: StaggeredMultiplierWeights = .mammen

    @OptionGroup var honest: HonestOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let bootstrap, bootstrap < 2 {
            throw ValidationError("--bootstrap needs at least 2 replications, not \(bootstrap).")
        }
    }

    func run() throws {
        let project = try keys.project.loadProject()
        let table = try keys.project.readPanel(data, id: keys.idColumn()) { throw ValidationError("Give --data or --project.") }
        let result = try CallawaySantAnna(controlGroup: control, basePeriod: basePeriod).estimate(
            table, id: keys.idColumn(), time: keys.timeColumn(),
            cohort: cohort ?? project?.analysis.cohort ?? "cohort", outcome: outcome ?? keys.columns().revenue,
            dropsIncompleteUnits: dropIncomplete,
            bootstrap: bootstrap.map { StaggeredMultiplierBootstrap(replications: $0, seed: seed, weights: multipliers) })
        for note in result.notes { printWarning(note.wording.en, prefix: "") }
        try output.write(result.attachingSensitivity(honest.specification()))
    }
}
