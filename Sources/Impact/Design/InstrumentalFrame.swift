/// The numbers a two-stage least-squares fit is made from: one ``ModelFrame`` whose
/// regressors are, in this order, the exogenous columns (the intercept first when the
/// model has one), the endogenous regressors and the excluded instruments, over the rows
/// where every one of them (and the response, weights, fixed effects, clusters) is
/// present.
///
/// Endogenous regressors and instruments are numeric terms, one column each (a variable,
/// `log(x)`, a product `a:b` of numeric columns); a text column there is
/// ``FormulaError/notNumeric(_:role:at:)``. Rows follow ``ModelFrame``'s rules for all
/// of them together, as fixest drops a row missing any variable of either stage.
public struct InstrumentalFrame: Sendable {
    /// Response, regressors `[exogenous | endogenous | instruments]`, fixed effects,
    /// weights and clusters.
    public let frame: ModelFrame
    /// Number of exogenous columns (intercept included), the first ones of the regressors.
    public let exogenousCount: Int
    /// Number of endogenous regressors, after the exogenous columns.
    public let endogenousCount: Int
    /// Number of excluded instruments, the last columns.
    public let instrumentCount: Int

    /// Applies the instrumental-variables `formula` (one with ``Formula/instruments``) to
    /// `table`; see ``ModelFrame/init(formula:table:weights:clusters:)`` for rows, weights
    /// and clusters.
    ///
    /// - Throws: ``FormulaError`` as ``ModelFrame`` does, and
    ///   ``FormulaError/notNumeric(_:role:at:)`` for an endogenous regressor or an
    ///   instrument that is not one numeric column.
    public init(formula: Formula, table: Table, weights: String? = nil,
                clusters: [String] = []) throws(FormulaError) {
        guard let instruments = formula.instruments else {
            preconditionFailure("InstrumentalFrame needs a formula with an instrument part")
        }
        let design = formula.instrumentalDesign(instruments)
        let frame = try ModelFrame(formula: design, table: table, weights: weights, clusters: clusters)
        let names = frame.regressorNames
        let count = names.count
        let endogenousCount = instruments.endogenous.count, instrumentCount = instruments.instruments.count
        // Each endogenous regressor and instrument must be one column named as its term
        // (a text column becomes several dummies); they are then the last columns, in order.
        let partTerms = instruments.endogenous + instruments.instruments
        let present = Set(names)
        if let position = partTerms.firstIndex(where: { !present.contains($0.description) }) {
            let column = partTerms[position].factors.first?.column ?? partTerms[position].description
            let role = position < endogenousCount ? "an endogenous regressor" : "an instrument"
            throw .notNumeric(column, role: role, at: formula.location(of: column))
        }
        precondition(Array(names.suffix(partTerms.count)) == partTerms.map(\.description),
                     "the instrument part's columns end the design")
        self.frame = frame
        self.exogenousCount = count - endogenousCount - instrumentCount
        self.endogenousCount = endogenousCount
        self.instrumentCount = instrumentCount
    }

    /// Names of the exogenous columns.
    public var exogenousNames: [String] { Array(frame.regressorNames.prefix(exogenousCount)) }
    /// Names of the endogenous regressors.
    public var endogenousNames: [String] {
        Array(frame.regressorNames[exogenousCount..<(exogenousCount + endogenousCount)])
    }
    /// Names of the excluded instruments.
    public var instrumentNames: [String] { Array(frame.regressorNames.suffix(instrumentCount)) }
}

extension Formula {
    /// The one-stage formula whose design holds every column of an IV model: the
    /// exogenous terms (in this formula's order), then the endogenous regressors, then the
    /// instruments, in the order written; the source and column locations stay this
    /// formula's, so errors point into what the user wrote.
    func instrumentalDesign(_ instruments: FormulaInstruments) -> Formula {
        Formula(source: source, response: response, expression: expression,
                terms: terms + instruments.endogenous + instruments.instruments,
                hasIntercept: hasIntercept, fixedEffects: fixedEffects, columnLocations: columnLocations)
    }

    /// Every stored property at once (no instrument part).
    private init(source: String, response: FormulaFactor, expression: FormulaExpression, terms: [FormulaTerm],
                 hasIntercept: Bool, fixedEffects: [FixedEffect], columnLocations: [String: FormulaLocation]) {
        self.source = source
        self.response = response
        self.expression = expression
        self.terms = terms
        self.hasIntercept = hasIntercept
        self.fixedEffects = fixedEffects
        self.columnLocations = columnLocations
    }
}
