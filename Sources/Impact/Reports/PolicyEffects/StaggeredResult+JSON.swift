extension StaggeredResult {
    /// The JSON document scripts rely on, keys in this order:
    ///
    ///     {"att_gt": [{"group", "time", "base_period", "att", "std_error",
    ///                  "ci_low", "ci_high", "uniform_low", "uniform_high"}, …],
    ///      "aggregations": {"simple": {"att", "std_error", "ci_low", "ci_high"},
    ///                       "dynamic": [{"event_time", "att", "estimate", "std_error", "ci_low",
    ///                                    "ci_high", "uniform_low", "uniform_high"}, …],
    ///                       "group": [{"group", "att", "std_error", "ci_low", "ci_high",
    ///                                  "uniform_low", "uniform_high"}, …],
    ///                       "calendar": [{"time", …the same…}, …],
    ///                       "dynamic_overall", "group_overall", "calendar_overall",
    ///                       "critical_values": {"pointwise", "att_gt", "dynamic", "group", "calendar"}},
    ///      "control_group", "base_period", "n_units", "standard_errors",
    ///      "uniform_critical_value", "notes": [{"code", "message"}],
    ///      "pretest": {"statistic", "df", "p_value"}, "method", "covariates", "anticipation",
    ///      "n_groups", "cluster", "n_clusters", "sample_layout"}
    ///
    /// Intervals are at 95 %: `ci_*` pointwise (± 1.96·se), `uniform_*` the bootstrap's
    /// simultaneous band over the entries of the same list (± its critical value·se, the
    /// value in `critical_values`), null without the bootstrap. The dynamic entries carry
    /// the shared ``EventTimeJSON`` shape (`estimate` repeats `att`). The universal
    /// base-period cell t = g − 1 has `std_error` and intervals null; `pretest` is null when
    /// there is no pre-treatment cell or their covariance is singular; `cluster` and
    /// `n_clusters` are null unless the bootstrap clusters above the firm. `sample_layout` is
    /// `balanced_panel`, `unbalanced_panel` or `repeated_cross_sections` (``sampleLayout``;
    /// under the last, `n_units` counts rows).
    // Long: one document literal in its documented key order.
    public func jsonValue(language: Language) -> JSONValue {
        let simple = aggregate(.simple), dynamic = aggregate(.dynamic)
        let group = aggregate(.group), calendar = aggregate(.calendar)
        let cellCritical = uniformCriticalValue()
        let z = StaggeredAggregate.normalCriticalValue()
        let cells: [JSONValue] = effects.map { cell in
            let reference = cell.isReferenceCell
            let pointwise = reference ? nil : StaggeredAggregate.interval(cell.att, cell.standardError, z)
            let uniform = reference ? nil : cellCritical.map { StaggeredAggregate.interval(cell.att, cell.standardError, $0) }
            return .object(["group": .integer(cell.group), "time": .integer(cell.period),
                            "base_period": .integer(cell.basePeriod), "att": .number(cell.att),
                            "std_error": reference ? .null : .number(cell.standardError),
                            "ci_low": .number(pointwise?.low), "ci_high": .number(pointwise?.high),
                            "uniform_low": .number(uniform?.low), "uniform_high": .number(uniform?.high)])
        }
        return .object([
            "att_gt": .array(cells),
            "aggregations": .object([
                "simple": Self.overallJSON(simple), "dynamic": Self.eventTimeJSON(dynamic),
                "group": Self.componentJSON(group, "group"), "calendar": Self.componentJSON(calendar, "time"),
                "dynamic_overall": Self.overallJSON(dynamic), "group_overall": Self.overallJSON(group),
                "calendar_overall": Self.overallJSON(calendar),
                "critical_values": .object([
                    "pointwise": .number(z), "att_gt": .number(cellCritical),
                    "dynamic": .number(dynamic.uniformCriticalValue), "group": .number(group.uniformCriticalValue),
                    "calendar": .number(calendar.uniformCriticalValue),
                ]),
            ]),
            "control_group": .string(controlGroup.rawValue), "base_period": .string(basePeriod.rawValue),
            "n_units": .integer(unitCount), "standard_errors": .string(standardErrorsDescription),
            "uniform_critical_value": .number(cellCritical), "notes": .array(notes.map(\.jsonValue)),
            "pretest": pretest.map { .object(["statistic": .number($0.statistic), "df": .integer($0.degreesOfFreedom),
                                              "p_value": .number($0.pValue)]) },
            "method": .string(estimationMethod.rawValue), "covariates": .array(covariates.map(JSONValue.string)),
            "anticipation": .integer(anticipation), "n_groups": .integer(groups.count),
            "cluster": .string(clusters?.name), "n_clusters": .integer(clusters?.count),
        ]).setting("sample_layout", .string(sampleLayout.rawValue))
    }

    private typealias Member = JSONValue.Member

    /// {"att", "std_error", "ci_low", "ci_high"} of an overall effect.
    private static func overallJSON(_ aggregate: StaggeredAggregate) -> JSONValue {
        let interval = aggregate.confidenceInterval()
        return .object(["att": .number(aggregate.att), "std_error": .number(aggregate.standardError),
                        "ci_low": .number(interval.low), "ci_high": .number(interval.high)])
    }

    /// The dynamic components in the shared event-time shape, `att` kept after `event_time`.
    private static func eventTimeJSON(_ aggregate: StaggeredAggregate) -> JSONValue {
        .array(aggregate.components.map { component in
            var members = EventTimeJSON.members(
                eventTime: component.key, estimate: component.att, standardError: component.standardError,
                confidenceInterval: component.confidenceInterval(), uniformInterval: aggregate.uniformInterval(of: component))
            members.insert(Member("att", .number(component.att)), at: 1)
            return .object(members)
        })
    }

    /// Cohort or calendar components: {key, "att", "std_error", "ci_low", "ci_high",
    /// "uniform_low", "uniform_high"}.
    private static func componentJSON(_ aggregate: StaggeredAggregate, _ key: String) -> JSONValue {
        .array(aggregate.components.map { component in
            let pointwise = component.confidenceInterval(), uniform = aggregate.uniformInterval(of: component)
            return .object([Member(key, .integer(component.key)), Member("att", .number(component.att)),
                            Member("std_error", .number(component.standardError)),
                            Member("ci_low", .number(pointwise.low)), Member("ci_high", .number(pointwise.high)),
                            Member("uniform_low", .number(uniform?.low)), Member("uniform_high", .number(uniform?.high))])
        })
    }
}
