/// Units with a binary treatment, an outcome, covariates and propensity scores: the input
/// of inverse-probability weighting, matching and balance tables.
///
/// Built from a table, the propensity score is the fitted probability of a logit of the
/// treatment on an intercept and the covariates (``LogitRegression``), and the logit is
/// kept so that weighting can account for its estimation in standard errors.
public struct PropensitySample: Sendable, Equatable {
    /// Treatment status per unit.
    public let treated: [Bool]
    /// Outcome per unit.
    public let outcome: [Double]
    /// Covariates, `units × covariateNames.count`, column-major (no intercept).
    public let covariates: Matrix
    /// Covariate names.
    public let covariateNames: [String]
    /// Propensity score P(treated | covariates) per unit, in (0, 1).
    public let propensity: [Double]
    /// Table row of each unit (0-based), held as a count when unit i is row i (every row
    /// used: no n-length list is held, as ``ModelFrame`` and ``LogitResult`` do).
    let rows: TableRows

    /// Table row of each unit (0-based); made on access when every row is used.
    public var sourceRows: [Int] { rows.list }
    /// The propensity logit, when the scores were estimated here.
    public let logit: LogitResult?
    /// The logit's design (intercept and covariates), when the scores were estimated here.
    public let design: Matrix?

    /// Creates a sample from given propensity scores (estimated elsewhere; standard errors
    /// then treat them as known).
    ///
    /// - Throws: ``PropensityError/propensityOutOfRange(value:observation:)`` or
    ///   ``PropensityError/emptyGroup(treated:controls:)``.
    public init(treated: [Bool], outcome: [Double], covariates: Matrix, covariateNames: [String],
                propensity: [Double]) throws(PropensityError) {
        precondition(treated.count == outcome.count && treated.count == propensity.count
                     && covariates.rows == treated.count && covariates.columns == covariateNames.count,
                     "sample arrays differ in length")
        try self.init(treated: treated, outcome: outcome, covariates: covariates,
                      covariateNames: covariateNames, propensity: propensity,
                      sourceRows: nil, logit: nil, design: nil)
    }

    init(treated: [Bool], outcome: [Double], covariates: Matrix, covariateNames: [String],
         propensity: [Double], sourceRows: [Int]?, logit: LogitResult?, design: Matrix?) throws(PropensityError) {
        if let bad = propensity.indices.first(where: { !(propensity[$0] > 0 && propensity[$0] < 1) }) {
            throw .propensityOutOfRange(value: propensity[bad], observation: bad)
        }
        let treatedCount = treated.lazy.filter { $0 }.count
        guard treatedCount > 0, treatedCount < treated.count else {
            throw .emptyGroup(treated: treatedCount, controls: treated.count - treatedCount)
        }
        self.treated = treated
        self.outcome = outcome
        self.covariates = covariates
        self.covariateNames = covariateNames
        self.propensity = propensity
        self.rows = TableRows(sourceRows, count: treated.count)
        self.logit = logit
        self.design = design
    }

    /// Reads treatment, outcome and numeric covariates from a table, keeps the rows where
    /// all are present, and estimates the propensity score by a logit of the treatment on
    /// an intercept and the covariates.
    ///
    /// - Throws: ``PropensityError/table(_:)`` for missing or text columns,
    ///   ``PropensityError/treatmentNotBinary(value:row:)``, ``PropensityError/logit(_:)``
    ///   (e.g. perfect separation), ``PropensityError/emptyGroup(treated:controls:)``.
    public init(table: Table, treatment: String, outcome: String, covariates names: [String],
                logit estimator: LogitRegression = LogitRegression()) throws(PropensityError) {
        let treatmentColumn: NumericColumn, outcomeColumn: NumericColumn
        var covariateColumns: [NumericColumn] = []
        do {
            treatmentColumn = try table.numeric(treatment)
            outcomeColumn = try table.numeric(outcome)
            for name in names { covariateColumns.append(try table.numeric(name)) }
        } catch {
            throw .table(error)
        }
        let rows = (0..<table.rowCount).filter { row in
            !treatmentColumn.isMissing[row] && !outcomeColumn.isMissing[row]
                && covariateColumns.allSatisfy { !$0.isMissing[row] }
        }
        let status = treatmentColumn.values(at: rows)
        if let bad = status.indices.first(where: { status[$0] != 0 && status[$0] != 1 }) {
            throw .treatmentNotBinary(value: status[bad], row: rows[bad])
        }
        let covariateValues = covariateColumns.map { $0.values(at: rows) }
        let covariates = Matrix(columns: covariateValues)
        let design = Matrix(columns: [[Double](repeating: 1, count: rows.count)] + covariateValues)
        let sourceRows = rows.count == table.rowCount ? nil : rows   // every row kept: the identity
        let positives = status.lazy.filter { $0 == 1 }.count
        guard positives > 0, positives < rows.count else {
            throw .emptyGroup(treated: positives, controls: rows.count - positives)
        }
        let fit: LogitResult
        do {
            fit = try estimator.fit(outcome: status, design: design, names: ["Intercept"] + names, sourceRows: sourceRows)
        } catch {
            throw .logit(error)
        }
        try self.init(treated: status.map { $0 == 1 }, outcome: outcomeColumn.values(at: rows),
                      covariates: covariates, covariateNames: names, propensity: fit.fittedProbabilities,
                      sourceRows: sourceRows, logit: fit, design: design)
    }

    /// Builds the sample from a propensity formula such as `treated ~ x1 + log(assets) +
    /// C(sector)` (the design layer's syntax, intercept included unless removed); the
    /// balance table then covers every design column but the intercept, dummies included.
    /// Rows with a missing outcome are blanked before the formula is applied, so the logit
    /// and the estimate use the same rows.
    ///
    /// - Throws: ``PropensityError/design(_:)`` for formula errors, besides the errors of
    ///   ``init(table:treatment:outcome:covariates:logit:)``.
    public init(table: Table, formula: String, outcome: String,
                logit estimator: LogitRegression = LogitRegression()) throws(PropensityError) {
        let outcomeColumn: NumericColumn
        do { outcomeColumn = try table.numeric(outcome) } catch { throw .table(error) }
        let blanked = Self.blanking(rows: outcomeColumn.isMissing, of: table)
        let frame: ModelFrame
        do { frame = try ModelFrame(formula: formula, table: blanked) } catch { throw .design(error) }
        if let bad = frame.response.indices.first(where: { frame.response[$0] != 0 && frame.response[$0] != 1 }) {
            throw .treatmentNotBinary(value: frame.response[bad], row: frame.sourceRows[bad])
        }
        let positives = frame.response.lazy.filter { $0 == 1 }.count
        guard positives > 0, positives < frame.response.count else {
            throw .emptyGroup(treated: positives, controls: frame.response.count - positives)
        }
        let fit: LogitResult
        do { fit = try estimator.fit(frame) } catch { throw .logit(error) }
        let kept = frame.regressorNames.indices.filter { !(frame.hasIntercept && $0 == 0) }
        try self.init(treated: frame.response.map { $0 == 1 },
                      outcome: outcomeColumn.values(at: frame.sourceRows),
                      covariates: frame.regressors.selectingColumns(kept),
                      covariateNames: kept.map { frame.regressorNames[$0] },
                      propensity: fit.fittedProbabilities, sourceRows: frame.explicitSourceRows,
                      logit: fit, design: frame.regressors)
    }

    /// A copy of `table` with every cell of the flagged rows missing.
    private static func blanking(rows flagged: [Bool], of table: Table) -> Table {
        guard flagged.contains(true) else { return table }
        let columns: [(name: String, column: Column)] = zip(table.columnNames, table.columns).map { name, column in
            switch column {
            case .numeric(let numbers):
                let missing = zip(numbers.isMissing, flagged).map { $0 || $1 }
                return (name, .numeric(NumericColumn(values: numbers.values, isMissing: missing)))
            case .categorical(let categories):
                let codes = zip(categories.codes, flagged).map { $1 ? -1 : $0 }
                return (name, .categorical(CategoricalColumn(codes: codes, levels: categories.levels)))
            }
        }
        // The columns come from a valid table, so names are unique and lengths equal; a
        // failure here is a programming error, never a reason to hand back the unblanked table.
        do {
            return try Table(columns: columns, units: table.units)
        } catch {
            preconditionFailure("blanking rows built an inconsistent table: \(error)")
        }
    }

    /// Number of units.
    public var count: Int { treated.count }

    /// Number of treated units.
    public var treatedCount: Int { treated.lazy.filter { $0 }.count }
}
