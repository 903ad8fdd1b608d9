/// R&D intensities of several groups of firms, printed side by side.
public struct RDIntensityTable: Sendable, Equatable {
    /// Groups in print order: per sector all firms then supported firms, then all sectors.
    public let groups: [RDIntensityGroup]
    /// Conventions to print under the table.
    public let notes: [AccountingNote]

    /// Creates a table from groups.
    public init(groups: [RDIntensityGroup], notes: [AccountingNote] = []) {
        self.groups = groups
        self.notes = notes
    }

    /// The supported firms of all sectors together, if any firm is supported: the group
    /// whose aggregate intensity is the performance table's “研发投入强度” actual.
    public var allSupportedFirms: RDIntensityGroup? {
        groups.last { $0.spansAllSectors && $0.isSupportedOnly }
    }
}
