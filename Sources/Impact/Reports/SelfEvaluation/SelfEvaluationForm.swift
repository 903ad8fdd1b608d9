/// The 项目支出绩效自评表 in the layout of 财预〔2020〕10号 附件1: the header (项目名称, 主管部门,
/// 实施单位, 年度), the funds block (项目资金（万元）), 年度总体目标, the scored indicator rows with
/// their deviation reasons, 总分 and 评价等级, and the sign-off lines.
///
/// It joins a ``ScoreSheet`` (the rows, total and grade) with a ``ProgrammeDescription`` (the
/// header, funds, objectives and sign-off from the project file). It is ``Reportable``: the
/// text formats print one table per block, JSON adds the programme to the score sheet's
/// document, and HTML, xlsx and docx draw the official form with merged cells.
public struct SelfEvaluationForm: Sendable, Equatable {
    /// The scored indicator table.
    public let sheet: ScoreSheet
    /// The programme: header, funds, objectives, sign-off.
    public let programme: ProgrammeDescription

    /// Creates the form of `sheet` for `programme` (default: an empty description, so the
    /// header, funds and sign-off cells are left blank for the office to fill in).
    public init(sheet: ScoreSheet, programme: ProgrammeDescription = ProgrammeDescription()) {
        self.sheet = sheet
        self.programme = programme
    }

    /// The points the funds block carries (分值) and earns (得分): the scored execution row
    /// (``IndicatorKind/executionRate``), when the table has one.
    var executionRow: ScoredIndicator? {
        sheet.rows.first { $0.indicator.kind == .executionRate }
    }

    /// The execution rate shown in the funds block: the programme's total line, else the
    /// score sheet's execution rate.
    var executionRate: Double? {
        programme.funds(.total)?.executionRate ?? sheet.executionRate
    }

    /// The form's heading.
    static let heading = LocalizedText(zh: "项目支出绩效自评表", en: "Programme expenditure performance self-evaluation")
}
