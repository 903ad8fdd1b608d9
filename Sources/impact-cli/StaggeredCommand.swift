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
        the first period a firm is treated; 0 or blank means never treated. As in the R \
        package did: never-treated controls, varying base period, doubly robust with \
        --covariates. Unlike did (multiplier bootstrap with uniform bands by default), \
        standard errors are analytic (influence function, clustered by firm) unless \
        --bootstrap N is given, which adds the uniform bands. Prints a summary with the \
        pre-test of parallel trends. --estimator imputation gives Borusyak–Jaravel–Spiess \
        instead. --outcome "I(log(revenue))" estimates on a transformed outcome; --subset \
        "sector == '软件'" on some rows. JSON output: {"att_gt": [...], "aggregations": \
        {"simple", "dynamic", "group", "calendar", ...}, "pretest", ...}.
        """
    )

    @Option(help: "Firm panel, CSV or .xlsx (default: the project's panel).")
    var data: String?

    @OptionGroup var keys: PanelKeyOptions

    @Option(help: "First treated period per firm; 0 or blank = never treated (default cohort, or the project's [analysis] cohort).")
    var cohort: String?

    @Option(help: "Outcome column, or a transformed one such as \"I(log(revenue))\" (default: the project's revenue).")
    var outcome: String?

    @Option(help: "Control firms: never (never treated) or notyet (not yet treated).")
    var control: StaggeredControlGroup = .neverTreated

    @Option(help: "Base period: varying (t − 1 before treatment) or universal (g − 1 throughout).")
    var basePeriod: StaggeredBasePeriod = .varying

    @OptionGroup var methodOptions: StaggeredMethodOptions

    @Flag(help: "Leave out firms without an outcome in every period (default: stop with an error).")
    var dropIncomplete = false

    @Option(help: "Multiplier-bootstrap replications for the standard errors (default: analytic errors).")
    var bootstrap: Int?

    @Option(help: "Seed of the bootstrap's random numbers.")
    var seed: UInt64 = 20_240_101

    @Option(help: "Bootstrap multipliers: mammen or rademacher.")
    var multipliers: StaggeredMultiplierWeights = .mammen

    @OptionGroup var estimator: StaggeredEstimatorOptions

    @OptionGroup var sample: SampleOptions
    @OptionGroup var honest: HonestOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let bootstrap, bootstrap < 2 {
            throw ValidationError("--bootstrap needs at least 2 replications, not \(bootstrap).")
        }
        if let cluster = methodOptions.cluster, bootstrap == nil {
            throw ValidationError("--cluster \(cluster) needs the multiplier bootstrap: add --bootstrap 999 (as R's did).")
        }
        if estimator.estimator == .imputation {
            let unused = [("--honest-mbar", honest.mbar != nil), ("--honest-m", honest.m != nil),
                          ("--anticipation", methodOptions.anticipation != 0), ("--bootstrap", bootstrap != nil),
                          ("--cluster", methodOptions.cluster != nil), ("--panel false", !methodOptions.panel),
                          ("--method", methodOptions.method != .doublyRobust), ("--control", control != .neverTreated),
                          ("--base-period", basePeriod != .varying), ("--drop-incomplete", dropIncomplete)]
                .filter(\.1).map(\.0)
            if !unused.isEmpty {
                throw ValidationError("\(unused.joined(separator: ", ")) apply to the Callaway–Sant'Anna estimator, not to --estimator imputation.")
            }
        }
    }

    func run() throws {
        let project = try keys.project.loadProject()
        let outcome = try self.outcome ?? keys.columns().revenue, cohort = cohort ?? project?.analysis.cohort ?? "cohort"
        let columns = sample.readColumns([try keys.idColumn(), try keys.timeColumn(), cohort] + [methodOptions.cluster].compactMap { $0 },
                                         variables: [outcome] + methodOptions.covariateNames)
        let sampled = try sample.restrict(keys.project.readPanel(data, id: keys.idColumn(), columns: columns) {
            throw ValidationError("Give --data or --project.")
        })
        let (table, outcomeName) = try sample.variable(sampled.table, outcome)
        if estimator.estimator == .imputation {
            let result = try estimator.runImputation(table, keys: keys, cohort: cohort,
                                                     outcome: outcomeName, covariates: methodOptions.covariateNames)
            return try output.write(sample.report(result, sampled.summary))
        }
        let estimator = CallawaySantAnna(controlGroup: control, basePeriod: basePeriod,
                                         method: methodOptions.method, anticipation: methodOptions.anticipation)
        let result = try estimator.estimate(
            table, id: keys.idColumn(), time: keys.timeColumn(),
            cohort: cohort, outcome: outcomeName,
            covariates: methodOptions.covariateNames, dropsIncompleteUnits: dropIncomplete,
            bootstrap: bootstrap.map { StaggeredMultiplierBootstrap(replications: $0, seed: seed, weights: multipliers) },
            cluster: methodOptions.cluster, layout: methodOptions.layout)
        for note in result.notes { printWarning(note.wording.en, prefix: "") }
        try output.write(sample.report(try result.attachingSensitivity(honest.specification()), sampled.summary))
    }
}
