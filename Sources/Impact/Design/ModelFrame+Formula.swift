import Foundation

extension ModelFrame {
    /// Applies a formula to a table: the response, the design matrix, weights, fixed
    /// effects and clusters, over the rows where every model variable is present.
    ///
    /// - Parameters:
    ///   - formula: the parsed formula (see ``Formula``).
    ///   - table: the data.
    ///   - weights: a numeric column of analytic weights for weighted least squares, or a
    ///     variable written like a term, `I(1/inc)` (``FormulaFactor/init(parsingNumeric:)``;
    ///     errors point into that text); every weight used must be positive. Default `nil`
    ///     (ordinary least squares).
    ///   - clusters: columns to cluster standard errors on (one, or two for two-way
    ///     clustering); numbers or text; `a^b` clusters by the combination. Default none.
    ///
    /// Rows: a row is dropped when any model variable is missing in it (response,
    /// regressors, weights, fixed effects, clusters), when a transformed value is undefined
    /// (`I(…)`, `sqrt()`, `log1p()`: ``RowDropReason/sqrtOfNegative``,
    /// ``RowDropReason/divisionByZero``, ``RowDropReason/undefinedValue``), when `log()`
    /// meets a value ≤ 0, or when a numeric value is infinite; ``droppedForMissing`` counts
    /// them all and ``notes`` says how many were dropped for each reason but missing values
    /// (each row under the first reason met: missing, then transformed values in formula
    /// order, then `log()`, then infinite). A text column that
    /// is not in the model (say `sector` when it is not used) never drops a row.
    ///
    /// Design columns, in order: `Intercept` (unless the formula removes it or there are
    /// fixed effects, which absorb it), then for each term in ``Formula/terms`` its
    /// columns:
    /// - numeric variable `x1`: the values; `log(x1)`: their natural logarithm; `I(expr)`
    ///   and `exp`/`sqrt`/`abs`/`log1p`/`log` of an expression: its values, named as
    ///   formulaic names them (``FormulaArithmetic``); `poly(x, k)`: x, x², …, xᵏ (k columns);
    /// - categorical factors (`C(var)`, or a bare text column): one 0/1 dummy per level.
    ///   Levels are sorted (numbers numerically, text by code points), like patsy and R.
    ///   When the term without this factor is already in the model (for a main effect:
    ///   the intercept, or fixed effects), the reference level is left out — by default
    ///   the first sorted level, or the one given by `ref=` / `Treatment()` — and columns
    ///   are named `C(sector)[T.energy]` (`sector[T.energy]` for a bare column); otherwise
    ///   every level enters, named `C(sector)[energy]` (patsy's full-rank rule);
    /// - `i(var, ref=…)`: a dummy for each sorted level except the references, named
    ///   `var::level` (pyfixest), whatever else is in the model;
    /// - interactions `a:b`: the products of the columns of `a` and `b`, names joined by
    ///   `:`, the first factor's columns varying fastest (patsy's order).
    ///
    /// Fixed effects and clusters become ``FactorCodes`` numbered `0..<levels` over the
    /// kept rows in order of first appearance; `a^b` has one level per observed pair.
    ///
    /// Conventions: dummy levels are sorted, as in patsy, formulaic and R's `factor()`, so
    /// the default reference and the coefficient names match statsmodels and pyfixest on
    /// the same data (the table itself keeps levels in order of appearance). Rows with
    /// `log()` of a non-positive value are dropped with a note, as fixest drops the
    /// resulting infinite values.
    ///
    /// - Throws: ``FormulaError`` for unknown columns (with the nearest name and the
    ///   place in the formula), text where numbers are needed, an unknown reference
    ///   level, a non-positive weight, or no rows left.
    public init(formula: Formula, table: Table, weights weightsName: String? = nil,
                clusters clusterNames: [String] = []) throws(FormulaError) {
        self = try DesignBuilder(formula: formula, table: consume table, weightsName: weightsName,
                                 clusterNames: clusterNames).build()
    }

    /// Parses `formula` and applies it to `table`; see
    /// `init(formula:table:weights:clusters:)`.
    public init(formula: String, table: Table, weights: String? = nil,
                clusters: [String] = []) throws(FormulaError) {
        try self.init(formula: try Formula(formula), table: table, weights: weights, clusters: clusters)
    }
}

/// The steps of ``ModelFrame/init(formula:table:weights:clusters:)``.
struct DesignBuilder {
    let formula: Formula
    /// The table, until the columns the design needs have been taken from it.
    private var source: Table?
    let weightsName: String?
    let clusterNames: [String]

    /// The data (present until ``build()`` lets it go).
    var table: Table { source! }

    init(formula: Formula, table: consuming Table, weightsName: String?, clusterNames: [String]) {
        self.formula = formula
        source = table
        self.weightsName = weightsName
        self.clusterNames = clusterNames
    }

    /// One factor of one design column: a numeric vector, or a 0/1 indicator of a level.
    enum Piece {
        case numeric([Double])
        case indicator(codes: [Int32], level: Int32)
        /// Slot `Int` of the table's ``ColumnBlock`` (every row kept), read where it lies.
        case slot(Int)
    }

    /// The columns a formula names, resolved against the table.
    struct Resolved {
        let response: NumericColumn
        /// Distinct factors of the terms, in formula order.
        let factors: [FormulaFactor]
        let columns: [FormulaFactor: Column]
        let fixedEffectColumns: [[Column]]
        let weights: NumericColumn?
        let clusters: [[Column]]
        /// For each transformed variable (`I(…)`, `sqrt(…)`, a transformed response or
        /// weight), why each row's value is undefined (`nil` where it is defined).
        let undefined: [[RowDropReason?]]
    }

    /// The rows kept and how many were dropped for each reason but missing values.
    struct KeptRows {
        let rows: TableRows
        let dropped: [RowDropReason: Int]
    }

    /// The design columns: their names and the pieces each is the product of.
    struct DesignColumns {
        var names: [String] = []
        var specs: [[Piece]] = []
        /// The block the ``Piece/slot(_:)`` pieces read.
        var block: ColumnBlock?
    }

    /// Memory: once the rows, the factors and the pieces of every design column are known,
    /// the builder lets the table and the resolved columns go, and each piece is released as
    /// soon as its column is filled; a table the caller handed over (`consume`) then frees
    /// each source column as it is copied, so table and design are not both held whole.
    consuming func build() throws(FormulaError) -> ModelFrame {
        let resolved = try resolve()
        let kept = try keptRows(resolved)
        let rows = kept.rows
        let weightValues = try positiveWeights(resolved.weights, rows: rows)
        let withIntercept = formula.designHasIntercept
        let design = try designColumns(resolved, rows: rows, withIntercept: withIntercept)
        let n = rows.count
        try checkBudget(observations: n, parameters: design.names.count)
        var responseValues = gather(resolved.response, rows: rows)
        if case .logarithm = formula.response { responseValues = responseValues.map(Foundation.log) }
        let fixedEffects = fixedEffectFactors(resolved.fixedEffectColumns, rows: rows)
        let clusters = clusterFactors(resolved.clusters, rows: rows, fixedEffects: fixedEffects)
        let notes: [RegressionNote] = RowDropReason.allCases.compactMap { reason in
            kept.dropped[reason, default: 0] > 0 ? .rowsDropped(reason: reason, count: kept.dropped[reason]!) : nil
        }
        let droppedForMissing = table.rowCount - n
        let names = design.names
        var block = design.block
        var specs = (consume design).specs
        _ = consume resolved
        source = nil
        let storage = designStorage(&specs, block: &block, count: n, withIntercept: withIntercept)
        return ModelFrame(
            responseName: formula.response.name, response: responseValues,
            regressors: Matrix(rows: n, columns: names.count, storage: storage),
            regressorNames: names, hasIntercept: withIntercept, weights: weightValues,
            fixedEffects: fixedEffects, clusters: clusters,
            sourceRows: rows.explicit, droppedForMissing: droppedForMissing, notes: notes)
    }

    /// Step 1: every column, in formula order, so the first unknown name is reported.
    private func resolve() throws(FormulaError) -> Resolved {
        var undefined: [[RowDropReason?]] = []
        let response: NumericColumn
        if case .transformed(let expression, _) = formula.response {
            response = try transformed(expression, locations: formula.location(of:), undefined: &undefined)
        } else {
            response = try numericColumn(formula.response.column,
                                         role: formula.response == .variable(formula.response.column)
                                            ? "the response" : "the argument of log()")
        }
        var factors: [FormulaFactor] = []
        for factor in formula.terms.flatMap(\.factors) where !factors.contains(factor) {
            factors.append(factor)
        }
        var columns: [FormulaFactor: Column] = [:]
        for factor in factors {
            if case .logarithm(let name) = factor {
                columns[factor] = .numeric(try numericColumn(name, role: "the argument of log()"))
            } else if case .polynomial(let name, _, _) = factor {
                columns[factor] = .numeric(try numericColumn(name, role: "the argument of poly()"))
            } else if case .transformed(let expression, _) = factor {
                columns[factor] = .numeric(try transformed(expression, locations: formula.location(of:),
                                                           undefined: &undefined))
            } else {
                columns[factor] = try column(factor.column)
                // A bare column of numbers with a few stray texts would become one dummy per
                // value; name the texts instead (C(column) keeps it categorical on purpose).
                if case .variable(let name) = factor, case .categorical? = columns[factor],
                   let stray = table.textInNumbers[name] {
                    throw .textInNumbers(name, problems: stray.problems, at: formula.location(of: name))
                }
            }
        }
        let fixedEffectColumns = try formula.fixedEffects.map { effect throws(FormulaError) in
            try effect.columns.map { name throws(FormulaError) in try column(name) }
        }
        let weights = try weightsName.map { name throws(FormulaError) in try weightsColumn(name, undefined: &undefined) }
        // A cluster variable is a column; `a^b` (a column of that name aside) the
        // interaction of columns `a` and `b`.
        let clusters = try clusterNames.map { name throws(FormulaError) in
            let parts = table.hasColumn(name) ? [name] : name.split(separator: "^").map(String.init)
            return try parts.map { part throws(FormulaError) in try column(part, inFormula: false) }
        }
        return Resolved(response: response, factors: factors, columns: columns,
                        fixedEffectColumns: fixedEffectColumns, weights: weights, clusters: clusters,
                        undefined: undefined)
    }

    /// The values of a transformed variable; appends why each row is undefined to
    /// `undefined`. `locations` places a column's errors in the text it was written in.
    private func transformed(_ expression: FormulaArithmetic, locations: (String) -> FormulaLocation?,
                             undefined: inout [[RowDropReason?]]) throws(FormulaError) -> NumericColumn {
        let values = try expression.evaluate(rows: table.rowCount) { name throws(FormulaError) in
            try numericColumn(name, role: "an argument of I() or of a function", at: locations(name))
        }
        undefined.append(values.undefined)
        return values.column
    }

    /// The weights: a column of that name, else the variable the text writes
    /// (`I(1/inc)`, ``FormulaFactor/init(parsingNumeric:)``), with errors placed in it.
    private func weightsColumn(_ name: String,
                               undefined: inout [[RowDropReason?]]) throws(FormulaError) -> NumericColumn {
        if table.hasColumn(name) || !name.contains("(") {
            return try numericColumn(name, role: "weights", inFormula: false)
        }
        var parser = try FormulaParser(name)
        let factor = try parser.parseNumericFactor()
        let locations = parser.columnLocations
        switch factor {
        case .transformed(let expression, _):
            return try transformed(expression, locations: { locations[$0] }, undefined: &undefined)
        case .logarithm(let column):
            return try transformed(.function(.log, .column(column)), locations: { locations[$0] },
                                   undefined: &undefined)
        default:
            return try numericColumn(factor.column, role: "weights", at: locations[factor.column])
        }
    }

    /// Step 2: the rows where every model variable is present, `log()` arguments positive
    /// and numeric values finite.
    ///
    /// Columns without a missing cell (``ColumnScan/hasMissing(_:)``) and numeric columns whose
    /// values are all finite (``ColumnScan/allFinite(_:)``) cannot drop a row and are not
    /// visited row by row; when no column can drop one, there is no transformed variable and
    /// no `log()`, every row is kept without a per-row pass or a row mask.
    private func keptRows(_ resolved: Resolved) throws(FormulaError) -> KeptRows {
        var used: [Column] = [.numeric(resolved.response)] + resolved.factors.map { resolved.columns[$0]! }
            + resolved.fixedEffectColumns.flatMap { $0 } + resolved.clusters.flatMap { $0 }
        if let weights = resolved.weights { used.append(.numeric(weights)) }
        used = used.filter(ColumnScan.hasMissing)
        var logged: [NumericColumn] = resolved.factors.compactMap {
            if case .logarithm = $0, case .numeric(let c) = resolved.columns[$0] { return c } else { return nil }
        }
        if case .logarithm = formula.response { logged.append(resolved.response) }
        var numeric = [resolved.response] + resolved.factors.compactMap {
            if case .numeric(let c) = resolved.columns[$0] { c } else { nil }
        }
        if let weights = resolved.weights { numeric.append(weights) }
        numeric = numeric.filter { !$0.withUnsafeValues(ColumnScan.allFinite) }
        if used.isEmpty, numeric.isEmpty, logged.isEmpty, resolved.undefined.isEmpty, table.rowCount > 0 {
            return KeptRows(rows: TableRows(all: table.rowCount), dropped: [:])
        }
        var drop = [Bool](repeating: false, count: table.rowCount)
        for column in used { markMissing(column, in: &drop) }
        var dropped: [RowDropReason: Int] = [:]
        for reasons in resolved.undefined {
            for row in 0..<table.rowCount where !drop[row] {
                if let reason = reasons[row] {
                    drop[row] = true
                    dropped[reason, default: 0] += 1
                }
            }
        }
        dropped[.logOfNonPositive, default: 0] += dropRows(of: logged, where: { $0 <= 0 }, in: &drop)
        dropped[.infinite, default: 0] += dropRows(of: numeric, where: { !$0.isFinite }, in: &drop)
        dropped = dropped.filter { $0.value > 0 }
        let keptCount = drop.withUnsafeBufferPointer { drop in drop.reduce(0) { $0 + ($1 ? 0 : 1) } }
        guard keptCount > 0 else { throw noRowsLeft(dropped) }
        // Every row kept (the common case): the identity, no n-length list of rows.
        guard keptCount < table.rowCount else { return KeptRows(rows: TableRows(all: keptCount), dropped: dropped) }
        var rows: [Int] = []   // reserved once: an n-length array grown by doubling faults twice
        rows.reserveCapacityOnHugePages(keptCount)
        for row in 0..<table.rowCount where !drop[row] { rows.append(row) }
        return KeptRows(rows: TableRows(rows), dropped: dropped)
    }

    /// The error when no row is left: by reason when any row was dropped for one.
    private func noRowsLeft(_ dropped: [RowDropReason: Int]) -> FormulaError {
        let total = dropped.values.reduce(0, +)
        let log = dropped[.logOfNonPositive, default: 0], infinite = dropped[.infinite, default: 0]
        if total == 0 { return .noObservations(rows: table.rowCount, formula: formula.source) }
        if total == log + infinite {
            return .noObservationsByReason(rows: table.rowCount, formula: formula.source,
                                           missing: table.rowCount - total, logOfNonPositive: log, infinite: infinite)
        }
        var counts = dropped
        counts[.missing] = table.rowCount - total
        return .noObservationsForReasons(rows: table.rowCount, formula: formula.source, counts: counts)
    }

    /// Marks rows not yet dropped where a value of `columns` meets `condition`; returns how
    /// many were marked.
    private func dropRows(of columns: [NumericColumn], where condition: (Double) -> Bool,
                          in drop: inout [Bool]) -> Int {
        var count = 0
        drop.withUnsafeMutableBufferPointer { drop in
            for column in columns {
                column.withUnsafeValues { values in
                    for row in 0..<min(values.count, drop.count) where !drop[row] && condition(values[row]) {
                        drop[row] = true
                        count += 1
                    }
                }
            }
        }
        return count
    }

    /// Step 3: the weights of the kept rows, which must be positive.
    private func positiveWeights(_ weights: NumericColumn?, rows: TableRows) throws(FormulaError) -> [Double]? {
        guard let weights, let weightsName else { return nil }
        let bad = weights.withUnsafeValues { values in rows.first { values[$0] <= 0 }.map { ($0, values[$0]) } }
        if let (row, value) = bad { throw .nonPositiveWeight(column: weightsName, row: row + 1, value: value) }
        return gather(weights, rows: rows)
    }

    /// `column`'s values on the kept `rows` (its array itself when every row is kept).
    private func gather(_ column: NumericColumn, rows: TableRows) -> [Double] {
        guard let explicit = rows.explicit else { return column.values }
        return column.values(at: explicit)
    }

    /// Step 4: names and pieces of the design columns, term by term; the columns of an
    /// interaction are the products of its factors' columns, the first varying fastest.
    private func designColumns(_ resolved: Resolved, rows: TableRows,
                               withIntercept: Bool) throws(FormulaError) -> DesignColumns {
        let interceptPresent = formula.hasIntercept || !formula.fixedEffects.isEmpty
        let termSet = Set(formula.terms)
        var cache = PieceCache()
        var design = DesignColumns()
        if withIntercept { design.names.append("Intercept") }
        for term in formula.terms {
            var perFactor: [[(name: String, piece: Piece)]] = []
            for factor in term.factors {
                let rest = FormulaTerm(term.factors.filter { $0 != factor })
                let reduced = rest.degree == 0 ? interceptPresent : termSet.contains(rest)
                perFactor.append(try pieces(of: factor, column: resolved.columns[factor]!, reduced: reduced,
                                            rows: rows, cache: &cache))
            }
            for combination in cartesianProduct(perFactor.map(\.count)) {
                let parts = zip(perFactor, combination).map { $0[$1] }
                design.names.append(parts.map(\.name).joined(separator: ":"))
                design.specs.append(parts.map(\.piece))
            }
        }
        design.block = cache.block
        return design
    }

    /// Throws ``FormulaError/overBudget(_:)`` when the design matrix (and the copies a fit
    /// makes, ``MemoryBudget/designCopies``) would exceed ``MemoryBudget/current``; called
    /// after the parameters are counted and before any column is filled.
    private func checkBudget(observations: Int, parameters: Int) throws(FormulaError) {
        do {
            try MemoryBudget.current.check(.designMatrix(observations: observations, parameters: parameters),
                                           count: MemoryBudget.product(observations, parameters, MemoryBudget.designCopies))
        } catch {
            throw .overBudget(error)
        }
    }

    /// Values and levels already gathered on the kept rows, shared by the terms.
    struct PieceCache {
        var levels: [FormulaFactor: FactorLevels] = [:]
        var numeric: [FormulaFactor: [Double]] = [:]
        /// The table's column block, once a variable is read from it.
        var block: ColumnBlock?
    }

    /// The named columns one factor contributes to a term: its values (numeric, `log()`),
    /// one dummy per level (categorical; the reference left out when `reduced`), or one
    /// per event time but the references (`i()`).
    private func pieces(of factor: FormulaFactor, column: Column, reduced: Bool, rows: TableRows,
                        cache: inout PieceCache) throws(FormulaError) -> [(name: String, piece: Piece)] {
        switch (factor, column) {
        case (.variable(let name), .numeric(let values)):
            return [(name, numericPiece(factor, values, rows: rows, cache: &cache))]
        case (.logarithm, .numeric(let values)):
            if cache.numeric[factor] == nil {
                cache.numeric[factor] = gather(values, rows: rows).map(Foundation.log)
            }
            return [(factor.name, .numeric(cache.numeric[factor]!))]
        case (.variable, .categorical), (.categorical, _):
            let levels = cachedLevels(factor, column, rows: rows, cache: &cache.levels)
            var reference = 0
            if case .categorical(_, let given?) = factor {
                reference = try levelIndex(given, in: levels, factor: factor)
            }
            return levels.labels.indices.compactMap { level in
                if reduced && level == reference { return nil }
                let label = reduced ? "T.\(levels.labels[level])" : levels.labels[level]
                return ("\(factor.name)[\(label)]", .indicator(codes: levels.codes, level: Int32(level)))
            }
        case (.eventTime(_, let references), _):
            let levels = cachedLevels(factor, column, rows: rows, cache: &cache.levels)
            var omitted = Set<Int>()
            for reference in references {
                omitted.insert(try levelIndex(reference, in: levels, factor: factor))
            }
            return levels.labels.indices.compactMap { level in
                omitted.contains(level) ? nil
                    : ("\(factor.name)::\(levels.labels[level])", .indicator(codes: levels.codes, level: Int32(level)))
            }
        case (.transformed, .numeric(let values)):
            return [(factor.name, numericPiece(factor, values, rows: rows, cache: &cache))]
        case (.polynomial(_, let degree, let raw), .numeric(let values)):
            let x = gather(values, rows: rows)
            var power = x
            return (1...degree).map { exponent in
                if exponent > 1 { power = zip(power, x).map { $0 * $1 } }
                return ("\(factor.name)[\(raw ? exponent - 1 : exponent)]", .numeric(power))
            }
        case (.logarithm, .categorical), (.transformed, .categorical), (.polynomial, .categorical):
            preconditionFailure("log(), I() and poly() columns were checked to be numeric")
        }
    }

    /// The piece of a numeric variable: its slot of the table's column block when every row
    /// is kept (read where it lies; the design may take the block over), else its values on
    /// the kept rows (gathered once per factor).
    private func numericPiece(_ factor: FormulaFactor, _ column: NumericColumn, rows: TableRows,
                              cache: inout PieceCache) -> Piece {
        if let view = column.blockSlot, rows.explicit == nil, cache.block == nil || cache.block === view.block {
            cache.block = view.block
            return .slot(view.slot)
        }
        if cache.numeric[factor] == nil { cache.numeric[factor] = gather(column, rows: rows) }
        return .numeric(cache.numeric[factor]!)
    }

    /// The column-major storage of the design: the intercept, then each column's product
    /// (the fit demeans it in place, the response beside it in its own array:
    /// ``LinearRegression``). The table's column block when the design can take it over
    /// (``adoptedStorage(_:block:count:withIntercept:)``); otherwise each column is copied
    /// and its pieces emptied once it is filled (their source may then be freed).
    private func designStorage(_ specs: inout [[Piece]], block: inout ColumnBlock?, count n: Int,
                               withIntercept: Bool) -> [Double] {
        if let adopted = adoptedStorage(&specs, block: &block, count: n, withIntercept: withIntercept) {
            return adopted
        }
        var storage: [Double] = []
        storage.reserveCapacityOnHugePages(n * (specs.count + (withIntercept ? 1 : 0)))
        if withIntercept { storage.append(contentsOf: repeatElement(1.0, count: n)) }
        for index in specs.indices {
            appendColumn(specs[index], count: n, to: &storage, block: block)
            specs[index] = []
        }
        return storage
    }

    /// Step 5: the fixed effects, numbered by first appearance on the kept rows; `a^b` has
    /// one level per observed pair.
    private func fixedEffectFactors(_ columns: [[Column]], rows: TableRows) -> [FactorCodes] {
        zip(formula.fixedEffects, columns).map { effect, columns in
            let parts = zip(effect.columns, columns).map { name, column in
                FactorLevels.firstAppearance(column, rows: rows, name: name)
            }
            return parts.count == 1
                ? FactorCodes(name: effect.description, codes: parts[0].codes, levelCount: parts[0].levelCount)
                : FactorLevels.combination(parts, name: effect.description)
        }
    }

    /// The cluster variables (a fixed effect of the same name is reused).
    private func clusterFactors(_ columns: [[Column]], rows: TableRows, fixedEffects: [FactorCodes]) -> [FactorCodes] {
        zip(clusterNames, columns).map { name, columns in
            if let same = fixedEffects.first(where: { $0.name == name }) { return same }
            let parts = columns.map { FactorLevels.firstAppearance($0, rows: rows, name: name) }
            return parts.count == 1 ? parts[0] : FactorLevels.combination(parts, name: name)
        }
    }

    // MARK: - Columns

    private func column(_ name: String, inFormula: Bool = true) throws(FormulaError) -> Column {
        try column(name, at: inFormula ? formula.location(of: name) : nil)
    }

    private func column(_ name: String, at: FormulaLocation?) throws(FormulaError) -> Column {
        guard let index = table.columnIndex(named: name) else {
            throw .unknownColumn(name, nearest: nearestName(to: name, among: table.columnNames), at: at)
        }
        return table.columns[index]
    }

    private func numericColumn(_ name: String, role: String,
                               inFormula: Bool = true) throws(FormulaError) -> NumericColumn {
        try numericColumn(name, role: role, at: inFormula ? formula.location(of: name) : nil)
    }

    private func numericColumn(_ name: String, role: String, at: FormulaLocation?) throws(FormulaError) -> NumericColumn {
        switch try column(name, at: at) {
        case .numeric(let numeric): return numeric
        case .categorical:
            if let stray = table.textInNumbers[name] { throw .textInNumbers(name, problems: stray.problems, at: at) }
            throw .notNumeric(name, role: role, at: at)
        }
    }

    private func markMissing(_ column: Column, in drop: inout [Bool]) {
        drop.withUnsafeMutableBufferPointer { drop in
            switch column {
            case .numeric(let numeric):
                numeric.isMissing.withUnsafeBufferPointer { missing in
                    for row in missing.indices where missing[row] { drop[row] = true }
                }
            case .categorical(let categorical):
                categorical.codes.withUnsafeBufferPointer { codes in
                    for row in codes.indices where codes[row] < 0 { drop[row] = true }
                }
            }
        }
    }

    private func cachedLevels(_ factor: FormulaFactor, _ column: Column, rows: TableRows,
                              cache: inout [FormulaFactor: FactorLevels]) -> FactorLevels {
        if let levels = cache[factor] { return levels }
        let levels = FactorLevels.sorted(column, rows: rows)
        cache[factor] = levels
        return levels
    }

    private func levelIndex(_ reference: String, in levels: FactorLevels,
                            factor: FormulaFactor) throws(FormulaError) -> Int {
        guard let index = levels.index(of: reference) else {
            throw .unknownLevel(reference, column: factor.column,
                                nearest: nearestName(to: reference, among: levels.labels),
                                at: formula.location(of: factor.column))
        }
        return index
    }

    /// Appends the column that multiplies `pieces`, `count` values long, in place at the
    /// end of `storage`; ``Piece/slot(_:)`` pieces are read from `block`.
    private func appendColumn(_ pieces: [Piece], count: Int, to storage: inout [Double], block: ColumnBlock?) {
        if pieces.count == 1, case .numeric(let values) = pieces[0] {
            storage.append(contentsOf: values)
            return
        }
        if pieces.count == 1, case .slot(let slot) = pieces[0], let block {
            block.withSlot(slot) { storage.append(contentsOf: $0) }
            return
        }
        let start = storage.count
        storage.append(contentsOf: repeatElement(1.0, count: count))
        storage.withUnsafeMutableBufferPointer { buffer in
            let column = UnsafeMutableBufferPointer(rebasing: buffer[start..<(start + count)])
            if let block {
                block.withStorage { Self.multiply(column, by: pieces, slots: $0) }
            } else {
                Self.multiply(column, by: pieces, slots: nil)
            }
        }
    }

    /// Multiplies `column` by each of `pieces`; a ``Piece/slot(_:)`` piece reads slot `j` at
    /// `slots + j × column.count`.
    static func multiply(_ column: UnsafeMutableBufferPointer<Double>, by pieces: [Piece],
                         slots: UnsafePointer<Double>?) {
        let count = column.count
        for piece in pieces {
            switch piece {
            case .numeric(let values):
                values.withUnsafeBufferPointer { values in
                    for i in 0..<count { column[i] *= values[i] }
                }
            case .indicator(let codes, let level):
                codes.withUnsafeBufferPointer { codes in
                    for i in 0..<count where codes[i] != level { column[i] = 0 }
                }
            case .slot(let slot):
                let values = slots.unsafelyUnwrapped + slot * count
                for i in 0..<count { column[i] *= values[i] }
            }
        }
    }
}

/// Every combination of indices `0..<counts[k]`, the first index varying fastest.
private func cartesianProduct(_ counts: [Int]) -> [[Int]] {
    guard !counts.contains(0) else { return [] }
    var result: [[Int]] = []
    var current = [Int](repeating: 0, count: counts.count)
    while true {
        result.append(current)
        var position = 0
        while position < counts.count {
            current[position] += 1
            if current[position] < counts[position] { break }
            current[position] = 0
            position += 1
        }
        if position == counts.count { return result }
    }
}
