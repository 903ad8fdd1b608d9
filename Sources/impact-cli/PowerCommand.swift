import ArgumentParser
import Foundation
import Impact

extension PowerQuestion: ExpressibleByArgument {}

extension PowerEffectSize: ExpressibleByArgument {
    /// `500` (the outcome's units) or `3%` (of the pre-period mean).
    public init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("%") {
            guard let value = Double(text.dropLast().trimmingCharacters(in: .whitespaces)), value.isFinite else { return nil }
            self = .percentOfMean(value)
        } else {
            guard let value = Double(text), value.isFinite else { return nil }
            self = .level(value)
        }
    }
}

/// `impact power`: the minimum detectable effect, the power, or the number of firms needed
/// for a planned difference-in-differences, from the historical panel.
struct PowerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "power",
        abstract: "Power and minimum detectable effect of a planned DiD (analytic and simulated).",
        discussion: """
        The panel is the history before the planned support (with --project, the years \
        before its post year, so the current programme's effects are not taken for noise). --firms N firms are supported \
        and the panel's other firms (or --comparison C) are compared, --pre K periods before \
        and --post L after. Analytic: Burlig–Preonas–Woerman's serial-correlation-robust \
        formula, variance and autocovariances from residuals after firm and period effects. \
        Simulation: firms resampled from the panel, placebo support, the two-way FE DiD with \
        firm-clustered errors (as impact did --fe), rejections counted. Answers (--solve): \
        mde (default without --effect), power (default with --firms and --effect) or firms \
        (default with --effect and no --firms). --effect takes the outcome's units (500) or \
        a percentage of the pre-period mean (3%). JSON: {"analytic": {"mde","power",…}, \
        "simulation": {"mde","power","simulations",…}, "power_curve", "firms_curve", …}.
        """
    )

    @Option(help: "Historical firm panel, CSV or xlsx (default: the project's panel).")
    var data: String?
    @OptionGroup var keys: PanelKeyOptions
    @Option(help: "Outcome column, or a transformed one such as \"I(log(revenue))\" (default: the project's revenue).")
    var outcome: String?
    @Option(help: "Firms to be supported, N (omit with --effect to solve for it).")
    var firms: Int?
    @Option(help: "Comparison firms, C (default: the panel's other firms).")
    var comparison: Int?
    @Option(help: "Periods observed before support, K.")
    var pre: Int
    @Option(help: "Periods observed after support, L.")
    var post: Int
    @Option(help: "Size of the two-sided test.")
    var alpha: Double = 0.05
    @Option(help: "Target power.")
    var power: Double = 0.8
    @Option(help: "Effect hoped for: in the outcome's units (500) or % of the pre-period mean (3%).")
    var effect: PowerEffectSize?
    @Option(help: "What to solve for: \(PowerQuestion.allCases.map(\.rawValue).joined(separator: ", ")) (default from what is given).")
    var solve: PowerQuestion?
    @Option(help: "Cluster variable of the evaluation's standard errors (the firm identifier, --id).")
    var cluster: String?
    @Option(help: "Placebo simulations (0 = analytic only).")
    var simulations: Int = PowerSpecification.defaultSimulations
    @Option(help: "Simulation seed.")
    var seed: UInt64 = PowerSpecification.defaultSeed
    @Option(help: "Last period of the history used (default: the year before the project's post year, else every period).")
    var through: Int?

    @OptionGroup var sample: SampleOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if firms == nil && effect == nil {
            throw ValidationError("Give --firms (for the minimum detectable effect), --effect (for the number of firms needed), or both (for the power).")
        }
    }

    func run() throws {
        let id = try keys.idColumn()
        if let cluster, cluster != id {
            throw ValidationError("--cluster \(cluster): support is planned firm by firm, so the evaluation clusters by the firm identifier (--id \(id)); other cluster variables are not supported yet.")
        }
        let sampled = try sample.restrict(keys.project.readPanel(data, id: id) { throw ValidationError("Give --data or --project.") })
        let (table, outcomeName) = try sample.variable(sampled.table, outcome ?? keys.columns().revenue)
        let specification = PowerSpecification(
            outcome: outcomeName, unit: id, time: try keys.timeColumn(),
            supportedFirms: firms, comparisonFirms: comparison, prePeriods: pre, postPeriods: post, alpha: alpha,
            targetPower: power, effect: effect, question: solve, simulations: simulations, seed: seed,
            lastHistoricalPeriod: try through ?? keys.project.loadProject()?.analysis.postYear.map { $0 - 1 })
        let bar = ProgressBar(label: "simulations")
        let result = try PowerAnalysis.run(table, specification, progress: bar.update)
        bar.finish()
        for note in result.notes { printWarning(note.wording.en) }
        try output.write(sample.report(result, sampled.summary))
    }
}
