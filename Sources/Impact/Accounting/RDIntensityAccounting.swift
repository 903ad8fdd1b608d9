/// R&D intensity (研发投入强度) per sector and for supported firms, from a firm panel.
///
/// For the year asked, builds for each sector a group of all its firms and a group of its
/// supported firms, then the same two groups over all sectors (全部 / All sectors). Each
/// group reports the aggregate ΣR&D / Σrevenue and the mean of firm ratios (see
/// ``RDIntensityGroup``).
///
/// Conventions: R&D intensity needs no increment, only each firm's R&D and a positive revenue
/// in the year evaluated. A firm lacking either (or with a zero revenue) is left out of every
/// group and counted, per sector, supported and unsupported apart, in the notes
/// (``AccountingNote/rdFirmsLeftOut(group:year:supported:unsupported:)``) and in
/// ``RDIntensityGroup/excludedFirms``; under ``AccountingMissingValues/error`` all such firms
/// are refused in one error instead. Groups with no firm are omitted.
public struct RDIntensityAccounting: Sendable, Equatable {
    /// R&D spending column; default `rd_wan`.
    public let rd: String
    /// Revenue column; default `revenue_wan`.
    public let revenue: String
    /// Which firms are supported; default `.flag(column: "supported")`.
    public let support: SupportCriterion
    /// Names of the firm, year and sector columns.
    public let layout: PanelLayout
    /// What to do with a firm lacking a figure; default ``AccountingMissingValues/standard``.
    public let missing: AccountingMissingValues

    /// Creates a request; defaults match the bundled dataset.
    public init(rd: String = "rd_wan", revenue: String = "revenue_wan",
                support: SupportCriterion = .standard,
                layout: PanelLayout = PanelLayout(), missing: AccountingMissingValues = .standard) {
        self.rd = rd
        self.revenue = revenue
        self.support = support
        self.layout = layout
        self.missing = missing
    }

    /// The intensities of `year`, or of the latest year in the data when `year` is `nil`.
    public func intensities(in panel: Table, year: Int?) throws(AccountingError) -> RDIntensityTable {
        try intensities(in: panel, year: layout.evaluatedYear(year, in: panel))
    }

    /// The intensities of `year`.
    public func intensities(in panel: Table, year: Int) throws(AccountingError) -> RDIntensityTable {
        let keys = try FirmYearRows(panel: panel, layout: layout)
        try keys.requireYear(year)
        let rdColumn: NumericColumn
        let revenueColumn: NumericColumn
        do {
            rdColumn = try panel.numeric(rd)
            revenueColumn = try panel.numeric(revenue)
        } catch {
            throw .table(error)
        }
        try AccountingError.requireFinite(rdColumn, column: rd, keys: keys, rows: keys.rows(inYear: year))
        try AccountingError.requireFinite(revenueColumn, column: revenue, keys: keys, rows: keys.rows(inYear: year))
        let supported = try support.supportedRows(in: panel)
        var included: [FirmRDIntensity] = []
        var excluded: [(sector: String, isSupported: Bool)] = []
        var lacking: [MissingFirmValue] = []
        for row in keys.rows(inYear: year) {
            let firm = keys.firms[row]
            guard let spending = rdColumn[row], let sales = revenueColumn[row], sales > 0 else {
                if rdColumn[row] == nil { lacking.append(MissingFirmValue(firm: firm, year: year, column: rd, row: row)) }
                if revenueColumn[row] == nil {
                    lacking.append(MissingFirmValue(firm: firm, year: year, column: revenue, row: row))
                } else if missing == .error, rdColumn[row] != nil {
                    throw .zeroRevenue(firm: firm, year: year)
                }
                excluded.append((keys.sectors[row], supported[row]))
                continue
            }
            included.append(FirmRDIntensity(firm: firm, sector: keys.sectors[row],
                                            isSupported: supported[row], rd: spending, revenue: sales))
        }
        if missing == .error || included.isEmpty, !lacking.isEmpty { throw .incompleteFirms(lacking) }
        if included.isEmpty, let row = keys.rows(inYear: year).first {
            throw .zeroRevenue(firm: keys.firms[row], year: year)
        }
        var notes: [AccountingNote] = [.supportedFirms(support), .completeFirms(year: year)]
        for sector in keys.sectorOrder {
            let left = excluded.filter { $0.sector == sector }
            guard !left.isEmpty else { continue }
            notes.append(.rdFirmsLeftOut(group: sector, year: year, supported: left.filter(\.isSupported).count,
                                         unsupported: left.filter { !$0.isSupported }.count))
        }
        let excludedSectors = excluded.map(\.sector)
        var groups: [RDIntensityGroup] = []
        func add(_ sector: String?, _ firms: [FirmRDIntensity], excluded: Int, supportedOnly: Bool) {
            guard !firms.isEmpty else { return }
            groups.append(RDIntensityGroup(sector: sector, year: year, firms: firms, excludedFirms: excluded,
                                           isSupportedOnly: supportedOnly))
        }
        for sector in keys.sectorOrder {
            let members = included.filter { $0.sector == sector }
            let excluded = excludedSectors.filter { $0 == sector }.count
            add(sector, members, excluded: excluded, supportedOnly: false)
            add(sector, members.filter(\.isSupported), excluded: 0, supportedOnly: true)
        }
        add(nil, included, excluded: excludedSectors.count, supportedOnly: false)
        add(nil, included.filter(\.isSupported), excluded: 0, supportedOnly: true)
        return RDIntensityTable(groups: groups, notes: notes)
    }
}
