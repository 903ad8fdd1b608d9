/// Linear regressions of a CSV file, as `impact estimate` runs them: one value that reads
/// the data, builds each model's frame under the variance choice, fits and infers.
///
/// ```swift
/// let request = RegressionRequest(path: "panel.csv",
///                                 formulas: [try Formula("y ~ x1 + x2 | firm_id + year")])
/// let results = try request.estimate()   // clustered by firm_id, the default with fixed effects
/// ```
///
/// What it decides, so that callers do not:
/// - only the columns the models use are read (``usedColumns``: the formulas' columns,
///   the weights and the cluster columns of the variance choice), which is faster and
///   smaller on wide files; when the file lacks one of them, every column is read instead,
///   so that the design step reports the unknown name with the nearest one and its place
///   in the formula;
/// - the variance: ``variance`` (default ``VarianceChoice/modelDefault``: clustered by the
///   first fixed effect with fixed effects, `iid` without);
/// - memory: the table is released once the frames are built, and each frame is handed
///   over to its fit (`fit(consume frame)`), which frees the design once demeaned. (A
///   program can also make the freed memory go back to the system promptly with
///   ``ProcessMemory/returnFreedMemoryPromptly()``, a process-wide setting the `impact`
///   command makes; the library does not change it behind a caller's back.)
public struct RegressionRequest: Sendable {
    /// The CSV file (one header line).
    public let path: String
    /// The models, fitted in order.
    public let formulas: [Formula]
    /// A column of positive analytic weights (WLS), or `nil`.
    public let weights: String?
    /// The variance choice, applied to every model (its default resolved per formula).
    public let variance: VarianceChoice
    /// The fit's settings.
    public let options: RegressionOptions
    /// Level of the confidence intervals; default 0.95.
    public let confidenceLevel: Double

    /// A request; see each property for its default.
    public init(path: String, formulas: [Formula], weights: String? = nil,
                variance: VarianceChoice = .modelDefault, options: RegressionOptions = .init(),
                confidenceLevel: Double = ConfidenceLevel.standard) {
        self.path = path
        self.formulas = formulas
        self.weights = weights
        self.variance = variance
        self.options = options
        self.confidenceLevel = confidenceLevel
    }

    /// The columns the models need: every formula's columns, the weights, and the columns
    /// of the cluster variables (`a^b` needs `a` and `b`).
    public var usedColumns: Set<String> {
        var used = Set(formulas.flatMap(\.columnNames))
        if let weights { used.insert(weights) }
        for formula in formulas {
            used.formUnion(variance.clusterColumns(for: formula))
        }
        return used
    }

    /// Reads the data, fits every formula and returns one result per formula, in order.
    public func estimate() throws(RegressionRequestError) -> [RegressionResult] {
        var timings = PhaseTimings()
        return try estimate(timings: &timings)
    }

    /// ``estimate()``, adding the wall-clock time of each phase to `timings`: `read`,
    /// `design`, `demean`, `fit` and `covariance` (``PhaseTimings/Phase``; `output` is the
    /// caller's). The results are the same as ``estimate()``'s.
    public func estimate(timings: inout PhaseTimings) throws(RegressionRequestError) -> [RegressionResult] {
        var frames = try modelFrames(timings: &timings)
        var results: [RegressionResult] = []
        for formula in formulas {
            let frame = frames.removeFirst()
            do {
                let fit = try LinearRegression.fit(consume frame, options: options, timings: &timings)
                let started = PhaseTimings.Instant.now()
                results.append(try fit.result(variance: variance, confidenceLevel: confidenceLevel))
                timings.add(since: started, to: .covariance)
            } catch {
                throw .estimation(error, formula: formula.source)
            }
        }
        return results
    }

    /// Every formula applied to the table; the table is released on return, so only the
    /// design matrices stay in memory while fitting.
    private func modelFrames(timings: inout PhaseTimings) throws(RegressionRequestError) -> [ModelFrame] {
        let readStarted = PhaseTimings.Instant.now()
        let table = try readTable()
        timings.add(since: readStarted, to: .read)
        let designStarted = PhaseTimings.Instant.now()
        defer { timings.add(since: designStarted, to: .design) }
        var frames: [ModelFrame] = []
        for formula in formulas {
            do {
                frames.append(try ModelFrame(formula: formula, table: table, weights: weights, variance: variance))
            } catch {
                throw .design(error)
            }
        }
        return frames
    }

    /// The table restricted to ``usedColumns``, or every column when the file lacks one.
    private func readTable() throws(RegressionRequestError) -> Table {
        do {
            do {
                return try TableFile.read(path: path, options: CSVReadOptions(selectedColumns: usedColumns))
            } catch .unknownOptionColumn {
                return try TableFile.read(path: path)
            }
        } catch {
            throw .reading(error)
        }
    }
}
