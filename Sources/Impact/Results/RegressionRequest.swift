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
///   over to its fit (`fit(consume frame)`), which demeans the design in its own storage
///   (no second n × k matrix) and the response in its own array, which then becomes the
///   residuals, and, when the normal equations are safe, factorizes it without a copy
///   (``LinearRegression``). When every row of the table is used, the rows are not listed
///   (no n-length index array; ``ModelFrame/sourceRows`` is made on access). (A
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
    /// Rows to estimate on (`--subset`), applied when the table is read; default all.
    public let subset: RowSubset?
    /// A column whose levels each get their own model beside the full sample (fixest's
    /// `split`); default none.
    public let split: String?
    /// How the file is read (missing markers, declared money units, columns kept as text),
    /// e.g. an evaluation project's read options (`impact estimate --project`); default
    /// `CSVReadOptions()`, the reader's defaults. Its ``CSVReadOptions/selectedColumns`` is
    /// replaced by ``usedColumns`` (by every column when the file lacks one of them).
    /// Its ``CSVReadOptions/categoricalColumns`` apply to the columns the models use (a
    /// project's firm identifier is kept as text when a model uses it, and not asked of a
    /// file the models do not need it from).
    public let readOptions: CSVReadOptions
    /// A yes/no column written in words turned into 0/1 once the file is read, before the
    /// subset (an evaluation project's supported column, `impact estimate --project`), so
    /// that it enters a model as one regressor named after the column; default `nil` (a
    /// text column enters as a factor, `treated[T.是]`).
    public let flagRecoding: FlagRecoding?

    /// A request; see each property for its default. `weights` is a column or a transformed
    /// variable such as `I(1/inc)` (``FormulaFactor/init(parsingNumeric:)``).
    public init(path: String, formulas: [Formula], weights: String? = nil,
                variance: VarianceChoice = .modelDefault, options: RegressionOptions = .init(),
                confidenceLevel: Double = ConfidenceLevel.standard, subset: RowSubset? = nil,
                split: String? = nil, readOptions: CSVReadOptions = CSVReadOptions(),
                flagRecoding: FlagRecoding? = nil) {
        self.path = path
        self.readOptions = readOptions
        self.flagRecoding = flagRecoding
        self.formulas = formulas
        self.weights = weights
        self.variance = variance
        self.options = options
        self.confidenceLevel = confidenceLevel
        self.subset = subset
        self.split = split
    }

    /// The columns the models need: every formula's columns, the weights, and the columns
    /// of the cluster variables (`a^b` needs `a` and `b`).
    public var usedColumns: Set<String> {
        var used = Set(formulas.flatMap(\.columnNames))
        if let weights {
            used.insert(weights)
            if weights.contains("("), let factor = try? FormulaFactor(parsingNumeric: weights) { used.formUnion(factor.columns) }
        }
        used.formUnion(subset?.columnNames ?? [])
        if let split { used.insert(split) }
        for formula in formulas {
            used.formUnion(variance.clusterColumns(for: formula))
        }
        return used
    }

    /// Reads the data, fits every formula and returns one result per formula, in order
    /// (for a formula with instruments, its 2SLS second stage; ``estimateModels()`` gives
    /// the first stages and diagnostics too). With a ``split``, each formula's full-sample
    /// model is followed by one per level.
    public func estimate() throws(RegressionRequestError) -> [RegressionResult] {
        var timings = PhaseTimings()
        return try estimate(timings: &timings)
    }

    /// ``estimate()``, adding the wall-clock time of each phase to `timings`: `read`,
    /// `design`, `demean`, `fit` and `covariance` (``PhaseTimings/Phase``; `output` is the
    /// caller's). The results are the same as ``estimate()``'s. A 2SLS formula is timed as
    /// a whole (no phases).
    public func estimate(timings: inout PhaseTimings) throws(RegressionRequestError) -> [RegressionResult] {
        if formulas.contains(where: { $0.instruments != nil }) { return try estimateModels().map(\.regression) }
        return try estimates(timings: &timings).results
    }

    /// Every model with its sample and the subset's counts (see ``RegressionEstimates``).
    public func estimates() throws(RegressionRequestError) -> RegressionEstimates {
        var timings = PhaseTimings()
        return try estimates(timings: &timings)
    }

    /// ``estimates()``, adding the time of each phase to `timings` (as ``estimate(timings:)``).
    public func estimates(timings: inout PhaseTimings) throws(RegressionRequestError) -> RegressionEstimates {
        if let split {
            let (table, summary) = try readSample(timings: &timings)
            return try splitEstimates(table, split: split, subset: summary)
        }
        var (frames, summary) = try modelFrames(timings: &timings)
        var results: [RegressionResult] = []
        for formula in formulas {
            let frame = frames.removeFirst()
            results.append(try fitted(consume frame, formula: formula, timings: &timings))
        }
        return RegressionEstimates(results: results, samples: results.map { _ in .full }, subset: summary)
    }

    /// The fit and inference of one frame.
    func fitted(_ frame: consuming ModelFrame, formula: Formula) throws(RegressionRequestError) -> RegressionResult {
        var timings = PhaseTimings()
        return try fitted(frame, formula: formula, timings: &timings)
    }

    /// The fit and inference of one frame, timing `demean`, `fit` and `covariance`.
    func fitted(_ frame: consuming ModelFrame, formula: Formula,
                timings: inout PhaseTimings) throws(RegressionRequestError) -> RegressionResult {
        do {
            let fit = try LinearRegression.fit(frame, options: options, timings: &timings)
            let started = PhaseTimings.Instant.now()
            defer { timings.add(since: started, to: .covariance) }
            return try fit.result(variance: variance, confidenceLevel: confidenceLevel)
        } catch {
            throw .estimation(error, formula: formula.source)
        }
    }

    /// The table and what the subset kept.
    func readSample() throws(RegressionRequestError) -> (Table, SubsetSummary?) {
        var timings = PhaseTimings()
        return try readSample(timings: &timings)
    }

    /// The table and what the subset kept, timing `read` (the subset counts as reading).
    func readSample(timings: inout PhaseTimings) throws(RegressionRequestError) -> (Table, SubsetSummary?) {
        let started = PhaseTimings.Instant.now()
        defer { timings.add(since: started, to: .read) }
        let table = try readTable()
        guard let subset else { return (table, nil) }
        do {
            let (kept, summary) = try subset.apply(to: table)
            return (kept, summary)
        } catch {
            throw .subset(error)
        }
    }

    /// Every formula applied to the table; the table is released on return, so only the
    /// design matrices stay in memory while fitting.
    private func modelFrames(timings: inout PhaseTimings) throws(RegressionRequestError) -> ([ModelFrame], SubsetSummary?) {
        let (table, summary) = try readSample(timings: &timings)
        let designStarted = PhaseTimings.Instant.now()
        defer { timings.add(since: designStarted, to: .design) }
        var frames: [ModelFrame] = []
        do {
            for formula in formulas.dropLast() {
                frames.append(try ModelFrame(formula: formula, table: table, weights: weights, variance: variance))
            }
            // The last model takes the table over, so its columns are freed as the design is filled.
            if let last = formulas.last {
                frames.append(try ModelFrame(formula: last, table: consume table, weights: weights, variance: variance))
            }
        } catch {
            throw .design(error)
        }
        return (frames, summary)
    }

    /// The table restricted to ``usedColumns``, or every column when the file lacks one;
    /// read with ``readOptions`` (its text columns cut to ``usedColumns``), then
    /// ``flagRecoding`` applied (its problems thrown as ``CSVError/problems(_:)``).
    func readTable() throws(RegressionRequestError) -> Table {
        let used = usedColumns
        var every = readOptions
        every.selectedColumns = nil
        every.categoricalColumns.formIntersection(used)
        var selecting = every
        selecting.selectedColumns = used
        selecting.columnBlock = columnBlockLayout
        let table: Table
        do {
            do {
                table = try TableFile.read(path: path, options: selecting)
            } catch .unknownOptionColumn {
                table = try TableFile.read(path: path, options: every)
            }
        } catch {
            throw .reading(error)
        }
        guard let flagRecoding else { return table }
        do { return try flagRecoding.recoding(table, file: path) } catch { throw .reading(.problems(error)) }
    }

    /// The block the read puts the design's variables into, so the design takes them over
    /// without a copy (``Formula/columnBlockLayout``): for one formula read whole (no subset,
    /// no split); `nil` otherwise. (A yes/no column the request recodes is text, for which
    /// the reader makes no block.)
    private var columnBlockLayout: ColumnBlockLayout? {
        guard formulas.count == 1, subset == nil, split == nil else { return nil }
        return formulas[0].columnBlockLayout
    }
}
