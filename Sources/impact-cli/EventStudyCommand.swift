import ArgumentParser
import Foundation
import Impact

/// `impact event-study`: dynamic two-way fixed effects with event-time indicators.
struct EventStudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event-study",
        abstract: "Estimate an event study (dynamic TWFE), its pre-trend test and plot data.",
        discussion: """
        Event time is period − cohort; cohort 0 or blank marks never-treated firms, whose \
        indicators are all 0. --sun-abraham adds the interaction-weighted estimator. JSON: \
        {"coefficients":[…],"event_times":[…],"pretrend_p_value":…,…}.
        """
    )

    @Option(help: "CSV panel with one header line.")
    var data: String
    @OptionGroup var keys: PanelKeyOptions
    @Option(help: "First treated period column (0 or blank = never treated).")
    var cohort: String = "cohort"
    @Option(help: "Outcome column.")
    var outcome: String
    @Option(parsing: .unconditional, help: "Reference event time.", transform: { try parseInteger($0, "--ref") })
    var ref: Int = -1
    @Option(name: .customLong("bin-min"), parsing: .unconditional, help: "Pool event times at or below this value.",
            transform: { try parseInteger($0, "--bin-min") })
    var binMin: Int?
    @Option(name: .customLong("bin-max"), parsing: .unconditional, help: "Pool event times at or above this value.",
            transform: { try parseInteger($0, "--bin-max") })
    var binMax: Int?
    @Option(help: "Standard errors: iid, hc1, cluster:VAR (default cluster by --id).")
    var vcov: VarianceEstimator?
    @Flag(name: .customLong("sun-abraham"), help: "Add the Sun–Abraham interaction-weighted event study.")
    var sunAbraham = false
    @Flag(help: "Add the Goodman-Bacon decomposition of the static TWFE DiD (balanced panels).")
    var bacon = false

    @OptionGroup var output: OutputOptions

    func run() throws {
        let table = try CSVReader.read(path: data)
        let specification = EventStudySpecification(outcome: outcome, unit: keys.id, time: keys.time, cohort: cohort,
                                                    reference: ref, binMin: binMin, binMax: binMax, vcov: vcov)
        var result = try EventStudy.estimate(table, specification)
        if sunAbraham { result = result.attaching(try SunAbraham.estimate(table, specification)) }
        let decomposition = bacon
            ? try GoodmanBaconDecomposition.decompose(table, outcome: outcome, unit: keys.id, time: keys.time, cohort: cohort) : nil
        if output.format == .json {
            try output.emit(try encodeJSON(EventStudyOutput(eventStudy: result, goodmanBacon: decomposition)))
        } else {
            let tables = result.reportTables() + (decomposition.map { [$0.reportTable()] } ?? [])
            try output.emit(ReportRenderer.renderTables(tables, format: output.format, language: output.lang))
        }
    }
}

/// The event study's JSON with a `"goodman_bacon"` key added when requested.
struct EventStudyOutput: Encodable {
    let eventStudy: EventStudyResult
    let goodmanBacon: GoodmanBaconDecomposition?

    private enum Keys: String, CodingKey { case goodman_bacon }

    func encode(to encoder: Encoder) throws {
        try eventStudy.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(goodmanBacon, forKey: .goodman_bacon)
    }
}

/// Parses a whole number (negative values allowed, e.g. `--ref -1` or `--ref=-1`).
func parseInteger(_ text: String, _ option: String) throws -> Int {
    guard let value = Int(text) else { throw ValidationError("\(option) must be a whole number, not '\(text)'.") }
    return value
}
