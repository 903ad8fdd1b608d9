/// Which firms form the total that a supported increment is set against.
public enum SectorGrouping: Sendable, Equatable, Hashable {
    /// One group per value of the layout's sector column, in order of first appearance;
    /// `only`, when given, keeps just those sectors (in the order given).
    case bySector(only: [String]? = nil)
    /// All firms of the panel in one group called `label` (e.g. 全区 for a district-wide
    /// indicator such as total R&D spending).
    case pooled(label: LocalizedText)

    /// The district-wide group, labelled 全区 / District.
    public static let district = SectorGrouping.pooled(label: LocalizedText(zh: "全区", en: "District"))
}
