/// A result printed together with its sensitivity analysis of parallel trends: the
/// result's tables followed by the sensitivity tables, and its JSON document with the
/// member `honest` (``ParallelTrendsSensitivityResult/jsonValue``) appended. Without an
/// analysis it prints exactly as the result alone.
public struct SensitivityAttachedResult<Base: Reportable>: Reportable {
    /// The event study or staggered result.
    public let base: Base
    /// The sensitivity analysis of its event-time estimates, if asked for.
    public let sensitivity: ParallelTrendsSensitivityResult?
    /// The analysis of its Sun–Abraham estimates, when the event study has them
    /// (JSON member `honest_sun_abraham`).
    public let sunAbrahamSensitivity: ParallelTrendsSensitivityResult?

    /// Pairs a result with its analyses.
    public init(_ base: Base, sensitivity: ParallelTrendsSensitivityResult?,
                sunAbrahamSensitivity: ParallelTrendsSensitivityResult? = nil) {
        self.base = base
        self.sensitivity = sensitivity
        self.sunAbrahamSensitivity = sunAbrahamSensitivity
    }

    /// The base result's heading.
    public func reportTitle(language: Language) -> LocalizedText? { base.reportTitle(language: language) }

    /// The base result's tables, then the sensitivity tables.
    public func reportTables(language: Language) -> [ReportTable] {
        base.reportTables(language: language) + (sensitivity?.reportTables(language: language) ?? [])
            + (sunAbrahamSensitivity?.reportTables(language: language, estimator: "Sun–Abraham") ?? [])
    }

    /// The base document with `honest` appended (an object document only; otherwise the
    /// base document unchanged).
    public func jsonValue(language: Language) -> JSONValue {
        let document = base.jsonValue(language: language)
        guard let sensitivity else { return document }
        let withHonest = document.setting("honest", sensitivity.jsonValue)
        return sunAbrahamSensitivity.map { withHonest.setting("honest_sun_abraham", $0.jsonValue) } ?? withHonest
    }

    /// The base result's own layout when it has one and there is no analysis.
    public func customText(format: OutputFormat, language: Language) -> String? {
        sensitivity == nil ? base.customText(format: format, language: language) : nil
    }
}

extension EventStudyResult {
    /// This event study with the sensitivity analysis of its two-way fixed-effects
    /// coefficients under `specification` (none when `nil`), and of its Sun–Abraham
    /// estimates when present.
    public func attachingSensitivity(_ specification: ParallelTrendsSensitivitySpecification?) throws(SensitivityError) -> SensitivityAttachedResult<EventStudyResult> {
        guard let specification else { return SensitivityAttachedResult(self, sensitivity: nil) }
        let analysis = try ParallelTrendsSensitivity.analyze(EventStudyCoefficients(eventStudy: self), specification)
        let sunAbrahamAnalysis = try sunAbraham.map { (result) throws(SensitivityError) in
            try ParallelTrendsSensitivity.analyze(
                EventStudyCoefficients(sunAbraham: result, reference: self.specification.reference), specification)
        }
        return SensitivityAttachedResult(self, sensitivity: analysis, sunAbrahamSensitivity: sunAbrahamAnalysis)
    }
}

extension StaggeredResult {
    /// This result with the sensitivity analysis of its dynamic aggregation under
    /// `specification` (none when `nil`); needs a universal base period.
    public func attachingSensitivity(_ specification: ParallelTrendsSensitivitySpecification?) throws(SensitivityError) -> SensitivityAttachedResult<StaggeredResult> {
        guard let specification else { return SensitivityAttachedResult(self, sensitivity: nil) }
        let analysis = try ParallelTrendsSensitivity.analyze(EventStudyCoefficients(staggered: self), specification)
        return SensitivityAttachedResult(self, sensitivity: analysis)
    }
}
