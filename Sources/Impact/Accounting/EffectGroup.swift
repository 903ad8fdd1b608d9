/// Whom an effect line describes: a sector or support line named in the data, or the
/// district (every firm of the panel).
///
/// Names come from data (a panel's sector value, a lines file's `sector` and `sector_en`);
/// the district's name, 全区 / District, is worded in `Reports/`.
public enum EffectGroup: Sendable, Hashable {
    /// A group named in the data.
    case named(LocalizedText)
    /// Every firm of the panel: the district-wide line, 全区
    /// (``SectorEffectTable/districtScope`` in a lines file).
    case district

    /// A sector named `name` in the data, with its English name when the data give one.
    public static func sector(_ name: String, english: String? = nil) -> EffectGroup {
        .named(LocalizedText(readChinese: name, english: english))
    }

    /// The name identifying the group in the data and in error messages: the Chinese name,
    /// or ``SectorEffectTable/districtScope`` (全区) for the district.
    public var key: String {
        switch self {
        case .named(let name): name.zh
        case .district: SectorEffectTable.districtScope
        }
    }
}
