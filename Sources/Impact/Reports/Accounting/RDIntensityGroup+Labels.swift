extension RDIntensityGroup {
    /// The sector as named in the data, or 全部行业 / All sectors.
    public var name: LocalizedText {
        sector.map(LocalizedText.init(verbatim:)) ?? LocalizedText(zh: "全部行业", en: "All sectors")
    }

    /// Which firms: 全部企业 / All firms, or 被支持企业 / Supported firms.
    public var population: LocalizedText {
        isSupportedOnly ? LocalizedText(zh: "被支持企业", en: "Supported firms")
            : LocalizedText(zh: "全部企业", en: "All firms")
    }
}
