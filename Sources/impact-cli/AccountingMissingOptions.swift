import ArgumentParser
import Impact

extension AccountingMissingValues: ExpressibleByArgument {}

/// `--missing drop|error`, shared by `impact growth` and `impact rd`.
struct AccountingMissingOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Firms lacking a needed value: drop (leave them out, counted in the notes) or error (refuse, listing them all).",
        discussion: "growth needs each firm's value in both t−1 and t (balanced pairs); rd needs R&D and revenue in t."))
    var missing: AccountingMissingValues = .standard
}
