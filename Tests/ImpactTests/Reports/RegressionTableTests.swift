import Testing
@testable import Impact

/// Two small models worked by hand:
/// (1) y ~ x on y = (1, 3, 2, 5), x = (0, 1, 2, 3): slope = Sxy/Sxx = 5.5/5 = 1.1,
///     intercept = 2.75 − 1.1·1.5 = 1.1, RSS = 2.7, s² = 1.35, SE(slope) = √(1.35/5) =
///     0.519615, SE(intercept) = √(1.35·(1/4 + 1.5²/5)) = 0.972111, R² = 1 − 2.7/8.75 = 0.691429.
/// (2) y ~ x | g with g = (a, a, b, b): demeaned x = (∓0.5, ∓0.5), y = (−1, 1, −1.5, 1.5),
///     slope 2.5, RSS 0.25, iid SE = √(0.25/(4 − 3)) = 0.5, within R² = 1 − 0.25/6.5 =
///     0.961538, R² = 1 − 0.25/8.75 = 0.971429.
@Suite("Regression table")
struct RegressionTableTests {
    private func models() throws -> [RegressionResult] {
        let table = try Table(columns: [
            ("y", .numeric(NumericColumn(values: [1, 3, 2, 5]))),
            ("x", .numeric(NumericColumn(values: [0, 1, 2, 3]))),
            ("g", .categorical(CategoricalColumn(["a", "a", "b", "b"]))),
        ])
        return [
            try LinearRegression.estimate(try ModelFrame(formula: "y ~ x", table: table)),
            // iid explicitly: the library default for a fixed-effect model clusters by `g`.
            try LinearRegression.estimate(try ModelFrame(formula: "y ~ x | g", table: table), vcov: .iid),
        ]
    }

    @Test("text: models side by side, SE in parentheses, fixed-effect and statistic rows")
    func text() throws {
        let text = RegressionTable(try models()).text(language: .en)
        let lines = text.split(separator: "\n").map(String.init)
        func line(_ prefix: String) -> [String] {
            (lines.first { $0.hasPrefix(prefix) } ?? "").split(separator: " ").map(String.init)
        }
        #expect(lines[0] == "Regression results")
        #expect(line("  ") == ["(1)", "(2)"])
        #expect(line("Dependent variable") == ["Dependent", "variable", "y", "y"])
        #expect(line("Intercept") == ["Intercept", "1.1000"])
        #expect(line("x ") == ["x", "1.1000", "2.5000"])
        let errors = lines.filter { $0.hasPrefix(" ") && $0.contains("(0.") }
        #expect(errors.map { $0.split(separator: " ").map(String.init) } == [["(0.9721)"], ["(0.5196)", "(0.5000)"]])
        #expect(line("g ") == ["g", "No", "Yes"])
        #expect(line("Observations") == ["Observations", "4", "4"])
        #expect(line("R²") == ["R²", "0.6914", "0.9714"])
        #expect(line("Within R²") == ["Within", "R²", "0.9615"])
        #expect(line("Standard errors") == ["Standard", "errors", "iid", "iid"])
        // The intercept's row comes before x's although both models list x.
        #expect(lines.firstIndex { $0.hasPrefix("Intercept") }! < lines.firstIndex { $0.hasPrefix("x ") }!)
        #expect(text.contains("Standard errors in parentheses; significance: *** p<0.01, ** p<0.05, * p<0.1."))
    }

    @Test("Chinese labels")
    func chinese() throws {
        let text = RegressionTable(try models()).text(language: .zh)
        #expect(text.hasPrefix("回归结果\n"))
        #expect(text.contains("因变量"))
        #expect(text.contains("固定效应"))
        #expect(text.contains("观测数"))
        #expect(text.contains("组内 R²"))
    }

    @Test("stars follow fixest etable's thresholds: 0.01, 0.05, 0.1")
    func stars() throws {
        let table = RegressionTable(try models())
        #expect(table.stars(for: 0.0099) == "***")
        #expect(table.stars(for: 0.01) == "**")
        #expect(table.stars(for: 0.049) == "**")
        #expect(table.stars(for: 0.05) == "*")
        #expect(table.stars(for: 0.0999) == "*")
        #expect(table.stars(for: 0.1) == "")
        #expect(table.stars(for: .nan) == "")
    }

    @Test("LaTeX: booktabs rules, escaped names, R² in math mode")
    func latex() throws {
        let latex = RegressionTable(try models()).latex(language: .en)
        let lines = latex.split(separator: "\n").map(String.init)
        #expect(lines.first == "\\begin{tabular}{lcc}")
        #expect(lines.contains("x & 1.1000 & 2.5000 \\\\"))
        #expect(lines.contains(" & (0.5196) & (0.5000) \\\\"))
        #expect(lines.contains("g & No & Yes \\\\"))
        #expect(lines.contains("$R^2$ & 0.6914 & 0.9714 \\\\"))
        #expect(lines.contains("\\bottomrule"))
        #expect(lines.last == "\\end{tabular}")
        #expect(latexEscape("a_b & 10% $#{}~^\\") ==
            "a\\_b \\& 10\\% \\$\\#\\{\\}\\textasciitilde{}\\textasciicircum{}\\textbackslash{}")
    }

    @Test("Markdown: centred model columns, bold fixed-effect heading")
    func markdown() throws {
        let markdown = RegressionTable(try models()).markdown(language: .en)
        #expect(markdown.contains("|  | (1) | (2) |\n| --- | :---: | :---: |\n"))
        #expect(markdown.contains("| x | 1.1000 | 2.5000 |"))
        #expect(markdown.contains("| **Fixed effects** |  |  |"))
        #expect(markdown.contains("\\*\\*\\* p<0.01"))
    }

    @Test("one model in long form: estimate, SE, t, p and interval per term")
    func singleModel() throws {
        let table = RegressionTable([try models()[0]])
        let coefficients = table.coefficientTable()
        #expect(coefficients.rows.map { $0[0] } == [.text("Intercept"), .text("x")])
        let slope = coefficients.rows[1]
        #expect(abs((slope[1].numericValue ?? 0) - 1.1) < 1e-12)
        #expect(abs((slope[2].numericValue ?? 0) - 0.27.squareRoot()) < 1e-12)
        // Student t with 2 df: p = 1 − |t|/√(t² + 2).
        let t = 1.1 / 0.27.squareRoot()
        #expect(abs((slope[4].numericValue ?? 0) - (1 - t / (t * t + 2).squareRoot())) < 1e-10)
        let statistics = table.statisticsTable()
        #expect(statistics.rows.first == [.label(LocalizedText(zh: "观测数", en: "Observations")), .integer(4)])
        let r2 = statistics.rows.first { $0[0] == .label(LocalizedText(zh: "R²", en: "R²")) }
        #expect(abs((r2?[1].numericValue ?? 0) - (1 - 2.7 / 8.75)) < 1e-12)
    }

    @Test("CSV and HTML go through a report table with a standard-error row under each term")
    func reportTable() throws {
        let report = RegressionTable(try models()).reportTable(language: .en)
        #expect(report.columns.map(\.key) == ["term", "model_1", "model_2"])
        #expect(report.rows[0] == [.text("Dependent variable"), .text("y"), .text("y")])
        #expect(report.rows[1] == [.text("Intercept"), .text("1.1000"), .text("")])
        #expect(report.rows[2] == [.text(""), .text("(0.9721)"), .text("")])
    }
}
