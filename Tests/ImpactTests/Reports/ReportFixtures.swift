@testable import Impact

/// Small tables shared by the renderer tests; every expected output is written by hand.
enum ReportFixtures {
    /// Two sectors with pull in percentage points, a count and a missing value.
    static let sectors = ReportTable(
        title: LocalizedText(zh: "行业效应", en: "Sector effects"),
        columns: [
            ReportColumn(key: "sector", header: LocalizedText(zh: "行业", en: "Sector")),
            ReportColumn(key: "firms", header: LocalizedText(zh: "企业数", en: "Firms")),
            ReportColumn(key: "pull", header: LocalizedText(zh: "拉动", en: "Pull")),
        ],
        rows: [
            [.label(LocalizedText(zh: "工业", en: "Industry")), .integer(8), .percentagePoints(2.53)],
            [.label(LocalizedText(zh: "软件信息服务业", en: "Software")), .integer(14), .percentagePoints(8.2)],
            [.label(LocalizedText(zh: "其他", en: "Other")), .empty, .number(.nan, decimals: 2)],
        ],
        notes: [LocalizedText(zh: "拉动 = 增量 / 上年行业总量 × 100。", en: "Pull = increment / prior-year sector total × 100.")],
        key: "sector_effects"
    )

    /// Cells that need quoting or escaping in every format.
    static let awkward = ReportTable(
        title: LocalizedText(verbatim: "A <b>&</b> \"table\""),
        columns: [
            ReportColumn(key: "name", header: LocalizedText(verbatim: "name, full")),
            ReportColumn(key: "value", header: LocalizedText(verbatim: "value")),
        ],
        rows: [
            [.text("a|b"), .number(0.1 + 0.2, decimals: 1)],
            [.text("say \"hi\"\nbye"), .number(100, decimals: 0)],
            [.text("<script>alert('x')</script> & co"), .number(-0.001, decimals: 2)],
            [.text(" padded "), .number(1e-7, decimals: 3)],
        ]
    )
}
