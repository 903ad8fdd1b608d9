/// Numeric columns read side by side into one column-major block (`rows` values per slot,
/// slot `j` at `j × rows`), so that a design matrix made of exactly these columns, in this
/// order, can take the block as its storage instead of copying them (`ModelFrame`'s builder
/// does, see ``ColumnBlockLayout``).
///
/// The table's columns read into the block are views of it (``NumericColumn``); a slot with
/// no column (``ColumnBlockLayout/slots`` `nil`) is left for a column the design computes
/// (an interaction, the intercept) and is never touched by the reader, so it costs address
/// space only until the design fills it.
///
/// Sendable: the storage is written only by the reader before the block is shared, and by
/// ``takeStorage()``'s caller, which holds the only reference.
final class ColumnBlock: @unchecked Sendable {
    /// What each slot holds.
    let layout: ColumnBlockLayout
    /// Values per slot.
    let rows: Int
    /// The values, slot `j` at `j × rows`.
    private(set) var storage: [Double]

    /// A block over `storage`, which holds `rows × layout.slots.count` values.
    init(layout: ColumnBlockLayout, rows: Int, storage: [Double]) {
        precondition(storage.count == rows * layout.slots.count, "block storage does not match its shape")
        self.layout = layout
        self.rows = rows
        self.storage = storage
    }

    /// Calls `body` with the values of `slot`.
    func withSlot<R>(_ slot: Int, _ body: (UnsafeBufferPointer<Double>) throws -> R) rethrows -> R {
        try storage.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[(slot * rows)..<((slot + 1) * rows)]))
        }
    }

    /// Calls `body` with the start of the storage (slot `j` at `j × rows`).
    func withStorage<R>(_ body: (UnsafePointer<Double>?) throws -> R) rethrows -> R {
        try storage.withUnsafeBufferPointer { try body($0.baseAddress) }
    }

    /// The whole storage, handed over without a copy; the block is empty afterwards. Only
    /// for a caller holding the block's only reference (`isKnownUniquelyReferenced`), so
    /// no column views it any more.
    func takeStorage() -> [Double] {
        var taken: [Double] = []
        swap(&taken, &storage)
        return taken
    }
}

/// Which file column each slot of a ``ColumnBlock`` holds, in the order of a design
/// matrix's columns: a column's name, or `nil` for a slot the design computes.
///
/// Conventions: every named column is distinct; a read that cannot put every named column
/// into the block (one is not read, is text, or the fast reader declines) reads ordinary
/// columns instead, so a layout changes where values live, never what they are.
struct ColumnBlockLayout: Sendable, Equatable {
    /// Per slot, the column read into it, or `nil`.
    let slots: [String?]

    /// A layout of `slots`; `nil` when a name repeats or no slot is named.
    init?(slots: [String?]) {
        let names = slots.compactMap { $0 }
        guard !names.isEmpty, Set(names).count == names.count else { return nil }
        self.slots = slots
    }

    /// The slot of column `name`, if it has one.
    func slot(of name: String) -> Int? {
        slots.firstIndex(of: name)
    }
}
