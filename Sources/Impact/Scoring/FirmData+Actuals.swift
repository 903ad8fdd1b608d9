extension FirmData {
    /// The value of `source` computed from the table (see ``ActualSource`` for each
    /// measure's formula). Counts have no unit, intensities and rates are in %, money is in
    /// ``FirmColumns/subsidyUnit``.
    public func value(of source: ActualSource) throws(FirmDataError) -> Quantity {
        let supported = try supportedRows(year: source.year)
        switch source.measure {
        case .supportedFirms:
            let firms = try firmCodes()
            return Quantity(nil, Double(Set(supported.map { firms[$0] }).count))
        case .maxSubsidy:
            guard let largest = try subsidyByFirm(rows: supported).max() else {
                throw .noSupportedFirms(year: source.year)
            }
            return Quantity(nil, largest, unit: columns.subsidyUnit)
        case .executionRate:
            guard let budget = source.budget,
                  let budgetValue = budget.value(in: columns.subsidyUnit), budgetValue > 0 else {
                throw .invalidBudget(source.budget?.text ?? "")
            }
            let disbursed = compensatedSum(try subsidyByFirm(rows: supported))
            let other = source.otherSpending.flatMap { $0.value(in: columns.subsidyUnit) } ?? 0
            return Quantity(nil, (disbursed + other) / budgetValue * 100, unit: .percent)
        case .rdIntensity:
            let years = try numeric(columns.year)
            var rows = supported
            if source.year == nil {
                guard let latest = rows.compactMap({ years[$0] }).max() else {
                    throw .noSupportedFirms(year: nil)
                }
                rows = rows.filter { years[$0] == latest }
            }
            let rd = try numeric(columns.rd), revenue = try numeric(columns.revenue)
            var rdSum = 0.0, revenueSum = 0.0
            for row in rows {
                guard let spent = rd[row], let earned = revenue[row] else { continue }
                rdSum += spent
                revenueSum += earned
            }
            guard revenueSum > 0 else { throw .zeroRevenue(year: source.year) }
            return Quantity(nil, rdSum / revenueSum * 100, unit: .percent)
        }
    }

    /// Rows of supported firms, restricted to `year` when given.
    private func supportedRows(year: Int?) throws(FirmDataError) -> [Int] {
        var rows = Array(0..<table.rowCount)
        if let year {
            let years = try numeric(columns.year)
            rows = rows.filter { years[$0] == Double(year) }
        }
        if table.hasColumn(columns.supported) {
            let flags = try categorical(columns.supported)
            let yes: Set<String> = ["1", "true", "TRUE", "True", "yes", "是", "Y", "y"]
            rows = rows.filter { flags[$0].map { yes.contains($0) } ?? false }
        } else {
            let subsidy = try numeric(columns.subsidy)
            rows = rows.filter { (subsidy[$0] ?? 0) > 0 }
        }
        guard !rows.isEmpty else { throw .noSupportedFirms(year: year) }
        return rows
    }

    /// Each firm's subsidy (its largest subsidy cell among `rows`), one amount per firm in
    /// the order firms first appear, so sums over them never depend on hashing order.
    private func subsidyByFirm(rows: [Int]) throws(FirmDataError) -> [Double] {
        let firms = try firmCodes(), subsidy = try numeric(columns.subsidy)
        var position: [String: Int] = [:]
        var amounts: [Double] = []
        for row in rows {
            guard let amount = subsidy[row] else { continue }
            if let index = position[firms[row]] {
                amounts[index] = max(amounts[index], amount)
            } else {
                position[firms[row]] = amounts.count
                amounts.append(amount)
            }
        }
        return amounts
    }

    /// Firm label per row (missing ids are an error: a row must belong to a firm).
    private func firmCodes() throws(FirmDataError) -> [String] {
        let firms = try categorical(columns.firm)
        return try (0..<table.rowCount).map { (row) throws(FirmDataError) -> String in
            guard let label = firms[row] else { throw .missingFirm(row: row + 1) }
            return label
        }
    }

    private func numeric(_ name: String) throws(FirmDataError) -> NumericColumn {
        do { return try table.numeric(name) } catch { throw .table(error) }
    }

    private func categorical(_ name: String) throws(FirmDataError) -> CategoricalColumn {
        do { return try table.categorical(name) } catch { throw .table(error) }
    }

    /// `indicators` with every ``ActualSource`` computed from the first of `datasets` that
    /// can compute it; a computed actual that disagrees with the literal one (beyond the
    /// literal's written precision, or outside its bound) adds
    /// ``ScoringWarning/actualFromData(_:literal:computed:)``.
    static func resolvingActuals(of indicators: [Indicator], from datasets: [FirmData])
        throws(ScoringError) -> (indicators: [Indicator], warnings: [ScoringWarning]) {
        var warnings: [ScoringWarning] = []
        var resolved: [Indicator] = []
        for indicator in indicators {
            guard let source = indicator.actualSource, !indicator.isNotApplicable, !datasets.isEmpty else {
                resolved.append(indicator)
                continue
            }
            var computed: Quantity?
            var reasons: [String] = []
            for data in datasets {
                do {
                    computed = try data.value(of: source)
                    break
                } catch {
                    reasons.append("\(data.file): \(error)")
                }
            }
            guard var computed else {
                throw .dataUnavailable(indicator.origin.location(of: .actualSource), source: source.text,
                                       reason: reasons.joined(separator: "; "))
            }
            // A count takes the target's counting word (97 → 97家).
            if computed.unit == .none, case .quantity(let target) = indicator.target {
                computed = Quantity(nil, computed.value, unit: target.unit)
            }
            if case .quantity(let literal)? = indicator.actual,
               let value = computed.value(in: literal.unit), !agrees(value, with: literal) {
                warnings.append(.actualFromData(
                    IndicatorReference(name: indicator.name, location: indicator.origin.location(of: .actual)),
                    literal: literal.text, computed: computed.text))
            }
            resolved.append(indicator.replacingActual(.quantity(computed)))
        }
        return (resolved, warnings)
    }

    /// Whether `value` is what `literal` says: inside its bound, or equal to its written
    /// precision (half a unit of its last decimal).
    private static func agrees(_ value: Double, with literal: Quantity) -> Bool {
        let tolerance = 1e-9 * max(1, abs(literal.value))
        switch literal.comparator {
        case .atLeast?: return value >= literal.value - tolerance
        case .greaterThan?: return value > literal.value - tolerance
        case .atMost?: return value <= literal.value + tolerance
        case .lessThan?: return value < literal.value + tolerance
        case .equal?, nil:
            let text = formatIndicatorNumber(literal.value)
            let decimals = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
            var half = 0.5
            for _ in 0..<decimals { half /= 10 }
            return abs(value - literal.value) <= half + tolerance
        }
    }
}
