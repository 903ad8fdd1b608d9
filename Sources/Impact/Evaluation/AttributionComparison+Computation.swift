extension AttributionComparison {
    /// Computes the comparison on a firm panel.
    ///
    /// - Parameters:
    ///   - panel: one row per firm and year, with `firm`, `yearColumn`, `sectorColumn`,
    ///     the 0/1 `supported` column, `subsidy` (万元, the award repeated on each row) and
    ///     each line's value column.
    ///   - firm: the firm identifier column; default `firm_id`.
    ///   - yearColumn: the year column; default `year`.
    ///   - sectorColumn: the sector column; default `sector`.
    ///   - supported: the 0/1 supported column; default `supported`.
    ///   - subsidy: the subsidy column (万元); default `subsidy_wan`.
    ///   - lines: (sector, value column) pairs, e.g. `("工业", "output_wan")`.
    ///   - year: the evaluated year (its rows are "post", earlier rows "pre").
    ///   - postYear: the first post-policy year of the DiD; default `nil`: `year`.
    ///   - controls: numeric control columns of the DiD; default none.
    ///   - cluster: the DiD's cluster column; default `nil`: `firm` (CR1).
    public static func compute(panel: Table, lines: [(sector: String, value: String)], year: Int,
                               firm: String = "firm_id", yearColumn: String = "year", sectorColumn: String = "sector",
                               supported: String = "supported", subsidy: String = "subsidy_wan",
                               postYear: Int? = nil, controls: [String] = [],
                               cluster: String? = nil) throws(PolicyEffectError) -> AttributionComparison {
        let sectors = try PolicyColumns.labels(panel, sectorColumn)
        let years = try PolicyColumns.numeric(panel, yearColumn)
        let flags = try PolicyColumns.numeric(panel, supported)
        let amounts = try PolicyColumns.numeric(panel, subsidy)
        let firms = try PolicyColumns.labels(panel, firm)
        var rows = [Row]()
        var omissions = [AttributionOmission]()
        // The DiD's post indicator: the same for every line.
        let start = Double(postYear ?? year)
        let post = (0..<panel.rowCount).map { years.isMissing[$0] ? nil : (years.values[$0] >= start ? 1.0 : 0.0) }
        for line in lines {
            let selected = (0..<panel.rowCount).filter {
                sectors[$0] == line.sector && !years.isMissing[$0] && years.values[$0] <= Double(year)
            }
            let values = try PolicyColumns.numeric(panel, line.value)
            // Naive: Σ (v_t − v_{t−1}) over supported firms / Σ subsidy (one row per firm).
            var current = [String: Double](), previous = [String: Double](), award = [String: Double]()
            var unsupported = Set<String>()
            for row in selected {
                guard let id = firms[row] else { continue }
                if flags.values[row] != 1 { unsupported.insert(id); continue }
                if years.values[row] == Double(year) {
                    current[id] = values[row]
                    award[id] = amounts[row] ?? 0
                } else if years.values[row] == Double(year - 1) {
                    previous[id] = values[row]
                }
            }
            let supportedIDs = current.keys.filter { previous[$0] != nil }.sorted()
            guard !supportedIDs.isEmpty, !unsupported.isEmpty else {
                omissions.append(.needsSupportedAndUnsupported(sector: line.sector, value: line.value))
                continue
            }
            let increment = compensatedSum(supportedIDs.map { current[$0]! - previous[$0]! })
            let spent = compensatedSum(supportedIDs.map { award[$0]! })
            guard spent > 0 else { throw .noSubsidy(total: spent) }
            // Causal: TWFE DiD on the sector's firms.
            let sector = try policyStep {
                try panel.appending(.numeric(NumericColumn(post)), named: "post_evaluated_year").selectingRows(selected)
            }
            let did = try DifferenceInDifferences.estimate(sector, DifferenceInDifferencesSpecification(
                outcome: line.value, unit: firm, time: yearColumn, treated: supported, post: "post_evaluated_year",
                covariates: controls, design: .twoWayFixedEffects, vcov: cluster.map { .cluster([$0]) }))
            let causal = try CostEffectiveness.differenceInDifferences(did, table: sector, subsidy: subsidy)
            rows.append(Row(sector: line.sector, value: line.value, supportedFirms: supportedIDs.count,
                            unsupportedFirms: unsupported.count, subsidy: spent, naive: increment / spent,
                            att: did.att, causal: causal))
        }
        return AttributionComparison(year: year, rows: rows, omissions: omissions)
    }
}
