extension DifferenceInDifferences {
    /// Notes on treatment timing over the observations `rows`
    /// (``DifferenceInDifferencesNote``); `units` are the unit column's keys
    /// (``PolicyColumns/unitKeys(_:_:)``).
    ///
    /// A treated unit's start is the first period where `treated = 1` and `post = 1`. More
    /// than one distinct start is staggered adoption: the note gives the Goodman-Bacon weight
    /// of the comparisons with already-treated units (``GoodmanBaconDecomposition``, cohort =
    /// start, 0 for units never treated-and-post). With `--post-year Y` and a `treated` column
    /// that varies within units (0 before a unit's support, 1 after), units with `treated = 1`
    /// before `Y` are counted.
    static func timingNotes(_ data: Table, _ specification: DifferenceInDifferencesSpecification, rows: [Int],
                            units: (keys: [Int32], count: Int), treated: NumericColumn,
                            post: NumericColumn) throws(PolicyEffectError) -> [DifferenceInDifferencesNote] {
        let times = try PolicyColumns.numeric(data, specification.time)
        var start = [Double?](repeating: nil, count: units.count), earliestTreated = start
        var untreatedSeen = [Bool](repeating: false, count: units.count)
        for row in rows {
            let unit = Int(units.keys[row])
            guard unit >= 0, !times.isMissing[row] else { continue }
            let time = times.values[row]
            if treated.values[row] == 1 {
                earliestTreated[unit] = min(earliestTreated[unit] ?? time, time)
                if post.values[row] == 1 { start[unit] = min(start[unit] ?? time, time) }
            } else {
                untreatedSeen[unit] = true
            }
        }
        var notes: [DifferenceInDifferencesNote] = []
        let starts = Set(start.compactMap { $0 }).sorted()
        if starts.count > 1 {
            let weight = alreadyTreatedWeight(data, specification, units: units.keys, rows: rows, start: start)
            notes.append(.staggeredTiming(startPeriods: starts.map { Int($0) }, alreadyTreatedWeight: weight))
        }
        if case .from(let year) = specification.postPeriod {
            let early = untreatedSeen.indices.compactMap { unit in
                untreatedSeen[unit] ? earliestTreated[unit].flatMap { $0 < Double(year) ? $0 : nil } : nil
            }
            if let earliest = early.min() {
                notes.append(.treatedBeforePostYear(units: early.count, postYear: year, earliest: Int(earliest)))
            }
        }
        return notes
    }

    /// The Goodman-Bacon weight on later-vs-already-treated comparisons, with cohorts from
    /// `start` (indexed by the unit keys `units`, ``PolicyColumns/unitKeys(_:_:)``); `nil` when the decomposition fails (unbalanced panel, …).
    private static func alreadyTreatedWeight(_ data: Table, _ specification: DifferenceInDifferencesSpecification,
                                             units: [Int32], rows: [Int], start: [Double?]) -> Double? {
        var cohort = [Double?](repeating: nil, count: data.rowCount)
        for row in rows where units[row] >= 0 { cohort[row] = start[Int(units[row])] ?? 0 }
        let name = data.hasColumn("first_treated_period") ? "first_treated_period_bacon" : "first_treated_period"
        guard let restricted = try? data.appending(.numeric(NumericColumn(cohort)), named: name),
              let decomposition = try? GoodmanBaconDecomposition.decompose(
                restricted, outcome: specification.outcome, unit: specification.unit,
                time: specification.time, cohort: name),
              decomposition.totalWeight > 0 else { return nil }
        return decomposition.weight(of: .laterVsAlreadyTreated) / decomposition.totalWeight
    }
}
