import ArgumentParser

/// Options shared by the panel estimators (`impact did`, `event-study`, `staggered`,
/// `cost-effect`): the unit (firm) identifier column and the period column.
struct PanelKeyOptions: ParsableArguments {
    @Option(help: "Unit (firm) identifier column.")
    var id: String = "firm_id"

    @Option(help: "Period column (whole numbers, e.g. years).")
    var time: String = "year"
}
