extension AccountingError {
    /// The firms of ``incompletePairs(_:)`` or ``incompleteFirms(_:)`` as one list of data
    /// problems placed in `file` (the panel they were read from): each a
    /// ``DataPlace/record(file:key:column:)`` `firm 9132…, 2023, data row 17 (营业收入)`, listed
    /// up to ``DataProblems/defaultLimit`` and then counted; `nil` for every other case.
    ///
    /// The accounting never sees file names; the caller that read the panel knows it and
    /// carries it here, so the message names the file of every problem.
    public func dataProblems(file: String) -> DataProblems? {
        switch self {
        case .incompletePairs(let entries):
            return Self.problems(entries, file: file, neededFor: { entry in
                "the firm's increment (growth accounting counts a firm only with its value in both years); "
                    + "--missing drop leaves such firms out and counts them in the notes"
            })
        case .incompleteFirms(let entries):
            return Self.problems(entries, file: file, neededFor: { entry in
                "the firm's \(entry.year) R&D intensity (no increment is needed, only R&D and a positive revenue "
                    + "of the year); --missing drop leaves such firms out and counts them in the notes"
            })
        default:
            return nil
        }
    }

    private static func problems(_ entries: [MissingFirmValue], file: String,
                                 neededFor: (MissingFirmValue) -> String) -> DataProblems {
        DataProblems(entries.map { entry in
            let key = "firm '\(entry.firm)', \(entry.year)" + (entry.row.map { ", data row \($0 + 1)" } ?? ", no row that year")
            return DataProblem(place: .record(file: file, key: key, column: entry.column),
                               kind: .missingValue(column: entry.column, neededFor: neededFor(entry)))
        })
    }
}
