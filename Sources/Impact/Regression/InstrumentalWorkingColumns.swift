/// The columns a 2SLS fit works with (`InstrumentalVariables`): exogenous, endogenous,
/// instruments and the response on the observations used, demeaned by the fixed effects
/// when there are any (raw otherwise, the intercept a column of ones), after the
/// collinearity screen. Every product below is a BLAS call on these matrices.
struct InstrumentalWorkingColumns {
    /// Kept exogenous columns `X₁` (`n × k₁`).
    let exogenous: Matrix
    /// Kept endogenous columns `X₂` (`n × m`).
    let endogenous: Matrix
    /// Instruments `Z = [X₁ Z₂]` (`n × l`).
    let instruments: Matrix
    /// The working response.
    let response: [Double]
    let exogenousNames: [String]
    let endogenousNames: [String]
    let instrumentNames: [String]
    /// Columns dropped as collinear, in formula order.
    let dropped: [String]
    let sample: LinearRegression.Sample
    let responseName: String
    let hasIntercept: Bool
    let droppedForMissing: Int
    let designNotes: [RegressionNote]
    let demeaning: DemeaningReport?
    let options: RegressionOptions
    /// Total sums of squares of the raw response and endogenous columns (centred with an
    /// intercept or fixed effects), and of the demeaned ones (with fixed effects).
    let totalSumsOfSquares: [Double]
    let withinSumsOfSquares: [Double]?
    /// Position of each kept endogenous regressor among all of them (for the sums above).
    let endogenousOffsets: [Int]

    var exogenousCount: Int { exogenous.columns }
    var endogenousCount: Int { endogenous.columns }
    var observationCount: Int { sample.count }
    var sqrtWeights: [Double]? { sample.weights?.map { $0.squareRoot() } }

    // Long: gathers, demeans and screens the columns in one place, in the order the doc describes.
    init(_ design: InstrumentalFrame, sample: LinearRegression.Sample,
         options: RegressionOptions) throws(EstimationError) {
        let frame = design.frame
        let n = sample.count, c = frame.regressors.columns
        let k1 = design.exogenousCount, m = design.endogenousCount
        var storage = [Double]()
        storage.reserveCapacity(n * (c + 1))
        for j in 0..<(c + 1) {
            let column = j < c ? frame.regressors.column(j) : frame.response
            if let rows = sample.rows { storage.append(contentsOf: rows.map { column[$0] }) } else { storage.append(contentsOf: column) }
        }
        let raw = Matrix(rows: n, columns: c + 1, storage: storage)
        try Self.validate(raw, names: frame.regressorNames + [frame.responseName])
        let weights = sample.weights
        let absorbed = !sample.fixedEffects.isEmpty
        let centred = absorbed || frame.hasIntercept
        let summed = [c] + Array(k1..<(k1 + m))
        totalSumsOfSquares = summed.map { j in
            let mean = centred ? LinearRegression.weightedMean(raw, column: j, weights: weights) : 0
            return LinearRegression.weightedSumOfSquares(raw.column(j).map { $0 - mean }, weights: weights)
        }
        let rawNorms = (0...c).map { LinearRegression.weightedNorm(raw, column: $0, weights: weights) }
        var working = raw
        var report: DemeaningReport?
        if absorbed {
            let result = Demeaning.demean(raw, by: sample.fixedEffects, weights: weights, options: options.demeaning)
            working = result.demeaned
            report = result.report
        }
        withinSumsOfSquares = absorbed
            ? summed.map { LinearRegression.weightedSumOfSquares(working.column($0), weights: weights) } : nil
        let workingNorms = (0...c).map { LinearRegression.weightedNorm(working, column: $0, weights: weights) }
        let sqrtWeights = weights?.map { $0.squareRoot() }
        let tolerance = options.collinearityTolerance
        // Regressors first (exogenous before endogenous), then the excluded instruments.
        let regressorScreen = try CollinearityScreen(
            working: working, candidateCount: k1 + m, rawNorms: rawNorms, workingNorms: workingNorms,
            sqrtWeights: sqrtWeights, tolerance: tolerance)
        let keptExogenous = regressorScreen.kept.filter { $0 < k1 }
        let keptEndogenous = regressorScreen.kept.filter { $0 >= k1 }
        let instrumentCandidates = keptExogenous + Array((k1 + m)..<c)
        let instrumentScreen = try CollinearityScreen(
            working: working.selectingColumns(instrumentCandidates), candidateCount: instrumentCandidates.count,
            rawNorms: instrumentCandidates.map { rawNorms[$0] }, workingNorms: instrumentCandidates.map { workingNorms[$0] },
            sqrtWeights: sqrtWeights, tolerance: tolerance)
        let keptInstruments = instrumentScreen.kept.map { instrumentCandidates[$0] }.filter { $0 >= k1 + m }
        let names = frame.regressorNames
        guard !keptEndogenous.isEmpty else {
            throw .noIdentifiedRegressors(dropped: (k1..<(k1 + m)).map { names[$0] })
        }
        guard keptInstruments.count >= keptEndogenous.count else {
            throw .underidentified(endogenous: keptEndogenous.map { names[$0] },
                                   instruments: keptInstruments.map { names[$0] })
        }
        let droppedColumns = regressorScreen.dropped + instrumentScreen.dropped.map { instrumentCandidates[$0] }
        dropped = droppedColumns.sorted().map { names[$0] }
        exogenous = working.selectingColumns(keptExogenous)
        endogenous = working.selectingColumns(keptEndogenous)
        instruments = working.selectingColumns(keptExogenous + keptInstruments)
        response = working.column(c)
        exogenousNames = keptExogenous.map { names[$0] }
        endogenousNames = keptEndogenous.map { names[$0] }
        endogenousOffsets = keptEndogenous.map { $0 - k1 }
        instrumentNames = keptInstruments.map { names[$0] }
        self.sample = sample
        responseName = frame.responseName
        hasIntercept = frame.hasIntercept && !absorbed
        droppedForMissing = frame.droppedForMissing
        designNotes = frame.notes
        demeaning = report
        self.options = options
        let parameters = exogenousNames.count + endogenousNames.count + fixedEffectParameters
        guard n > parameters else { throw .tooFewObservations(observations: n, parameters: parameters) }
    }

    /// Fixed-effect parameters counted: `Σ_q L_q − (Q − 1)`, 0 without fixed effects.
    var fixedEffectParameters: Int {
        let effects = sample.fixedEffects
        return effects.isEmpty ? 0 : effects.reduce(0) { $0 + $1.levelCount } - (effects.count - 1)
    }

    /// Rejects non-finite values (a regressor, an instrument or the response).
    private static func validate(_ raw: Matrix, names: [String]) throws(EstimationError) {
        let n = raw.rows
        for j in 0..<raw.columns {
            for i in 0..<n where !raw.storage[i + j * n].isFinite {
                throw .nonFiniteValue(variable: names[j], observation: i)
            }
        }
    }
}
