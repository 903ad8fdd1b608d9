/// Sector effect lines side by side: the table a planner compares and ranks.
///
/// Built by ``GrowthAccounting/effects(in:year:)`` from a firm panel, or by
/// ``init(totals:year:layout:)`` from sector totals. `Reports/` prints it (it is
/// `Reportable`).
public struct SectorEffectTable: Sendable, Equatable {
    /// One line per sector (or support line), in input order.
    public let effects: [SectorEffect]
    /// Unit of every increment and total (e.g. 万元); `nil` when the measure is not money
    /// (employees). Subsidies are always in 万元.
    public let amountUnit: MoneyUnit?
    /// Conventions to print under the table (how supported firms were picked, sources).
    public let notes: [AccountingNote]

    /// Creates a table from effect lines whose amounts are in `amountUnit` (default 万元).
    public init(effects: [SectorEffect], amountUnit: MoneyUnit? = .wan, notes: [AccountingNote] = []) {
        self.effects = effects
        self.amountUnit = amountUnit
        self.notes = notes
    }

    /// Leverage of `effect` in 万元 of value per 万元 of subsidy (the data's amounts converted
    /// to 万元 first); for a non-money measure, units of the measure per 万元. `nil` when the
    /// subsidy is unknown or zero.
    public func leveragePerWan(_ effect: SectorEffect) -> Double? {
        guard let leverage = effect.leverage else { return nil }
        guard let amountUnit else { return leverage }
        return amountUnit.convert(leverage, to: .wan)
    }

    /// The lines sorted by `ranking`, largest first; lines where it is undefined come last,
    /// ties keep input order.
    public func ranked(by ranking: SectorRanking) -> [SectorEffect] {
        ranks(by: ranking).enumerated()
            .sorted { ($0.element ?? Int.max, $0.offset) < ($1.element ?? Int.max, $1.offset) }
            .map { effects[$0.offset] }
    }

    /// The same table with its lines sorted by `ranking` (see ``ranked(by:)``).
    public func sorted(by ranking: SectorRanking) -> SectorEffectTable {
        SectorEffectTable(effects: ranked(by: ranking), amountUnit: amountUnit, notes: notes)
    }

    /// The rank of each line by `ranking` (1 = largest), in input order; `nil` where the
    /// quantity is undefined. Equal values share the better rank (1, 2, 2, 4).
    public func ranks(by ranking: SectorRanking) -> [Int?] {
        let keys = effects.map(ranking.key(of:))
        return keys.map { key in
            guard let key else { return nil }
            return 1 + keys.lazy.compactMap { $0 }.filter { $0 > key }.count
        }
    }
}
