import Impact

extension DiDCommand {
    /// The columns `did` reads from the data file, or `nil` for every column.
    ///
    /// Only the plain design is read selectively: a 0/1 treated column, a post column,
    /// an outcome and covariates that are column names. It then reads the unit and period
    /// keys, those columns, the cluster variables of `--vcov` and the columns of `--subset`.
    /// A `COLUMN=VALUE` group, `--post-year` or a transformed outcome name a column they add
    /// after the columns present (`post_1981` unless the file has one), so they read every
    /// column, as does a `--subset` that does not parse (its error is reported later).
    func usedColumns() throws -> Set<String>? {
        let project = try keys.project.loadProject()
        let outcome = try self.outcome ?? keys.columns().revenue
        let covariates = commaSeparated(covariates)
        guard case .flag(let treated)? = try? SupportCriterion(parsing: design.treated ?? project?.columns.supported ?? "treated"),
              case .column(let post) = design.postPeriod(project) else { return nil }
        return sample.readColumns([try keys.idColumn(), try keys.timeColumn(), treated, post] + (vcov?.clusterColumns ?? []),
                                  variables: [outcome] + covariates)
    }
}
