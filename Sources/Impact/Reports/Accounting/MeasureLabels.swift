/// Labels of the value columns the bundled dataset and Chinese statistics use.
///
/// A known column name (`revenue_wan`, `output_wan`, `rd_wan`, `employees`, `subsidy_wan`)
/// gets its Chinese and English statistical term; any other name is shown verbatim.
public enum MeasureLabels {
    /// The label of value column `column`.
    public static func label(forColumn column: String) -> LocalizedText {
        switch column {
        case "revenue_wan", "revenue": LocalizedText(zh: "营业收入", en: "Revenue")
        case "output_wan", "output": LocalizedText(zh: "工业总产值", en: "Gross industrial output")
        case "rd_wan", "rd": LocalizedText(zh: "研发投入", en: "R&D spending")
        case "employees": LocalizedText(zh: "从业人员", en: "Employees")
        case "subsidy_wan", "subsidy": LocalizedText(zh: "支持金额", en: "Subsidy")
        default: LocalizedText(verbatim: column)
        }
    }
}
