/// The programme a 绩效自评表 (项目支出绩效自评表, 财预〔2020〕10号 附件1) is about: the
/// header, the funds block, the annual objectives and the sign-off lines.
///
/// The project file (`impact.toml`) fills it; the renderers of the 自评表 print it above and
/// below the indicator rows. Every field is optional text or figures as the office writes
/// them: a field left out prints as an empty cell, never as a guessed value.
public struct ProgrammeDescription: Sendable, Equatable {
    /// 项目名称.
    public let title: String?
    /// 主管部门 (the department in charge).
    public let department: String?
    /// 实施单位 (the implementing unit).
    public let implementer: String?
    /// 年度: the budget year the table evaluates.
    public let year: Int?
    /// 项目资金（万元）: one line per funding source, in the order of ``FundingSource``.
    public let funds: [FundsLine]
    /// 年度总体目标: each expected objective with what was actually achieved.
    public let objectives: [ProgrammeObjective]
    /// 填报人, 审核人, 联系电话, 填报日期 (as written; empty when not given).
    public let signOff: SignOff

    /// Creates a description from its parts.
    public init(title: String? = nil, department: String? = nil, implementer: String? = nil,
                year: Int? = nil, funds: [FundsLine] = [], objectives: [ProgrammeObjective] = [],
                signOff: SignOff = SignOff()) {
        self.title = title
        self.department = department
        self.implementer = implementer
        self.year = year
        self.funds = funds
        self.objectives = objectives
        self.signOff = signOff
    }

    /// The line of a funding source, if the programme gives one.
    public func funds(_ source: FundingSource) -> FundsLine? {
        funds.first { $0.source == source }
    }
}

/// A row of the funds block (项目资金（万元）), in the 10号 order.
public enum FundingSource: String, Sendable, Equatable, CaseIterable {
    /// 年度资金总额: all sources together.
    case total
    /// 其中：当年财政拨款: this year's appropriation.
    case currentAppropriation = "current_appropriation"
    /// 上年结转资金: funds carried over from the previous year.
    case carriedOver = "carried_over"
    /// 其他资金: other sources.
    case other
}

/// One funds row in 万元: 年初预算数 (initial budget), 全年预算数 (full-year budget after
/// adjustments) and 全年执行数 (executed). Execution rate = executed ÷ full-year budget × 100.
public struct FundsLine: Sendable, Equatable {
    /// Which row of the funds block this is.
    public let source: FundingSource
    /// 年初预算数, 万元.
    public let initialBudget: Double?
    /// 全年预算数, 万元.
    public let fullYearBudget: Double?
    /// 全年执行数, 万元.
    public let executed: Double?

    /// Creates a funds line (amounts in 万元).
    public init(source: FundingSource, initialBudget: Double?, fullYearBudget: Double?, executed: Double?) {
        self.source = source
        self.initialBudget = initialBudget
        self.fullYearBudget = fullYearBudget
        self.executed = executed
    }

    /// 执行率 in percent: executed ÷ full-year budget × 100; nil when either is missing or
    /// the budget is not positive.
    public var executionRate: Double? {
        guard let executed, let fullYearBudget, fullYearBudget > 0 else { return nil }
        return executed / fullYearBudget * 100
    }
}

/// One line of 年度总体目标: 预期目标 (the expected objective) and 实际完成情况 (what was achieved).
public struct ProgrammeObjective: Sendable, Equatable {
    /// 预期目标.
    public let expected: String
    /// 实际完成情况.
    public let achieved: String

    /// Creates an objective line.
    public init(expected: String, achieved: String) {
        self.expected = expected
        self.achieved = achieved
    }
}

/// The sign-off lines under the 自评表: 填报人, 审核人, 联系电话, 填报日期, as written.
public struct SignOff: Sendable, Equatable {
    /// 填报人 (who filled the table).
    public let preparer: String?
    /// 审核人 (who checked it).
    public let reviewer: String?
    /// 联系电话.
    public let telephone: String?
    /// 填报日期, as written (e.g. `2025-03-31`).
    public let date: String?

    /// Creates sign-off lines; all empty by default.
    public init(preparer: String? = nil, reviewer: String? = nil, telephone: String? = nil, date: String? = nil) {
        self.preparer = preparer
        self.reviewer = reviewer
        self.telephone = telephone
        self.date = date
    }
}
