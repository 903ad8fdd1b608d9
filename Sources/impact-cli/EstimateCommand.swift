import ArgumentParser
import Foundation
import Impact

extension VarianceEstimator: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(label: argument)
    }
}

/// `impact estimate`: linear regressions (OLS, WLS, absorbed fixed effects) from a CSV file.
struct EstimateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "estimate",
        abstract: "Estimate linear regressions (OLS, WLS, fixed effects) from a CSV file.",
        discussion: """
        Formulas follow fixest: y ~ x1 + x2 + C(sector) + x1:x2 | firm_id + year. \
        The intercept is on unless the formula says 0 or - 1; C(var) or C(var, ref="b") \
        makes dummies, a*b is a + b + a:b, log(var) and i(rel_year, ref=-1) are available, \
        and the columns after | are absorbed as fixed effects. One --formula prints the \
        coefficient table and fit statistics; several print one table with the models side \
        by side. JSON output is the regression result contract (an array for several models).
        """
    )

    @Option(help: "CSV file with one header line.")
    var data: String

    @Option(name: .customLong("formula"),
            help: "Model formula; repeat for several models side by side.")
    var formulas: [String]

    @Option(help: """
        Standard errors: iid, hc0, hc1, hc2, hc3, cluster:VAR or cluster:VAR1,VAR2. \
        Default: iid without fixed effects (as statsmodels), clustered by the first fixed \
        effect with them (as fixest and pyfixest).
        """)
    var vcov: VarianceEstimator?

    @Option(help: "Column of positive analytic weights (weighted least squares).")
    var weights: String?

    @Flag(help: "Keep observations alone in a fixed-effect level (dropped by default, as fixest does).")
    var keepSingletons = false

    @Flag(help: "Print the regression table as LaTeX (booktabs) instead of --format.")
    var latex = false

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !formulas.isEmpty else { throw ValidationError("Give at least one --formula.") }
    }

    func run() throws {
        let parsed = try formulas.map { try Formula($0) }
        let frames = try modelFrames(parsed)
        let options = RegressionOptions(singletons: keepSingletons ? .keep : .drop)
        let results = try zip(parsed, frames).map { formula, frame in
            try LinearRegression.estimate(frame, vcov: estimator(for: formula), options: options)
        }
        let table = RegressionTable(results)
        try output.emit(render(table))
    }

    /// Reads the data and applies every formula; the table is released on return, so
    /// only the design matrices stay in memory while fitting.
    private func modelFrames(_ formulas: [Formula]) throws -> [ModelFrame] {
        let table = try CSVReader.read(path: data)
        return try formulas.map { formula in
            var clusters: [String] = []
            if case .cluster(let names) = estimator(for: formula) { clusters = names }
            return try ModelFrame(formula: formula, table: table, weights: weights, clusters: clusters)
        }
    }

    /// The `--vcov` choice, or the default for this formula.
    private func estimator(for formula: Formula) -> VarianceEstimator {
        if let vcov { return vcov }
        guard let first = formula.fixedEffects.first else { return .iid }
        return .cluster([first.description])
    }

    private func render(_ table: RegressionTable) throws -> String {
        let language = output.lang
        if latex { return table.latex(language: language) }
        switch output.format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
            let data = table.models.count == 1
                ? try encoder.encode(table.models[0]) : try encoder.encode(table.models)
            return String(decoding: data, as: UTF8.self) + "\n"
        case .table where table.models.count > 1:
            return table.text(language: language)
        case .md where table.models.count > 1:
            return table.markdown(language: language)
        case .table, .md, .csv, .html:
            let tables = table.models.count == 1
                ? [table.coefficientTable(), table.statisticsTable()]
                : [table.reportTable(language: language)]
            return ReportRenderer.render(tables, format: output.format, language: language)
        }
    }
}
