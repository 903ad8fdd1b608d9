import ArgumentParser
import Foundation
import Impact

extension SubsidyBasis: ExpressibleByArgument {}
extension CostEffectivenessEstimator: ExpressibleByArgument {}

/// `impact cost-effect`: effect per 万元 of subsidy, naive attribution beside causal estimates.
struct CostEffectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cost-effect",
        abstract: "Effect per 万元 of subsidy: naive attribution, dose-response slope and DiD.",
        discussion: """
        --data is a table of supported firms with their increment and subsidy (万元): it \
        gives the naive ratio Σ increment / Σ subsidy and the dose-response slope (HC1). \
        --panel adds the DiD-based figure: the ATT on --panel-outcome (万元, levels) times \
        the treated firm-years, divided by the award (--subsidy-basis). Every figure is per 万元 awarded over one horizon (the post-policy years of --panel, or --horizon). \
        --subset "sector == '软件'" applies to --panel and --data; --panel-outcome takes a \
        transformed column such as "I(revenue_wan - rd_wan)".
        """
    )

    @Option(help: "CSV of supported firms (increment and subsidy in 万元).")
    var data: String?
    @Option(help: "Increment column (万元), e.g. revenue_growth_wan.")
    var increment: String = CostEffectivenessSpecification().increment
    @Option(help: "Subsidy column (万元) in --data and --panel.")
    var subsidy: String = CostEffectivenessSpecification().subsidy
    @Option(help: "Comma-separated control variables for the dose-response slope.")
    var controls: String?
    @Option(help: "Sector column for sector effects in the dose-response slope.")
    var sector: String?
    @Option(help: "Standard errors of the dose-response slope (default hc1).")
    var vcov: VarianceEstimator = CostEffectivenessSpecification().vcov

    @Option(help: "Firm panel for the DiD-based figure (its columns: --id, --time, --treated, --post).")
    var panel: String?
    @OptionGroup var keys: PanelKeyOptions
    @OptionGroup var design: DiDDesignOptions
    @Option(name: .customLong("panel-outcome"), help: "Outcome of the DiD in 万元 (levels), e.g. revenue_wan.")
    var panelOutcome: String = "revenue_wan"

    @Option(name: .customLong("subsidy-basis"),
            help: "What --panel's subsidy column holds: paid (amount paid that year), once (total award on one row), repeated (total on every row).")
    var subsidyBasis: SubsidyBasis = .standard
    @Option(help: "Years every figure is stated over (default: the post-policy years of --panel; 1 without a panel).")
    var horizon: Int?
    @Option(help: "Panel figure: did (the DiD of --fe/--post) or cs (Callaway–Sant'Anna, for staggered adoption).")
    var estimator: CostEffectivenessEstimator = .differenceInDifferences

    @OptionGroup var sample: SampleOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard data != nil || panel != nil else {
            throw ValidationError("Give --data (supported firms), --panel (a firm panel for the DiD figure) or both.")
        }
        if let horizon, horizon < 1 { throw ValidationError("--horizon must be a positive number of years, not \(horizon).") }
    }

    func run() throws {
        let files = keys.project
        let panelSample = try panel.map { try sample.restrict(files.read($0, categorical: [keys.idColumn()])) }
        let prepared = try panelSample.map { sampled in
            let (table, outcome) = try sample.variable(sampled.table, panelOutcome)
            return try design.specification(table, outcome: outcome, keys: keys)
        }
        let supported = try data.map { try sample.restrict(files.read($0)) }
        let specification = CostEffectivenessSpecification(
            increment: increment, subsidy: subsidy, controls: commaSeparated(controls), sector: sector, vcov: vcov,
            differenceInDifferences: prepared?.1 ?? CostEffectivenessSpecification().differenceInDifferences,
            subsidyBasis: subsidyBasis, horizon: horizon, estimator: estimator)
        let comparison = try CostEffectiveness.compare(supported: supported?.table, panel: prepared?.0,
                                                       specification)
        for note in comparison.notes where note.isWarning { printWarning(note.wording.en) }
        try output.write(sample.report(comparison, panelSample?.summary ?? supported?.summary))
    }
}
