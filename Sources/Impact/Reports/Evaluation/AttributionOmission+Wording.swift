extension AttributionOmission: NoteWording {
    /// The sentence naming the sector, the measure (its ``MeasureLabels`` term) and the reason.
    public var wording: LocalizedText {
        switch self {
        case .needsSupportedAndUnsupported(let sector, let value):
            let measure = MeasureLabels.label(forColumn: value)
            return LocalizedText(zh: "\(sector)（\(measure.zh)）：需要同时有受支持和未受支持的企业。",
                                 en: "\(sector) (\(measure.en)): needs both supported and unsupported firms.")
        }
    }
}
