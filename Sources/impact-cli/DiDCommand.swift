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
        bootstrap-t of the ATT. JSON: {"att","std_error","ci_low","ci_high","nobs",\
        "coefficients",…}.
        """
    )

    @Option(help: "CSV panel with one header line.")
    var data: String
    @Option(help: "Unit (firm) identifier column.")
    var id: String = "firm_id"
    @Option(help: "Period (year) column.")
    var time: String = "year"
    @Option(help: "0/1 column: the unit is in the treated group.")
    var treated: String = "treated"
    @Option(help: "0/1 column: the period is after the policy.")
    var post: String = "post"
    @Option(name: .customLong("post-year"), help: "Build the post indicator as --time ≥ this period instead of reading --post.")
    var postYear: Int?
    @Option(help: "Outcome column.")
    var outcome: String
    @Flag(help: "Two-way fixed effects (absorb unit and period) instead of the pooled 2×2 regression.")
    var fe = false
    @Option(help: "Comma-separated numeric control variables.")
    var covariates: String?
    @Option(help: "Standard errors: iid, hc0, hc1, hc2, hc3, cluster:VAR (default cluster by --id).")
    var vcov: VarianceEstimator?
    @Option(help: "Wild cluster bootstrap draws (0 = none).")
    var bootstrap: Int = 0
    @Option(help: "Bootstrap seed.")
    var seed: UInt64 = WildClusterBootstrapOptions().seed
    @Option(help: "Bootstrap weights: rademacher or webb.")
    var weights: WildBootstrapWeights = .rademacher

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard bootstrap >= 0 else { throw ValidationError("--bootstrap must be zero or a positive number of draws.") }
    }

    func run() throws {
        var table = try CSVReader.read(path: data)
        var postColumn = post
        if let postYear {
            postColumn = table.hasColumn("post_\(postYear)") ? "post_from_\(postYear)" : "post_\(postYear)"
            table = try DifferenceInDifferences.addingPostIndicator(to: table, time: time, firstPostPeriod: postYear,
                                                                   named: postColumn)
        }
        let specification = DifferenceInDifferencesSpecification(
            outcome: outcome, unit: id, time: time, treated: treated, post: postColumn,
            covariates: covariates.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? [],
            design: fe ? .twoWayFixedEffects : .pooled, vcov: vcov)
        var result = try DifferenceInDifferences.estimate(table, specification)
        if bootstrap > 0 {
            let bar = ProgressBar(label: "bootstrap")
            let test = try WildClusterBootstrap.test(
                result.regression, term: result.att.term,
                options: WildClusterBootstrapOptions(replications: bootstrap, seed: seed, weights: weights),
                progress: bar.update)
            bar.finish()
            result = result.attaching(test)
        }
        if output.format == .json {
            try output.emit(try encodeJSON(result))
        } else {
            try output.emit(ReportRenderer.render(result.reportTables(), format: output.format, language: output.lang))
        }
    }
}

/// Pretty-printed JSON of an encodable result, ending with a newline.
func encodeJSON<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
}
