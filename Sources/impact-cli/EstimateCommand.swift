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
        I() computes a term, e.g. y ~ I((age - 25)^2) + log1p(sales) + poly(age, 3), \
        and the columns after | are absorbed as fixed effects. Instrumental variables (2SLS) \
        take a last part "endogenous ~ instruments": y ~ x1 | firm_id + year | x2 ~ z1 + z2, \
        or y ~ x1 | x2 ~ z1 without fixed effects; the first stages print beside the second \
        with the instruments' F statistics and the Wu-Hausman test. --subset "state == 'KY' & \
        year >= 2015" estimates on some rows; --split sector adds one model per sector \
        beside the full sample. One --formula prints the \
        coefficient table and fit statistics; several print one table with the models side \
        by side. JSON output is the regression result contract (an array for several models).
        """
    )

    @Option(help: "Data file, CSV or .xlsx (default: the panel of --project).")
    var data: String?

    /// `--project` (--data defaults to its panel, read with its `na_values` and units) and `--na-values`.
    @OptionGroup var files: ProjectOptions

    @Option(name: .customLong("formula"),
            help: "Model formula; repeat for several models side by side.")
    var formulas: [String]

    @Option(help: """
        Standard errors: iid, hc0, hc1, hc2, hc3, cluster:VAR or cluster:VAR1,VAR2. \
        Default: iid without fixed effects (as statsmodels), clustered by the first fixed \
        effect with them (as fixest).
        """)
    var vcov: VarianceEstimator?

    @Option(help: "Positive analytic weights (weighted least squares): a column, or a variable such as \"I(1/inc)\".")
    var weights: String?

    @Option(help: "Column whose levels each get a model beside the full sample (fixest's split).")
    var split: String?

    @OptionGroup var sample: SampleOptions

    @Flag(help: "Keep observations alone in a fixed-effect level (dropped by default, as fixest does).")
    var keepSingletons = false

    @Flag(help: "Print the regression table as LaTeX (booktabs) instead of --format.")
    var latex = false

    @Flag(help: """
        Print the wall-clock time of each phase (read, design, demean, fit, covariance, \
        output) and the total to standard error.
        """)
    var timings = false

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !formulas.isEmpty else { throw ValidationError("Give at least one --formula.") }
        guard data != nil || files.project != nil else { throw ValidationError("Give --data or --project.") }
    }

    /// The request of the options: `--data`, else the panel of `project`, read with the
    /// project's reading options and `--na-values` (its firm identifier kept as text when a
    /// model uses it); the project's panel with its yes/no column recoded to 0/1, as the
    /// other commands read it (``EvaluationProject/flagRecoding``).
    private func request(project: EvaluationProject?) throws -> RegressionRequest {
        guard let path = data ?? project.map({ $0.path($0.data.panel) }) else { throw ValidationError("Give --data or --project.") }
        return RegressionRequest(
            path: path, formulas: try formulas.map { try Formula($0) }, weights: weights,
            variance: VarianceChoice(vcov), options: RegressionOptions(singletons: keepSingletons ? .keep : .drop),
            subset: try sample.rowSubset(), split: split,
            readOptions: files.readOptions(of: project, categorical: Set([project?.columns.id].compactMap { $0 })),
            flagRecoding: data == nil ? project?.flagRecoding : nil)
    }

    func run() throws {
        ProcessMemory.returnFreedMemoryPromptly()
        let request = try request(project: files.loadProject())
        var phases = PhaseTimings()
        if request.formulas.contains(where: { $0.instruments != nil }) {
            guard split == nil else { throw ValidationError("--split does not combine with instrumental variables (a 2SLS formula).") }
            let table = RegressionModelTable(try request.estimateModels())
            try phases.measure(.output) {
                try latex ? output.emit(Data(table.latex(language: output.lang).utf8)) : output.write(table)
            }
        } else {
            let table = RegressionTable(try request.estimates(timings: &phases))
            try phases.measure(.output) {
                try latex ? output.emit(Data(table.latex(language: output.lang).utf8)) : output.write(table)
            }
        }
        if timings { FileHandle.standardError.write(Data(phases.text(language: output.lang).utf8)) }
    }
}
