extension AttributionComparison {
    /// The comparison with the columns and causal design of `project`: its firm, year,
    /// sector, supported and subsidy columns, and `[analysis]` post year, controls and
    /// cluster. A `COLUMN=VALUE` supported role becomes a 0/1 treated column
    /// (``SupportCriterion/indicator(in:)``).
    public static func compute(project: EvaluationProject, panel: Table, lines: [(sector: String, value: String)],
                               year: Int) throws(PolicyEffectError) -> AttributionComparison {
        let columns = project.columns, analysis = project.analysis
        let criterion: SupportCriterion
        do { criterion = try SupportCriterion(parsing: columns.supported) } catch {
            throw .table(.unknownColumn(columns.supported, nearest: nil))
        }
        let (table, treated) = try criterion.indicator(in: panel)
        return try compute(panel: table, lines: lines, year: year, firm: columns.id, yearColumn: columns.time,
                           sectorColumn: columns.sector, supported: treated, subsidy: columns.subsidy,
                           postYear: analysis.postYear, controls: analysis.controls, cluster: analysis.cluster)
    }
}
