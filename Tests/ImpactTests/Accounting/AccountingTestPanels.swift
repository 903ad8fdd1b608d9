import Impact

/// A hand-sized panel whose accounting is worked out by hand in the tests.
///
/// Sector A: f1 (supported, subsidy 10) 100 → 130; f2 (unsupported) 300 → 310;
/// f3 (supported, subsidy 5) 100 → 95. Sector B: g1 (supported, subsidy 20) 200 → 260;
/// g2 (unsupported) 800 → 740. Values 2022 → 2023; R&D in 2023: f1 13, f2 3.1, f3 9.5,
/// g1 52, g2 7.4.
enum AccountingTestPanels {
    static func tiny(duplicateLast: Bool = false, zeroSectorB: Bool = false,
                     blankFirstRevenue: Bool = false) throws -> Table {
        var firms = ["f1", "f1", "f2", "f2", "f3", "f3", "g1", "g1", "g2", "g2"]
        var years: [Double] = [2022, 2023, 2022, 2023, 2022, 2023, 2022, 2023, 2022, 2023]
        var sectors = ["A", "A", "A", "A", "A", "A", "B", "B", "B", "B"]
        var supported: [Double] = [1, 1, 0, 0, 1, 1, 1, 1, 0, 0]
        var subsidy: [Double] = [10, 10, 0, 0, 5, 5, 20, 20, 0, 0]
        var revenue: [Double?] = [100, 130, 300, 310, 100, 95, 200, 260, 800, 740]
        if blankFirstRevenue { revenue[0] = nil }
        var rd: [Double?] = [nil, 13, nil, 3.1, nil, 9.5, nil, 52, nil, 7.4]
        if zeroSectorB {
            revenue[6] = 0
            revenue[8] = 0
        }
        if duplicateLast {
            firms.append("g2"); years.append(2023); sectors.append("B"); supported.append(0)
            subsidy.append(0); revenue.append(1); rd.append(nil)
        }
        return try panel(firms: firms, years: years, sectors: sectors, supported: supported,
                         subsidy: subsidy, revenue: revenue, rd: rd)
    }

    /// A firm panel in Impact's default column names (`rd_wan` only when `rd` is given).
    static func panel(firms: [String], years: [Double], sectors: [String], supported: [Double],
                      subsidy: [Double], revenue: [Double?], rd: [Double?]? = nil) throws -> Table {
        var columns: [(name: String, column: Column)] = [
            ("firm_id", .categorical(CategoricalColumn(firms))),
            ("year", .numeric(NumericColumn(values: years))),
            ("sector", .categorical(CategoricalColumn(sectors))),
            ("supported", .numeric(NumericColumn(values: supported))),
            ("subsidy_wan", .numeric(NumericColumn(values: subsidy))),
            ("revenue_wan", .numeric(NumericColumn(revenue))),
        ]
        if let rd { columns.append(("rd_wan", .numeric(NumericColumn(rd)))) }
        return try Table(columns: columns)
    }
}
