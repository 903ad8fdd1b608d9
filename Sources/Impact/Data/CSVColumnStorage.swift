/// The growing cell storage of every column while `CSVTableBuilder` reads, kept in raw
/// buffers indexed by column so the per-cell path does no reference counting or
/// copy-on-write checks. Freed when the storage object goes away.
final class CSVColumnStorage {
    let count: Int
    let values: UnsafeMutablePointer<GrowableBuffer<Double>>
    let missing: UnsafeMutablePointer<GrowableBuffer<Bool>>
    let codes: UnsafeMutablePointer<GrowableBuffer<Int32>>
    let interners: UnsafeMutablePointer<CategoryInterner>
    /// Whether each column is (so far) categorical.
    let isCategorical: UnsafeMutablePointer<Bool>
    /// Declared unit of each column.
    let units: UnsafeMutablePointer<MoneyUnit?>
    /// Whether each column is read at all (``CSVReadOptions/selectedColumns``).
    let isSelected: UnsafeMutablePointer<Bool>
    /// The block the in-place read put some numeric columns into, and each column's slot
    /// in it (``CSVReadOptions/columnBlock``); `nil` when there is none.
    var block: (ColumnBlock, slots: [Int?])?

    init(columns: Int) {
        count = columns
        values = .allocate(capacity: columns)
        values.initialize(repeating: GrowableBuffer(), count: columns)
        missing = .allocate(capacity: columns)
        missing.initialize(repeating: GrowableBuffer(), count: columns)
        codes = .allocate(capacity: columns)
        codes.initialize(repeating: GrowableBuffer(), count: columns)
        interners = .allocate(capacity: columns)
        interners.initialize(repeating: CategoryInterner(), count: columns)
        isCategorical = .allocate(capacity: columns)
        isCategorical.initialize(repeating: false, count: columns)
        units = .allocate(capacity: columns)
        units.initialize(repeating: nil, count: columns)
        isSelected = .allocate(capacity: columns)
        isSelected.initialize(repeating: true, count: columns)
    }

    /// Empty storage with the same column flags (type, unit, selection) as `other`.
    convenience init(flagsOf other: CSVColumnStorage) {
        self.init(columns: other.count)
        for index in 0..<count {
            isCategorical[index] = other.isCategorical[index]
            units[index] = other.units[index]
            isSelected[index] = other.isSelected[index]
        }
    }

    deinit {
        for index in 0..<count {
            values[index].deallocate()
            missing[index].deallocate()
            codes[index].deallocate()
        }
        values.deallocate()
        missing.deallocate()
        codes.deallocate()
        interners.deinitialize(count: count)
        interners.deallocate()
        isCategorical.deallocate()
        units.deallocate()
        isSelected.deallocate()
    }
}
