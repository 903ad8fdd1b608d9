/// A JSON document held numbers that are not finite (NaN, ±infinity), which JSON cannot
/// represent; they are written as `null`. ``ReportRenderer`` adds this note (code
/// `non_finite_as_null`) to the document's `notes`, naming where they are.
public struct NonFiniteNumbersNote: NoteWording {
    /// Where the numbers are (`coefficients[2].std_error`), in document order.
    public let paths: [String]

    /// A note about the numbers at `paths`.
    public init(paths: [String]) {
        self.paths = paths
    }

    /// `non_finite_as_null`.
    public var code: String { "non_finite_as_null" }

    /// "Numbers that are not finite are written as null: …."
    public var wording: LocalizedText {
        let places = paths.joined(separator: ", ")
        return LocalizedText(zh: "非有限数值（NaN 或无穷大）写为 null：\(places)。",
                             en: "Numbers that are not finite are written as null: \(places).")
    }
}
