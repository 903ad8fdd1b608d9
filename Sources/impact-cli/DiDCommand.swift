import ArgumentParser
import Foundation
import Impact

extension WildBootstrapWeights: ExpressibleByArgument {}

/// `impact did`: difference-in-differences (pooled 2×2 or two-way fixed effects).
struct DiDCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "did",
        abstract: "Estimate a difference-in-differences ATT (2×2 or two-way fixed effects).",
        discussion: """
        The pooled design regresses the outcome on treated, post and treated:post; --fe \
        absorbs unit and period effects instead. Standard errors are clustered by --id \
        unless --vcov says otherwise. --bootstrap N adds a restricted wild cluster \
        bootstrap-t of the ATT. Pooled cross-sections need no --id: give --vcov hc1, iid \
        or cluster:VAR. Example: impact did --data houses.csv --outcome "I(log(price))" \
        --treated nearinc --post-year 1981 --vcov hc1 --subset "rooms >= 4". \
        JSON: {"att","std_error","ci_low","ci_high","nobs","coefficients",…}.
        """
    )

    @Option(help: "CSV panel with one header line (default: the project's panel).")
    var data: String?
    @OptionGroup var keys: PanelKeyOptions
    @OptionGroup var design: DiDDesignOptions
    @Option(help: "Outcome column, or a transformed one such as \"I(log(price))\" (default: the project's revenue).")
    var outcome: String?
    @Option(help: "Comma-separated numeric control variables.")
    var covariates: String?
    @Option(help: "Standard errors: iid, hc0, hc1, hc2, hc3, cluster:VAR (default cluster by --id).")
    var vcov: VarianceEstimator?
    @Option(help: "Wild cluster bootstrap draws (0 = none).")
    var bootstrap: Int = 0
    @Option(help: "Bootstrap seed.")
    var seed: UInt64 = WildClusterBootstrapOptions().seed
    @Option(help: "Bootstrap weights: \(WildBootstrapWeights.allCases.map(\.rawValue).joined(separator: ", ")).")
    var weights: WildBootstrapWeights = .rademacher

    @OptionGroup var sample: SampleOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard bootstrap >= 0 else {
            throw ValidationError("--bootstrap must be zero (no bootstrap) or a positive number of draws, not \(bootstrap).")
        }
    }

    /// The bootstrap asked for, or `nil` for none.
    private var bootstrapOptions: WildClusterBootstrapOptions? {
        bootstrap > 0 ? WildClusterBootstrapOptions(replications: bootstrap, seed: seed, weights: weights) : nil
    }

    func run() throws {
        let sampled = try sample.restrict(keys.project.readPanel(data, id: keys.id ?? keys.legacyFirm, columns: try usedColumns()) {
            throw ValidationError("Give --data or --project.")
        })
        let (data, outcomeName) = try sample.variable(sampled.table, outcome ?? keys.columns().revenue)
        let (table, specification) = try design.specification(data,
            outcome: outcomeName, keys: keys, covariates: commaSeparated(covariates), vcov: vcov)
        let bar = ProgressBar(label: "bootstrap")
        let result = try DifferenceInDifferences.estimate(table, specification,
                                                          bootstrap: bootstrapOptions, progress: bar.update)
        bar.finish()
        for note in result.notes { printWarning(note.wording.en) }
        try output.write(sample.report(result, sampled.summary))
    }
}
