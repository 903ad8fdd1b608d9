extension ProjectTemplate {
    /// The commented project file; comments in ``language``.
    // Long: the file's text, one line per key, reads best in one piece.
    var projectFile: String {
        let zh = language == .zh
        let budget = panel.figures.budget
        func note(_ chinese: String, _ english: String) -> String { "# " + (zh ? chinese : english) }
        return """
        \(note("Impact 项目文件（格式见 docs/project-file.md）。`impact report 本文件夹` 按此运行整个评价。",
               "Impact project file (format: docs/project-file.md). `impact report THIS-FOLDER` runs the whole evaluation from it."))
        \(note("示例数据：请逐个替换 example_panel.csv、indicators.csv 和下面的项目信息。",
               "Example data: replace example_panel.csv, indicators.csv and the programme below one by one."))

        [programme]
        title = "（示例）产业引导资金项目"   \(note("项目名称", "项目名称: the programme's title"))
        department = "（示例）区科学技术委员会"   \(note("主管部门", "主管部门: department in charge"))
        implementer = "（示例）区科学技术委员会"  \(note("实施单位", "实施单位: implementing unit"))
        year = 2025                          \(note("年度（预算年度）", "年度: the budget year"))

        \(note("项目资金（万元）：total 年度资金总额；另可写 current_appropriation 当年财政拨款、carried_over 上年结转、other 其他资金。",
               "Funds (万元): total; also current_appropriation, carried_over and other sources."))
        [programme.funds.total]
        initial_budget = \(budget)     \(note("年初预算数", "年初预算数: initial budget"))
        full_year_budget = \(budget)   \(note("全年预算数", "全年预算数: full-year budget"))
        executed = \(budget)           \(note("全年执行数", "全年执行数: executed"))

        \(note("年度总体目标：每个目标一段 [[programme.objectives]]。", "Annual objectives: one [[programme.objectives]] each."))
        [[programme.objectives]]
        expected = "（示例）支持企业扩大研发投入，研发投入强度达到5%以上"
        achieved = "（示例）被支持企业研发投入强度见绩效自评表"

        [programme.sign_off]
        preparer = ""     \(note("填报人", "填报人: prepared by"))
        reviewer = ""     \(note("审核人", "审核人: reviewed by"))
        telephone = ""    \(note("联系电话", "联系电话: telephone"))
        date = ""         \(note("填报日期", "填报日期: date"))

        [data]
        panel = "\(ExamplePanel.fileName)"   \(note("企业面板：每家企业每年一行（CSV）", "firm panel: one row per firm and year (CSV)"))
        indicators = "indicators.csv"        \(note("绩效自评表指标（一级/二级/三级指标、分值）", "the indicator table (一级/二级/三级, weights)"))
        \(note("lines = \"sector_totals.csv\"  效果线（line, sector, value）；不写则按行业计算 [analysis] growth",
               "lines = \"sector_totals.csv\"  effect lines (line, sector, value); without it, [analysis] growth per sector"))

        \(note("本单位表头 → Impact 的角色。表头里的单位（万元）不写进列名。",
               "Your headers → Impact's roles. A unit in a header, （万元）, is not part of the column name."))
        [columns]
        id = "统一社会信用代码"
        time = "年份"
        sector = "所属行业"
        revenue = "营业收入"
        rd = "研发费用"
        supported = "是否获得支持"   \(note("是/否 列；也可写 列名=取值，如 \"支持类型=研发投入\"", "a 是/否 column, or COLUMN=VALUE such as \"支持类型=研发投入\""))
        subsidy = "支持金额"
        \(note("output = \"工业总产值\"   support_line = \"支持方向\"", "output = \"工业总产值\"   support_line = \"支持方向\""))

        [values]
        na_values = ["/", "无数据"]   \(note("另外视为缺失的写法", "further cell texts meaning missing"))
        yes = ["是", "有", "Y", "1"]
        no = ["否", "无", "N", "0"]

        [evaluation]
        year = \(ExamplePanel.years.upperBound)          \(note("评价年度 t：增量为 t−1 到 t", "evaluated year t: increments from t−1 to t"))
        profile = "mof-2020"   \(note("评分规则：财预〔2020〕10号", "scoring profile: 财预〔2020〕10号"))

        [analysis]
        growth = ["revenue"]   \(note("按行业计算的增长指标：revenue、output、rd", "growth measures per sector: revenue, output, rd"))
        attribution = true     \(note("朴素归因 vs 双重差分（按行业）", "naive attribution beside a per-sector DiD"))
        post_year = \(ExamplePanel.years.upperBound)       \(note("政策起始年份（双重差分的 post）", "first post-policy year of the DiD"))
        controls = []          \(note("控制变量列", "control columns"))
        cluster = "统一社会信用代码"   \(note("聚类标准误的列", "cluster column of the standard errors"))
        # cohort = "首次获得支持年份"   \(note("分批支持时各企业首次获得支持的年份（impact staggered）",
                                            "first supported year per firm for staggered adoption (impact staggered)"))

        """
    }

    /// The README of the new project folder.
    var readme: String {
        language == .zh ? """
        # 新的绩效评价项目（示例）

        本文件夹由 `impact init` 生成，可直接运行：`impact report 本文件夹`。
        数据均为示例（synthetic，由固定种子生成），请逐个替换：

        1. `example_panel.csv`：换成本单位的企业数据（CSV），并在 `impact.toml` 的 `[columns]` 中写明各列的表头；
        2. `indicators.csv`：按本项目填写绩效自评表的指标、年度指标值、实际完成值和分值；
        3. `impact.toml` 的 `[programme]`：项目名称、主管部门、实施单位、资金和年度目标。

        """ : """
        # A new evaluation project (example)

        Written by `impact init`; it runs as it is: `impact report THIS-FOLDER`.
        All data are an example (synthetic, from a fixed seed); replace them one by one:

        1. `example_panel.csv`: your firm data (CSV); name its headers in `[columns]` of `impact.toml`;
        2. `indicators.csv`: the indicators, targets, actuals and weights of your 绩效自评表;
        3. `[programme]` in `impact.toml`: title, department, implementer, funds and objectives.

        """
    }
}
