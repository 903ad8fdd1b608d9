import Foundation

/// The fast read of large quote-free files: count, allocate exactly, fill in place.
///
/// The data are split after the line feed nearest the middle. ``CSVSurvey`` counts each
/// part's line feeds (at most that many records, plus one for a last line without a line
/// feed), so every selected column is allocated once at its final size and each of two
/// threads writes its own row range of it: part one from row 0, part two from part one's
/// bound. Nothing is appended, grown or joined by copying; when part one has fewer records
/// than its bound (empty lines), part two's rows are moved down once. Categorical codes of
/// part two are recoded in place into part one's levels (levels stay in order of first
/// appearance).
///
/// Column types come from the first data record, as in the sequential read: a column whose
/// first cell is text is categorical; one whose first cell is a number or missing is
/// numeric. The fast read declines (returns `nil`, and the builder reads the file as before)
/// whenever it could differ from one sequential pass: a quote character in the data, a cell
/// that would turn a numeric column categorical or that needs a unit decision, a record
/// with the wrong number of fields, invalid UTF-8 in a new label, a part with more records
/// than its bound (lone `\r` line ends), or a byte-order mark at a part's start. Error
/// messages therefore always come from the sequential read.
///
/// Cells: `[-]digits[.digits]` with at most 15 digits is read in one pass while scanning
/// (``PlainDecimal``, the rule the sequential read uses too);
/// every other cell goes through `CSVNumberParser` exactly as in the sequential read. Missing
/// numbers are stored as NaN; the missing flags are derived from the NaNs at the end (a cell
/// that parses as a number is never NaN).
extension CSVTableBuilder {
    /// How the in-place read treats one column.
    enum CellPlan: Equatable {
        case skip
        case number
        case category
    }

    /// The table read in place in two parts, on two threads where there are two processors
    /// (one after the other on one), or `nil` when the fast read declines (see the
    /// extension's description).
    mutating func inPlaceBuild(threshold: Int) -> Table? {
        let count = bytes.count
        guard count - dataStart >= threshold, let base = bytes.baseAddress, !startsWithByteOrderMark(dataStart) else { return nil }
        guard let middle = lineStart(near: dataStart + (count - dataStart) / 2),
              middle > dataStart, middle < count, !startsWithByteOrderMark(middle) else { return nil }
        let survey = self.survey ?? CSVSurvey(bytes)
        let first = survey.counts(in: dataStart..<middle, base: base)
        let second = survey.counts(in: middle..<count, base: base)
        guard !first.hasQuote, !second.hasQuote, let plans = firstRecordPlans() else { return nil }
        let bounds = [first.lineFeeds, second.lineFeeds + (base[count - 1] == 0x0A ? 0 : 1)]
        var columnsInPlace = InPlaceColumns(plans: plans, rows: bounds[0] + bounds[1],
                                            block: blockSlots(plans, layout: columnBlock))
        let parts = InPlaceParts(parts: [
            InPlacePart(builder: self, range: dataStart..<middle, firstRow: 0, rowLimit: bounds[0],
                        columns: columnsInPlace),
            InPlacePart(builder: self, range: middle..<count, firstRow: bounds[0], rowLimit: bounds[1],
                        columns: columnsInPlace),
        ])
        DispatchQueue.concurrentPerform(iterations: 2) { parts.run($0) }
        guard let one = parts.finished(0), let two = parts.finished(1) else {
            columnsInPlace.deallocate()
            return nil
        }
        columnsInPlace.join(one, two, boundOfFirst: bounds[0])
        adopt(&columnsInPlace, interners: one.interners)
        // Drop the second reference to the columns, so that trimming them to their row count
        // (GrowableBuffer.array()) happens in place instead of copying a shared array.
        columnsInPlace = InPlaceColumns(plans: [], rows: 0, block: nil)
        withExtendedLifetime(parts) {}
        return makeTable()
    }

    /// Each column's plan from the first data record, or `nil` when a first cell would need
    /// the sequential read's decisions (units, pending suffixes) or the record is ragged.
    private func firstRecordPlans() -> [CellPlan]? {
        var probe = CSVScanner(bytes: UnsafeBufferPointer(rebasing: bytes[dataStart...]), fileName: fileName,
                               delimiter: delimiter)
        guard (try? probe.nextRecord()) == true, probe.fieldCount == columns.count else { return nil }
        var plans: [CellPlan] = []
        let scratch = ScratchBuffer()
        for (index, column) in columns.enumerated() {
            guard storage.isSelected[index] else {
                plans.append(.skip)
                continue
            }
            switch column.kind {
            case .categorical: plans.append(.category)
            case .numeric: plans.append(.number)
            case .inferred:
                let cell = CSVNumberParser.trimmed(probe.fieldBytes(index, scratch: scratch))
                if isMissing(cell) {
                    plans.append(.number)
                    continue
                }
                switch CSVNumberParser.parse(cell, columnUnit: column.unit, scratch: scratch) {
                case .number: plans.append(.number)
                case .needsDeclaredUnit: return nil
                case .unknownSuffix where Self.endsInUnitLikeText(cell)
                        && !(readsYears && Self.endsInYearSuffix(cell)):
                    return nil
                case .unknownSuffix, .notANumber: plans.append(.category)
                }
            }
        }
        return plans
    }

    /// Each column's slot in a block of `layout`, or `nil` when some column the layout names
    /// is not read as numbers (then no block is made).
    private func blockSlots(_ plans: [CellPlan], layout: ColumnBlockLayout?) -> (ColumnBlockLayout, [Int?])? {
        guard let layout else { return nil }
        let slots = columns.map { layout.slot(of: $0.name) }
        let named = zip(slots, plans).filter { $0.0 != nil }
        guard named.count == layout.slots.compactMap({ $0 }).count,
              named.allSatisfy({ $0.1 == .number }) else { return nil }
        return (layout, slots)
    }

    /// Moves the finished columns into the builder's storage, so ``makeTable()`` builds the
    /// table as after a sequential read.
    private mutating func adopt(_ filled: inout InPlaceColumns, interners: UnsafeMutablePointer<CategoryInterner>) {
        defer { storage.block = filled.finishedBlock() }
        for index in columns.indices where filled.plans[index] != .skip {
            if filled.plans[index] == .category {
                columns[index].isCategorical = true
                storage.isCategorical[index] = true
                storage.codes[index] = filled.codes[index]
                storage.interners[index] = interners[index]
            } else {
                if filled.blockSlots?[index] == nil { storage.values[index] = filled.values[index] }
                // Left empty when no cell is missing: `makeTable` then shares one mask.
                if filled.hasMissing[index] { storage.missing[index] = filled.missingFlags(index) }
            }
        }
    }
}

/// The exactly sized columns both parts write into.
struct InPlaceColumns {
    let plans: [CSVTableBuilder.CellPlan]
    var values: [GrowableBuffer<Double>]
    var codes: [GrowableBuffer<Int32>]
    /// Whether each column has a missing cell (from either part).
    var hasMissing: [Bool]
    /// Rows each column has room for (both parts' bounds).
    let rowCapacity: Int
    /// The block of the numeric columns a ``ColumnBlockLayout`` names (slot `j` at
    /// `j × rowCapacity` while reading, at `j × rows` once joined), and its layout.
    private(set) var block = GrowableBuffer<Double>()
    let layout: ColumnBlockLayout?
    /// Each column's slot in ``block``, when there is one.
    let blockSlots: [Int?]?

    init(plans: [CSVTableBuilder.CellPlan], rows: Int, block: (ColumnBlockLayout, [Int?])? = nil) {
        self.plans = plans
        rowCapacity = rows
        layout = block?.0
        blockSlots = block?.1
        let slots = block?.1
        values = plans.indices.map { index in
            var buffer = GrowableBuffer<Double>()
            if plans[index] == .number, slots?[index] == nil { buffer.reserve(rows) }
            return buffer
        }
        codes = plans.map { plan in
            var buffer = GrowableBuffer<Int32>()
            if plan == .category { buffer.reserve(rows) }
            return buffer
        }
        hasMissing = [Bool](repeating: false, count: plans.count)
        if let layout { self.block.reserve(rows * layout.slots.count) }
    }

    /// Where column `index`'s values start (row 0) while the parts read, in its own buffer or
    /// its block slot (before ``join(_:_:boundOfFirst:)`` packs the block's slots together).
    func valueBase(_ index: Int) -> UnsafeMutablePointer<Double>? {
        guard let slot = blockSlots?[index] else { return values[index].base }
        return block.base.map { $0 + slot * rowCapacity }
    }

    mutating func deallocate() {
        for index in plans.indices {
            values[index].deallocate()
            codes[index].deallocate()
        }
        block.deallocate()
    }

    /// Sets the columns' lengths from the parts' row counts, moving part two's rows down
    /// when part one had fewer records than its bound, and recodes part two's categories
    /// into part one's levels (`one.interners` becomes the merged set).
    mutating func join(_ one: InPlacePart, _ two: InPlacePart, boundOfFirst bound: Int) {
        let gap = bound - one.rows
        let total = one.rows + two.rows
        for index in plans.indices {
            switch plans[index] {
            case .skip: continue
            case .number:
                if let base = valueBase(index), gap > 0, two.rows > 0 {
                    memmove(base + one.rows, base + bound, two.rows * MemoryLayout<Double>.stride)
                }
                if blockSlots?[index] == nil { values[index].setCount(total) }
                hasMissing[index] = one.hasMissing[index] || two.hasMissing[index]
            case .category:
                guard let base = codes[index].base else { continue }
                if gap > 0, two.rows > 0 { memmove(base + one.rows, base + bound, two.rows * MemoryLayout<Int32>.stride) }
                codes[index].setCount(total)
                // Moved out (not copied), so adding labels copies none of its arrays.
                var merged = CategoryInterner()
                swap(&merged, &one.interners[index])
                let later = two.interners[index]
                // Room for every label of both parts: no array grows and the table is
                // rehashed at most once while part two's labels are added.
                merged.reserve(labels: merged.count + later.count, bytes: merged.byteCount + later.byteCount)
                let remap: [Int32] = (0..<later.count).map { code in
                    later.withLabelBytes(code) { merged.code(for: $0).code }
                }
                one.interners[index] = merged
                if remap.enumerated().allSatisfy({ $0.offset == Int($0.element) }) { continue }
                let start = base + one.rows
                for row in 0..<two.rows where start[row] >= 0 { start[row] = remap[Int(start[row])] }
            }
        }
        packBlock(rows: total)
    }

    /// Moves the block's named slots together, `rows` apart, when fewer rows were read than
    /// there was room for (empty lines); slots left for computed columns are not touched.
    private mutating func packBlock(rows: Int) {
        guard let layout, let base = block.base else { return }
        if rows < rowCapacity {
            for (slot, name) in layout.slots.enumerated() where slot > 0 && name != nil {
                memmove(base + slot * rows, base + slot * rowCapacity, rows * MemoryLayout<Double>.stride)
            }
        }
        block.setCount(rows * layout.slots.count)
    }

    /// The joined block as a ``ColumnBlock`` and each column's slot, or `nil` without a
    /// block; the buffer is handed over (call once). When fewer rows were read than there
    /// was room for, the room beyond them (written before the slots were packed) is given
    /// back to the system.
    mutating func finishedBlock() -> (ColumnBlock, [Int?])? {
        guard let layout, let blockSlots else { return nil }
        let rows = block.count / layout.slots.count
        var storage = block.array()
        if rows < rowCapacity { storage.releaseUnusedCapacity() }
        return (ColumnBlock(layout: layout, rows: rows, storage: storage), blockSlots)
    }

    /// The missing flags of numeric column `index`: true where the value is NaN (the only
    /// NaNs the in-place read stores are missing cells).
    func missingFlags(_ index: Int) -> GrowableBuffer<Bool> {
        let count = blockSlots?[index] == nil ? values[index].count : block.count / (layout?.slots.count ?? 1)
        var flags = GrowableBuffer<Bool>()
        flags.reserve(count)
        guard let target = flags.base else { return flags }
        let source: UnsafeMutablePointer<Double>?
        if let slot = blockSlots?[index] {
            source = block.base.map { $0 + slot * count }   // joined: slots lie `count` apart (packBlock)
        } else {
            source = values[index].base
        }
        if hasMissing[index], let source {
            for row in 0..<count { target[row] = source[row].isNaN }
        } else {
            target.initialize(repeating: false, count: count)
        }
        flags.setCount(count)
        return flags
    }
}

/// The two parts of an in-place read; each thread touches only its own part and flag, and
/// the shared, locked decline.
private final class InPlaceParts: @unchecked Sendable {
    private let parts: [InPlacePart]
    private let succeeded: UnsafeMutablePointer<Bool>

    init(parts: [InPlacePart]) {
        self.parts = parts
        succeeded = .allocate(capacity: parts.count)
        succeeded.initialize(repeating: false, count: parts.count)
    }

    deinit { succeeded.deallocate() }

    /// Set when a part declines, so the other stops early.
    private let decline = InPlaceDecline()

    func run(_ index: Int) {
        succeeded[index] = parts[index].run(sharing: decline)
    }

    /// Part `index` after reading, or `nil` when it declined.
    func finished(_ index: Int) -> InPlacePart? {
        succeeded[index] ? parts[index] : nil
    }
}
