import Foundation

/// An evaluation project: a folder with the office's data files and a project file
/// `impact.toml` saying what they are (format: `docs/project-file.md`).
///
/// ``load(directory:)`` reads the folder; a folder without `impact.toml` is read by the
/// conventions of `datasets/chaoyang-2024` (``conventional(directory:)``: `panel.csv`,
/// `indicators.csv` or `.json`, `sector_totals.csv`, the English column names), so older
/// dataset folders keep working. `EvaluationReport.load(project:)` runs the evaluation.
///
/// Every part has the defaults of the bundled dataset, each stated on its own type.
public struct EvaluationProject: Sendable, Equatable {
    /// The project file's name: `impact.toml`.
    public static let fileName = "impact.toml"

    /// The project folder (standardized path); relative file names are resolved in it.
    public var directory: String
    /// The path of the project file, or `nil` for a folder read by the conventions.
    public var file: String?
    /// `[programme]`: the 自评表's header, funds block, objectives and sign-off.
    public var programme: ProgrammeDescription
    /// `[data]`: the files.
    public var data: ProjectDataFiles
    /// `[columns]`: the office's column names for each role.
    public var columns: ProjectColumns
    /// `[values]`: missing-value markers, flag words and money units.
    public var values: ProjectValueVocabulary
    /// `[evaluation] year`: the evaluated year `t`; `nil` for the panel's latest year.
    public var evaluatedYear: Int?
    /// `[evaluation] profile`: a built-in scoring profile's name or a profile JSON file
    /// (relative to the folder); default `mof-2020`.
    public var profile: String
    /// `[analysis]`: which analyses the report runs.
    public var analysis: ProjectAnalysis

    /// Creates a project; every part defaults to the conventions of the bundled dataset.
    public init(directory: String, file: String? = nil, programme: ProgrammeDescription = ProgrammeDescription(),
                data: ProjectDataFiles = ProjectDataFiles(), columns: ProjectColumns = ProjectColumns(),
                values: ProjectValueVocabulary = ProjectValueVocabulary(), evaluatedYear: Int? = nil,
                profile: String = ScoringProfile.mof2020.name, analysis: ProjectAnalysis = ProjectAnalysis()) {
        self.directory = directory
        self.file = file
        self.programme = programme
        self.data = data
        self.columns = columns
        self.values = values
        self.evaluatedYear = evaluatedYear
        self.profile = profile
        self.analysis = analysis
    }

    /// A folder without a project file, read by the bundled dataset's conventions: effect
    /// lines from `sector_totals.csv`, everything else at its default.
    public static func conventional(directory: String) -> EvaluationProject {
        EvaluationProject(directory: directory, data: ProjectDataFiles(lines: "sector_totals.csv"))
    }

    /// The path of `name` (as written in the project) in the folder; absolute names stay.
    public func path(_ name: String) -> String {
        name.hasPrefix("/") ? name : URL(fileURLWithPath: directory).appendingPathComponent(name).path
    }
}

/// `[data]`: the project's files, relative to the folder.
///
/// Defaults: `panel = "panel.csv"`; `indicators` absent: `indicators.csv`, else
/// `indicators.json`; no `lines` file (the growth measures of ``ProjectAnalysis`` are
/// computed per sector instead); no `budget` file.
public struct ProjectDataFiles: Sendable, Equatable {
    /// The firm panel (one row per firm and year).
    public var panel: String
    /// The indicator table (绩效自评表 rows), or `nil` for `indicators.csv`/`indicators.json`.
    public var indicators: String?
    /// The effect lines (columns `line`, `sector`, `value`), or `nil`.
    public var lines: String?
    /// The programme's budget figures file, kept for reference, or `nil`.
    public var budget: String?

    /// Creates the file list; see the type for the defaults.
    public init(panel: String = "panel.csv", indicators: String? = nil, lines: String? = nil, budget: String? = nil) {
        self.panel = panel
        self.indicators = indicators
        self.lines = lines
        self.budget = budget
    }
}

/// `[columns]`: which of the office's columns plays each role. Defaults are the bundled
/// panel's names: `firm_id`, `year`, `sector`, `revenue_wan`, `output_wan`, `rd_wan`,
/// `supported`, `support_line`, `subsidy_wan`.
public struct ProjectColumns: Sendable, Equatable {
    /// Firm identifier (统一社会信用代码), kept as text.
    public var id: String
    /// Year.
    public var time: String
    /// Sector (所属行业).
    public var sector: String
    /// Revenue (营业收入).
    public var revenue: String
    /// Gross output (工业总产值).
    public var output: String
    /// R&D spending (研发费用).
    public var rd: String
    /// Supported firms: a flag column, or `COLUMN=VALUE` (``SupportCriterion/init(parsing:)``).
    public var supported: String
    /// Each firm's support line (for effect lines).
    public var supportLine: String
    /// Subsidy amount (支持金额).
    public var subsidy: String

    /// Creates the mapping; every role defaults to the bundled panel's column.
    public init(id: String = "firm_id", time: String = "year", sector: String = "sector",
                revenue: String = "revenue_wan", output: String = "output_wan", rd: String = "rd_wan",
                supported: String = "supported", supportLine: String = "support_line",
                subsidy: String = "subsidy_wan") {
        self.id = id
        self.time = time
        self.sector = sector
        self.revenue = revenue
        self.output = output
        self.rd = rd
        self.supported = supported
        self.supportLine = supportLine
        self.subsidy = subsidy
    }

    /// The firm, year and sector columns as the accounting names them.
    public var layout: PanelLayout { PanelLayout(firm: id, year: time, sector: sector) }

    /// The columns the scoring's data sources read.
    public var firmColumns: FirmColumns {
        FirmColumns(firm: id, year: time, supported: supportedColumn, subsidy: subsidy, rd: rd, revenue: revenue)
    }

    /// The column `supported` reads (the part before `=` of `COLUMN=VALUE`).
    public var supportedColumn: String {
        (try? SupportCriterion(parsing: supported))?.column ?? supported
    }

    /// The column of a growth measure.
    public func column(of measure: GrowthMeasure) -> String {
        switch measure {
        case .revenue: revenue
        case .output: output
        case .rd: rd
        }
    }
}

/// A value measured by the growth accounting, named by role in `[analysis] growth`.
public enum GrowthMeasure: String, Sendable, Equatable, CaseIterable {
    /// Revenue (营业收入): `[columns] revenue`.
    case revenue
    /// Gross output (工业总产值): `[columns] output`.
    case output
    /// R&D spending (研发费用): `[columns] rd`.
    case rd
}

/// `[values]`: how the office writes missing values, yes/no flags and money.
///
/// Defaults: no extra missing markers (the reader's own, ``CSVReadOptions/defaultMissingMarkers``,
/// always apply); yes words `是 有 Y y yes Yes true 1`, no words `否 无 N n no No false 0`
/// (read with ``FlagVocabulary/standard``, which knows them all, see ``flagVocabulary``);
/// no declared units (units in headers such as `营业收入(万元)` are read).
public struct ProjectValueVocabulary: Sendable, Equatable {
    /// The yes words used when none are given.
    public static let defaultYes = ["是", "有", "Y", "y", "yes", "Yes", "true", "1"]
    /// The no words used when none are given.
    public static let defaultNo = ["否", "无", "N", "n", "no", "No", "false", "0"]

    /// Extra cell texts meaning "missing" (`na_values`), e.g. `["/", "无数据"]`.
    public var naValues: [String]
    /// Words meaning yes in a flag column (`yes`).
    public var yes: [String]
    /// Words meaning no in a flag column (`no`).
    public var no: [String]
    /// Declared money units per column (`[values.units]`, e.g. `"营业收入" = "万元"`).
    public var units: [String: MoneyUnit]

    /// Creates a vocabulary; see the type for the defaults.
    public init(naValues: [String] = [], yes: [String] = ProjectValueVocabulary.defaultYes,
                no: [String] = ProjectValueVocabulary.defaultNo, units: [String: MoneyUnit] = [:]) {
        self.naValues = naValues
        self.yes = yes
        self.no = no
        self.units = units
    }
}

/// `[analysis]`: what the report computes besides the scored table.
///
/// Defaults: growth measured on revenue (used when `[data] lines` is absent), naive versus
/// causal attribution on, post period from the evaluated year, no controls, standard errors
/// clustered by firm.
public struct ProjectAnalysis: Sendable, Equatable {
    /// The growth measures per sector (`growth`), when no lines file is given.
    public var growth: [GrowthMeasure]
    /// Whether to set naive attribution beside a DiD per sector (`attribution`).
    public var attribution: Bool
    /// First post-policy year of the DiD (`post_year`); `nil`: the evaluated year.
    public var postYear: Int?
    /// Numeric control columns of the DiD (`controls`).
    public var controls: [String]
    /// Cluster column of the DiD's standard errors (`cluster`); `nil`: the firm column.
    public var cluster: String?
    /// Column of each firm's first supported year for staggered adoption (`cohort`, e.g.
    /// 首次获得支持年份; 0 or blank: never supported); `nil`: the column `cohort`.
    public var cohort: String?

    /// Creates the analysis choice; see the type for the defaults.
    public init(growth: [GrowthMeasure] = [.revenue], attribution: Bool = true, postYear: Int? = nil,
                controls: [String] = [], cluster: String? = nil, cohort: String? = nil) {
        self.growth = growth
        self.attribution = attribution
        self.postYear = postYear
        self.controls = controls
        self.cluster = cluster
        self.cohort = cohort
    }
}
