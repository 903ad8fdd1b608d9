/// The drawing and calibration steps behind ``ChaoyangSyntheticDataset``.
///
/// Amounts are hundredths of 万元 (`Int64`), so every calibrated sum is exact. Index 4 of a
/// yearly array is 2023 (the evaluated year), index 3 is 2022.
struct ChaoyangPanelGenerator {
    private var random: SplitMix64

    /// A firm being built; R&D starts as an uncalibrated draw.
    private struct Draft {
        var sector: String
        var line: String?
        var subsidy: Int64 = 0
        var revenue: [Int64] = []
        var output: [Int64]?
        var rd: [Int64] = []
        var employees: [Int] = []
        /// R&D intensity drawn for the firm.
        var intensity: Double = 0
    }

    private static let current = 4
    private static let prior = 3

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    mutating func generate() -> [SyntheticFirm] {
        let lines = ChaoyangReportFigures.effectLines
        let software = lines[0], services = lines[1], industry = lines[2], research = lines[3]

        var drafts: [Draft] = []
        drafts += revenueSector(line: software, supportedCenter: 600_000, unsupported: 36,
                                intensity: (0.05, 0.12))
        drafts += revenueSector(line: services, supportedCenter: 500_000, unsupported: 26,
                                intensity: (0.04, 0.10))
        drafts += industrySector(line: industry, supportedCenter: 250_000, unsupported: 22)
        drafts += otherSector(research: research)

        assignSubsidies(&drafts)
        calibrateSupportedIntensity(&drafts)
        calibrateDistrictRD(&drafts, total: research.impliedPriorTotalHundredths)
        drawEmployees(&drafts)
        return assignIdentifiers(drafts)
    }

    // MARK: - Paths

    /// Back-casts 2019–2021 from the 2022 value with yearly growth in [low, high).
    private mutating func backcast(from value2022: Double, growth: (Double, Double)) -> [Double] {
        var path = [Double](repeating: 0, count: 4)
        path[3] = value2022
        for index in stride(from: 2, through: 0, by: -1) {
            path[index] = path[index + 1] / (1 + random.uniform(growth.0, growth.1))
        }
        return path
    }

    /// A whole path in hundredths: 2019–2022 back-cast from `value2022` (万元), 2023 given.
    private mutating func path(value2022: Int64, value2023: Int64) -> [Int64] {
        let earlier = backcast(from: Double(value2022), growth: (-0.02, 0.12))
        return earlier[0..<3].map(wholeHundredths) + [value2022, value2023]
    }

    /// Raw R&D path: revenue × intensity × noise in [0.95, 1.05).
    private mutating func rawRD(revenue: [Int64], intensity: Double) -> [Int64] {
        revenue.map { wholeHundredths(Double($0) * intensity * random.uniform(0.95, 1.05)) }
    }

    // MARK: - Sectors

    /// Supported firms of `line` whose increments add up to the line's Δ, plus unsupported
    /// firms whose 2022 values bring the sector to the implied previous-year total.
    /// Returns (supported 2022 values, supported 2023 values, unsupported 2022, unsupported 2023).
    private mutating func calibratedSector(line: ChaoyangReportFigures.EffectLine, supportedCenter: Double,
                                           growthWeights: (Double, Double), unsupported: Int)
        -> (supported: [(Int64, Int64)], unsupported: [(Int64, Int64)]) {
        let sizes = (0..<line.firms).map { _ in wholeHundredths(random.skewedSize(around: supportedCenter) * 100) }
        let weights = sizes.map { Double($0) * random.uniform(growthWeights.0, growthWeights.1) }
        let increments = allocateExactly(line.incrementHundredths, weights: weights)
        let supportedTotal = sizes.reduce(0, +)
        let remainder = line.impliedPriorTotalHundredths - supportedTotal
        precondition(remainder > 0, "supported firms exceed the sector total of \(line.sector)")
        let others = allocateExactly(remainder, weights: (0..<unsupported).map { _ in random.skewedSize(around: 1) })
        return (
            zip(sizes, increments).map { ($0, $0 + $1) },
            others.map { ($0, wholeHundredths(Double($0) * (1 + random.uniform(-0.04, 0.10)))) }
        )
    }

    private mutating func revenueSector(line: ChaoyangReportFigures.EffectLine, supportedCenter: Double,
                                        unsupported: Int, intensity: (Double, Double)) -> [Draft] {
        let values = calibratedSector(line: line, supportedCenter: supportedCenter,
                                      growthWeights: (0.12, 0.35), unsupported: unsupported)
        var drafts: [Draft] = []
        for (index, pair) in (values.supported + values.unsupported).enumerated() {
            var draft = Draft(sector: line.sector, line: index < line.firms ? line.line : nil)
            draft.revenue = path(value2022: pair.0, value2023: pair.1)
            draft.intensity = random.uniform(intensity.0, intensity.1)
            draft.rd = rawRD(revenue: draft.revenue, intensity: draft.intensity)
            drafts.append(draft)
        }
        return drafts
    }

    private mutating func industrySector(line: ChaoyangReportFigures.EffectLine, supportedCenter: Double,
                                         unsupported: Int) -> [Draft] {
        let values = calibratedSector(line: line, supportedCenter: supportedCenter,
                                      growthWeights: (0.05, 0.15), unsupported: unsupported)
        var drafts: [Draft] = []
        for (index, pair) in (values.supported + values.unsupported).enumerated() {
            var draft = Draft(sector: line.sector, line: index < line.firms ? line.line : nil)
            let output = path(value2022: pair.0, value2023: pair.1)
            let salesRatio = random.uniform(0.85, 1.15)
            draft.output = output
            draft.revenue = output.map { wholeHundredths(Double($0) * salesRatio * random.uniform(0.98, 1.02)) }
            draft.intensity = random.uniform(0.02, 0.05)
            draft.rd = rawRD(revenue: draft.revenue, intensity: draft.intensity)
            drafts.append(draft)
        }
        return drafts
    }

    /// 其他行业: the 18 R&D firms (ΔR&D calibrated), 2 foreign R&D centres, 51 other
    /// projects and 30 unsupported firms.
    private mutating func otherSector(research: ChaoyangReportFigures.EffectLine) -> [Draft] {
        let otherProjects = ChaoyangReportFigures.projects - ChaoyangReportFigures.effectLines.reduce(0) { $0 + $1.firms }
            - ChaoyangReportFigures.foreignRDCentres.firms
        let groups: [(line: String?, count: Int, center: Double, growth: (Double, Double), intensity: (Double, Double))] = [
            (research.line, research.firms, 300_000, (0.05, 0.20), (0.08, 0.16)),
            (ChaoyangSyntheticDataset.foreignRDLine, ChaoyangReportFigures.foreignRDCentres.firms, 50_000, (0.0, 0.15), (0.15, 0.30)),
            (ChaoyangSyntheticDataset.otherLine, otherProjects, 30_000, (0.0, 0.20), (0.03, 0.10)),
            (nil, 30, 50_000, (-0.04, 0.10), (0.01, 0.04)),
        ]
        var drafts: [Draft] = []
        for group in groups {
            for _ in 0..<group.count {
                var draft = Draft(sector: ChaoyangSyntheticDataset.otherSector, line: group.line)
                let value2022 = wholeHundredths(random.skewedSize(around: group.center) * 100)
                let value2023 = wholeHundredths(Double(value2022) * (1 + random.uniform(group.growth.0, group.growth.1)))
                draft.revenue = path(value2022: value2022, value2023: value2023)
                draft.intensity = random.uniform(group.intensity.0, group.intensity.1)
                draft.rd = rawRD(revenue: draft.revenue, intensity: draft.intensity)
                drafts.append(draft)
            }
        }
        // The R&D line's increments: ΔR&D 2022→2023 adds up to the report's 13.13亿元.
        let researchIndices = drafts.indices.filter { drafts[$0].line == research.line }
        let weights = researchIndices.map { Double(drafts[$0].rd[Self.prior]) * random.uniform(0.10, 0.40) }
        let increments = allocateExactly(research.incrementHundredths, weights: weights)
        for (index, increment) in zip(researchIndices, increments) {
            drafts[index].rd[Self.current] = drafts[index].rd[Self.prior] + increment
        }
        return drafts
    }

    // MARK: - Calibration

    /// Splits each line's subsidy total among its firms (weights in [0.4, 1.6)).
    private mutating func assignSubsidies(_ drafts: inout [Draft]) {
        var totals: [String: Int64] = [:]
        for line in ChaoyangReportFigures.effectLines { totals[line.line] = line.subsidyHundredths }
        totals[ChaoyangSyntheticDataset.foreignRDLine] = ChaoyangReportFigures.foreignRDCentres.subsidyHundredths
        totals[ChaoyangSyntheticDataset.otherLine] = ChaoyangReportFigures.supportHundredths
            - totals.values.reduce(0, +)
        for line in totals.keys.sorted() {
            let members = drafts.indices.filter { drafts[$0].line == line }
            let amounts = allocateExactly(totals[line]!, weights: members.map { _ in random.uniform(0.4, 1.6) })
            for (index, amount) in zip(members, amounts) {
                precondition(amount <= ChaoyangReportFigures.largestAwardCapHundredths, "award above the cap")
                drafts[index].subsidy = amount
            }
        }
    }

    /// The report's 研发投入强度 actual as a fraction, 7.8 % → 0.078.
    private static let supportedRDIntensity = Double(ChaoyangReportFigures.supportedRDIntensityPercent)! / 100

    /// Scales the R&D paths of the supported firms outside the R&D line so that the 97
    /// supported firms' 2023 ΣR&D / Σrevenue is 7.8 %; the last of them absorbs rounding.
    private func calibrateSupportedIntensity(_ drafts: inout [Draft]) {
        let research = ChaoyangReportFigures.effectLines[3].line
        let supported = drafts.indices.filter { drafts[$0].line != nil }
        let adjustable = supported.filter { drafts[$0].line != research }
        let revenue2023 = supported.reduce(Int64(0)) { $0 + drafts[$1].revenue[Self.current] }
        let fixedRD = supported.filter { drafts[$0].line == research }
            .reduce(Int64(0)) { $0 + drafts[$1].rd[Self.current] }
        let targetRD = wholeHundredths(Double(revenue2023) * Self.supportedRDIntensity) - fixedRD
        precondition(targetRD > 0, "the R&D line alone exceeds the supported firms' intensity")
        scaleRD(&drafts, firms: adjustable, year: Self.current, to: targetRD)
    }

    /// Scales the unsupported firms' R&D paths so that the 2022 R&D of all firms equals the
    /// implied district total; the last unsupported firm absorbs rounding.
    private func calibrateDistrictRD(_ drafts: inout [Draft], total: Int64) {
        let unsupported = drafts.indices.filter { drafts[$0].line == nil }
        let supportedRD = drafts.indices.filter { drafts[$0].line != nil }
            .reduce(Int64(0)) { $0 + drafts[$1].rd[Self.prior] }
        let target = total - supportedRD
        precondition(target > 0, "supported firms' R&D exceeds the district total")
        scaleRD(&drafts, firms: unsupported, year: Self.prior, to: target)
    }

    /// Scales the whole R&D paths of `firms` by one factor so that their R&D in year index
    /// `year` sums to `target` (in hundredths of 万元); each amount is rounded to whole
    /// hundredths and the last firm absorbs the rounding, so the sum is exact.
    private func scaleRD(_ drafts: inout [Draft], firms: [Int], year: Int, to target: Int64) {
        let raw = firms.reduce(Int64(0)) { $0 + drafts[$1].rd[year] }
        let scale = Double(target) / Double(raw)
        for index in firms {
            drafts[index].rd = drafts[index].rd.map { wholeHundredths(Double($0) * scale) }
        }
        let last = firms[firms.count - 1]
        drafts[last].rd[year] += target - firms.reduce(Int64(0)) { $0 + drafts[$1].rd[year] }
    }

    /// Employees = revenue (万元) / revenue per employee in [60, 200) 万元, ±3 % a year, ≥ 5.
    private mutating func drawEmployees(_ drafts: inout [Draft]) {
        for index in drafts.indices {
            let perEmployee = random.uniform(60, 200) * 100
            drafts[index].employees = drafts[index].revenue.map { revenue in
                max(5, Int((Double(revenue) / perEmployee * random.uniform(0.97, 1.03)).rounded()))
            }
        }
    }

    /// Shuffles firms within each sector and numbers them CY001, CY002, … in sector order.
    private mutating func assignIdentifiers(_ drafts: [Draft]) -> [SyntheticFirm] {
        var sectors: [String] = []
        for draft in drafts where !sectors.contains(draft.sector) { sectors.append(draft.sector) }
        var firms: [SyntheticFirm] = []
        for sector in sectors {
            for draft in random.shuffled(drafts.filter { $0.sector == sector }) {
                let number = String(firms.count + 1)
                let id = "CY" + String(repeating: "0", count: max(0, 3 - number.count)) + number
                firms.append(SyntheticFirm(id: id, sector: draft.sector, supportLine: draft.line,
                                           subsidyHundredths: draft.subsidy, revenue: draft.revenue,
                                           output: draft.output, rd: draft.rd, employees: draft.employees))
            }
        }
        return firms
    }
}
