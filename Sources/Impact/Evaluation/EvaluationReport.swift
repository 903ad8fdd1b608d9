import Foundation

/// A dataset's evaluation, end to end: the filled 绩效自评表 and the sector effect table,
/// both computed from the dataset's files.
///
/// ``load(directory:profile:)`` reads a project folder: its `impact.toml`
/// (``EvaluationProject``, format in `docs/project-file.md`) says which files and columns to
/// use. A folder without one is read as laid out like `datasets/chaoyang-2024`:
/// - `indicators.csv` (or, when there is none, `indicators.json`): the indicator table
///   (targets, actuals, weights; rows with a data source take their actual from the panel,
///   read with ``FirmColumns``' defaults), scored under the default profile
///   ``ScoringProfile/mof2020`` (财预〔2020〕10号);
/// - `panel.csv`: the firm panel (`firm_id`, `year`, `sector`, `supported`,
///   `support_line`, `subsidy_wan`, and value columns `revenue_wan`, `output_wan`,
///   `rd_wan`), read with money amounts in 万元;
/// - `sector_totals.csv`: the effect lines to compute, measured on the panel by
///   ``SectorEffectTable/init(panel:lines:year:layout:supportLineColumn:subsidy:missing:)``.
///
/// The evaluated year of the sector effects is the project's `[evaluation] year`, by default the panel's latest; increments run from
/// the year before. The result is an immutable value; it is ``Reportable`` (in `Reports/`),
/// so `ReportRenderer.render(report, format:language:)` prints it.
public struct EvaluationReport: Sendable, Equatable {
    /// The dataset folder's path.
    public let directory: String
    /// The evaluated year `t` (the panel's latest year).
    public let year: Int
    /// The scored indicator table (绩效自评表).
    public let scoreSheet: ScoreSheet
    /// One effect line per plan line, in the plan's order.
    public let sectorEffects: SectorEffectTable
    /// Naive attribution per 万元 beside the DiD estimate, per sector (`nil` when the panel
    /// cannot support a DiD). Printed after the sector effect table.
    public let attribution: AttributionComparison?
    /// R&D intensity (研发投入强度) by sector, all firms and supported firms, in ``year``
    /// (``RDIntensityAccounting``); `nil` when the panel has no R&D column.
    public let rdIntensity: RDIntensityTable?
    /// Whether the dataset is synthetic (its README says so); labels the attribution section.
    public let isSynthetic: Bool
    /// Why the naive-versus-causal section could not be computed (for example the panel has
    /// no `supported` or `subsidy_wan` column), or `nil` when it was; reported in ``warnings``
    /// so the section never disappears silently.
    public let attributionFailure: PolicyEffectError?
    /// The programme the evaluation is about (`[programme]` of `impact.toml`): the 自评表's
    /// header, funds block, objectives and sign-off; empty for a folder without a project file.
    public let programme: ProgrammeDescription
    /// The input files read, as the project names them (relative to ``directory`` unless
    /// absolute), in the order read: the project file, the indicator table, the panel, the
    /// effect lines and a scoring-profile file.
    public let inputFiles: [String]
    /// What the report was made from (version, command line, input hashes), printed in the
    /// HTML footer and the Word methods appendix; `nil` until
    /// ``recordingProvenance(commandLine:version:)`` records it.
    public let provenance: Provenance?

    /// File names of the indicator table, in order of preference: `indicators.csv` (the
    /// form a clerk edits), then `indicators.json`.
    public static let indicatorsFiles = ["indicators.csv", "indicators.json"]
    /// File name of the firm panel: `panel.csv`.
    public static let panelFile = "panel.csv"
    /// File name of the effect-line plan: `sector_totals.csv`.
    public static let effectLinesFile = "sector_totals.csv"
    /// Unit of increments and totals in the printed sector table: 亿元, as in the seed report.
    public static let amountUnit = MoneyUnit.yi

    /// Creates a report from its parts; use ``load(directory:profile:)`` to compute one.
    public init(directory: String, year: Int, scoreSheet: ScoreSheet, sectorEffects: SectorEffectTable,
                attribution: AttributionComparison? = nil, isSynthetic: Bool = false,
                attributionFailure: PolicyEffectError? = nil, programme: ProgrammeDescription = ProgrammeDescription(),
                inputFiles: [String] = [], provenance: Provenance? = nil, rdIntensity: RDIntensityTable? = nil) {
        self.directory = directory
        self.year = year
        self.scoreSheet = scoreSheet
        self.sectorEffects = sectorEffects
        self.attribution = attribution
        self.isSynthetic = isSynthetic
        self.attributionFailure = attributionFailure
        self.programme = programme
        self.inputFiles = inputFiles
        self.provenance = provenance
        self.rdIntensity = rdIntensity
    }

    /// The same report with its ``provenance``: `commandLine` as typed (program name first)
    /// and the SHA-256 of each of ``inputFiles``, read now from the folder.
    public func recordingProvenance(commandLine: [String], version: String = Provenance.impactVersion) -> EvaluationReport {
        let inputs = inputFiles.map { name in
            Provenance.InputFile(name: name, hashingFileAt: name.hasPrefix("/") ? name
                : URL(fileURLWithPath: directory).appendingPathComponent(name).path)
        }
        return EvaluationReport(directory: directory, year: year, scoreSheet: scoreSheet, sectorEffects: sectorEffects,
                                attribution: attribution, isSynthetic: isSynthetic, attributionFailure: attributionFailure,
                                programme: programme, inputFiles: inputFiles,
                                provenance: Provenance(version: version, commandLine: commandLine, inputs: inputs),
                                rdIntensity: rdIntensity)
    }

    /// The scoring's warnings (rows below target without a deviation reason, actuals taken
    /// from data, …) and, when it could not be computed, why the naive-versus-causal section
    /// is left out.
    public var warnings: [EvaluationWarning] {
        scoreSheet.warnings.map(EvaluationWarning.scoring)
            + (attributionFailure.map { [.attributionLeftOut($0)] } ?? [])
    }
}
