import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
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
        Self.returnFreedMemoryPromptly()
        let parsed = try formulas.map { try Formula($0) }
        var frames = try modelFrames(parsed)
        let options = RegressionOptions(singletons: keepSingletons ? .keep : .drop)
        // Each frame is handed over to its fit, which frees the design once demeaned.
        var results: [RegressionResult] = []
        for formula in parsed {
            let frame = frames.removeFirst()
            let fit = try LinearRegression.fit(consume frame, options: options)
            results.append(try fit.result(vcov: estimator(for: formula)))
        }
        let table = RegressionTable(results)
        try output.emit(render(table))
    }

    /// Reads the data and applies every formula; the table is released on return, so
    /// only the design matrices stay in memory while fitting. Only the columns the models
    /// use are read (faster, and less memory, on wide files).
    private func modelFrames(_ formulas: [Formula]) throws -> [ModelFrame] {
        let table = try readUsedColumns(formulas)
        return try formulas.map { formula in
            var clusters: [String] = []
            if case .cluster(let names) = estimator(for: formula) { clusters = names }
            return try ModelFrame(formula: formula, table: table, weights: weights, clusters: clusters)
        }
    }

    /// The table restricted to the columns named by the formulas, `--weights` and the
    /// cluster variables. A name the file lacks is reported by the design step (with the
    /// nearest name and its place in the formula), so then every column is read.
    private func readUsedColumns(_ formulas: [Formula]) throws -> Table {
        var used = Set(formulas.flatMap(\.columnNames))
        if let weights { used.insert(weights) }
        for formula in formulas {
            if case .cluster(let names) = estimator(for: formula) {
                for name in names { used.formUnion(name.split(separator: "^").map(String.init)) }
            }
        }
        let options = CSVReadOptions(selectedColumns: used)
        let attempt = Result { () throws(CSVError) -> Table in try CSVReader.read(path: data, options: options) }
        if case .failure(.unknownOptionColumn) = attempt { return try CSVReader.read(path: data) }
        return try attempt.get()
    }

    /// Sets glibc's trim threshold to 1 MiB (`mallopt(M_TRIM_THRESHOLD, …)`; `mallopt`
    /// lives in `malloc.h`, outside the Glibc module, so it is looked up by name). A fixed
    /// threshold also stops glibc raising its mmap threshold as big arrays are freed, so the
    /// freed table and design go back to the system and the peak resident memory is what is
    /// live. Does nothing where the symbol is absent.
    private static func returnFreedMemoryPromptly() {
        #if canImport(Glibc)
        typealias MallocOption = @convention(c) (Int32, Int32) -> Int32
        let trimThreshold: Int32 = -1   // M_TRIM_THRESHOLD
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: MallocOption.self)(trimThreshold, 1 << 20)
        #endif
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
            return ReportRenderer.renderTables(tables, format: output.format, language: language)
        }
    }
}
