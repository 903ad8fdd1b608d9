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
    @OptionGroup var keys: PanelKeyOptions
    @OptionGroup var design: DiDDesignOptions
    @Option(help: "Outcome column.")
    var outcome: String
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
        let (table, postColumn) = try design.withPostIndicator(CSVReader.read(path: data), time: keys.time)
        let specification = DifferenceInDifferencesSpecification(
            outcome: outcome, unit: keys.id, time: keys.time, treated: design.treated, post: postColumn,
            covariates: commaSeparated(covariates), design: design.design, vcov: vcov)
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
            try output.emit(ReportRenderer.renderTables(result.reportTables(), format: output.format, language: output.lang))
        }
    }
}

/// The trimmed, non-empty items of a comma-separated option (`"x1, x2"` → `["x1", "x2"]`);
/// none when the option is absent.
func commaSeparated(_ text: String?) -> [String] {
    (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}

/// Pretty-printed JSON of an encodable result, ending with a newline.
func encodeJSON<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
}
