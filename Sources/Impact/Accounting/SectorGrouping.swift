/// Which firms form the total that a supported increment is set against.
public enum SectorGrouping: Sendable, Equatable, Hashable {
    /// One group per value of the layout's sector column, in order of first appearance;
    /// `only`, when given, keeps just those sectors (in the order given).
    case bySector(only: [String]? = nil)
    /// All firms of the panel in one group, described by `group` (e.g. the district, for a
    /// district-wide indicator such as total R&D spending).
    case pooled(group: EffectGroup)

    /// The district-wide group: every firm, named 全区 / District in reports.
    public static let district = SectorGrouping.pooled(group: .district)
}
