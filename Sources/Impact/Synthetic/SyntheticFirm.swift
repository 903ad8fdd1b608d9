/// One firm of a synthetic panel, with its yearly figures as exact hundredths of 万元.
public struct SyntheticFirm: Sendable, Equatable {
    /// Identifier, e.g. `CY001`.
    public let id: String
    /// Sector (Chinese name).
    public let sector: String
    /// Support line of the firm's 2024 award (`软件规模化`, `研发投入`, …), `nil` if unsupported.
    public let supportLine: String?
    /// The 2024 award in hundredths of 万元 (0 if unsupported).
    public let subsidyHundredths: Int64
    /// Revenue per year, hundredths of 万元.
    public let revenue: [Int64]
    /// Gross industrial output per year, hundredths of 万元; `nil` outside industry.
    public let output: [Int64]?
    /// R&D spending per year, hundredths of 万元.
    public let rd: [Int64]
    /// Employees per year.
    public let employees: [Int]

    /// Whether the firm received an award.
    public var isSupported: Bool { supportLine != nil }
}
