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
        indicators are all 0. --sun-abraham adds the interaction-weighted estimator. \
        --outcome takes a column or a transformed one, e.g. --outcome "I(log(revenue))"; \
        --subset "sector == '软件' & year >= 2015" estimates on some rows. JSON: \
        {"coefficients":[…],"event_times":[…],"pretrend_p_value":…,…}.
        """
    )

    @Option(help: "CSV panel with one header line.")
    var data: String
    @OptionGroup var keys: PanelKeyOptions
    @Option(help: "First treated period column (0 or blank = never treated).")
    var cohort: String = "cohort"
    @Option(help: "Outcome column, or a transformed one such as \"I(log(revenue))\".")
    var outcome: String
    @Option(parsing: .unconditional, help: "Reference event time.", transform: { try parseInteger($0, "--ref") })
    var ref: Int = -1
    @Option(name: .customLong("bin-min"), parsing: .unconditional, help: "Pool event times at or below this value.",
            transform: { try parseInteger($0, "--bin-min") })
    var binMin: Int?
    @Option(name: .customLong("bin-max"), parsing: .unconditional, help: "Pool event times at or above this value.",
            transform: { try parseInteger($0, "--bin-max") })
    var binMax: Int?
    @Option(help: "Standard errors: iid, hc0, hc1, hc2, hc3, cluster:VAR (default cluster by --id).")
    var vcov: VarianceEstimator?
    @Flag(name: .customLong("sun-abraham"), help: "Add the Sun–Abraham interaction-weighted event study.")
    var sunAbraham = false
    @Flag(help: "Add the Goodman-Bacon decomposition of the static TWFE DiD (balanced panels).")
    var bacon = false

    @OptionGroup var sample: SampleOptions
    @OptionGroup var honest: HonestOptions
    @OptionGroup var output: OutputOptions

    /// The companions asked for by `--sun-abraham` and `--bacon`.
    private var companions: [EventStudyCompanion] {
        (sunAbraham ? [.sunAbraham] : []) + (bacon ? [.goodmanBacon] : [])
    }

    func run() throws {
        let id = try keys.idColumn(), time = try keys.timeColumn()
        let columns = sample.readColumns([id, time, cohort] + (vcov?.clusterColumns ?? []), variables: [outcome])
        // `event_time` is read when present: the derived column is then named `event_time_es`.
        let sampled = try sample.restrict(keys.project.read(data, categorical: [id], columns: columns, optional: ["event_time"]))
        let (table, outcomeName) = try sample.variable(sampled.table, outcome)
        let specification = EventStudySpecification(outcome: outcomeName, unit: id, time: time, cohort: cohort,
                                                    reference: ref, binMin: binMin, binMax: binMax, vcov: vcov)
        let result = try EventStudy.estimate(table, specification, adding: companions)
        try output.write(sample.report(try result.attachingSensitivity(honest.specification()), sampled.summary))
    }
}
