/// The (entity, time) keys of a panel: which firm and which period each table row is.
///
/// Built from an entity column (categorical, or numeric used by its printed values) and a
/// time column of whole numbers (years, quarters numbered 1, 2, …; numeric, or text labels that
/// are whole numbers). Every row must have both
/// keys, and each (entity, time) pair may occur only once; otherwise construction throws,
/// listing the first duplicates with their 1-based data rows.
///
/// Conventions: "one period earlier" means time `t − 1` of the same entity, not the previous
/// row; a panel is *balanced* when every entity is observed in every period that occurs in
/// the table (pandas/linearmodels use the same definition).
public struct PanelIndex: Sendable, Equatable {
    /// Name of the entity column.
    public let entityColumn: String
    /// Name of the time column.
    public let timeColumn: String
    /// Entity code of each row, in `0..<entityCount`.
    public let entityCodes: [Int32]
    /// Entity labels, indexed by code, in order of first appearance.
    public let entityLabels: [String]
    /// Time of each row.
    public let times: [Int]
    /// Distinct times, ascending.
    public let periods: [Int]
    /// Rows ordered by entity code, then time.
    public let sortedRows: [Int]
    /// Start of each entity's stretch in ``sortedRows`` (`entityCount + 1` offsets).
    public let entityStarts: [Int]

    /// Number of rows indexed.
    public var rowCount: Int { times.count }
    /// Number of distinct entities.
    public var entityCount: Int { entityLabels.count }
    /// Number of distinct periods.
    public var periodCount: Int { periods.count }
    /// Whether every entity appears in every period (`rowCount == entityCount × periodCount`,
    /// which, keys being unique, is the same thing).
    public var isBalanced: Bool { rowCount == entityCount * periodCount }

    /// Maximum number of duplicate keys listed in a ``PanelError/duplicateKeys(entity:time:first:count:)`` error.
    public static let listedDuplicates = 5

    /// Indexes `table` by `entity` and `time`.
    ///
    /// Throws ``PanelError/table(_:)`` for an unknown or text time column,
    /// ``PanelError/missingKey(column:rows:count:)``, ``PanelError/nonIntegerTime(column:row:value:)``
    /// and ``PanelError/duplicateKeys(entity:time:first:count:)``.
    public init(table: Table, entity: String, time: String) throws(PanelError) {
        let entities: CategoricalColumn
        let timeCells: Column
        do {
            entities = try table.categorical(entity)
            timeCells = try table.column(time)
        } catch {
            throw .table(error)
        }
        let n = table.rowCount
        try Self.checkPresent(column: entity, missing: { entities.codes[$0] < 0 }, rowCount: n)
        try Self.checkPresent(column: time, missing: { timeCells.isMissing(at: $0) }, rowCount: n)
        let times = try Self.wholeTimes(timeCells, name: time)
        let (rows, starts) = Self.rowsByEntity(entities.codes, entityCount: entities.levels.count)
        var sorted = consume rows   // sorted in place without a copy
        let (duplicates, duplicateCount) = Self.sortByTime(&sorted, entityStarts: starts, times: times,
                                                           entityLabels: entities.levels)
        if duplicateCount > 0 {
            throw .duplicateKeys(entity: entity, time: time, first: duplicates, count: duplicateCount)
        }
        entityColumn = entity
        timeColumn = time
        entityCodes = entities.codes
        entityLabels = entities.levels
        self.times = times
        periods = Array(Set(times)).sorted()
        sortedRows = sorted
        entityStarts = starts
    }

    /// The rows ordered by entity code (a stable counting sort, so each entity's rows keep
    /// their order) and the start of each entity's stretch (`entityCount + 1` offsets).
    private static func rowsByEntity(_ codes: [Int32], entityCount: Int) -> (rows: [Int], starts: [Int]) {
        var starts = [Int](repeating: 0, count: entityCount + 1)
        for code in codes { starts[Int(code) + 1] += 1 }
        for index in 0..<entityCount { starts[index + 1] += starts[index] }
        var next = starts
        var sorted = [Int](repeating: 0, count: codes.count)
        for row in codes.indices {
            let code = Int(codes[row])
            sorted[next[code]] = row
            next[code] += 1
        }
        return (sorted, starts)
    }

    /// Sorts each entity's stretch of `rows` by time (then row) and finds the keys that
    /// occur more than once: the first ``listedDuplicates`` by first row, and how many in all.
    private static func sortByTime(_ rows: inout [Int], entityStarts starts: [Int], times: [Int],
                                   entityLabels: [String]) -> (first: [PanelError.DuplicateKey], count: Int) {
        var duplicates: [PanelError.DuplicateKey] = []
        var duplicateCount = 0
        rows.withUnsafeMutableBufferPointer { buffer in
            for code in 0..<(starts.count - 1) {
                var stretch = UnsafeMutableBufferPointer(rebasing: buffer[starts[code]..<starts[code + 1]])
                stretch.sort { (a: Int, b: Int) -> Bool in
                    let timeA = times[a], timeB = times[b]
                    if timeA != timeB { return timeA < timeB }
                    return a < b
                }
                for rows in repeatedTimes(in: UnsafeBufferPointer(stretch), times: times) {
                    duplicateCount += 1
                    if duplicates.count < listedDuplicates {
                        duplicates.append(PanelError.DuplicateKey(
                            entity: entityLabels[code], time: times[rows[0] - 1], rows: rows))
                    }
                }
            }
        }
        duplicates.sort { $0.rows[0] < $1.rows[0] }
        return (duplicates, duplicateCount)
    }

    /// The runs of equal times in one entity's time-sorted `stretch`, each as its 1-based
    /// data rows.
    private static func repeatedTimes(in stretch: UnsafeBufferPointer<Int>, times: [Int]) -> [[Int]] {
        var runs: [[Int]] = []
        var index = 1
        while index < stretch.count {
            guard times[stretch[index]] == times[stretch[index - 1]] else {
                index += 1
                continue
            }
            var rows = [stretch[index - 1] + 1]
            while index < stretch.count, times[stretch[index]] == times[stretch[index - 1]] {
                rows.append(stretch[index] + 1)
                index += 1
            }
            runs.append(rows)
        }
        return runs
    }

    /// The time of each row as a whole number. A categorical time column (years read as
    /// text, e.g. forced categorical) is accepted when every label is a whole number or a
    /// year as offices write it (``YearText``: `2023年`, `2023-12-31` → 2023).
    private static func wholeTimes(_ column: Column, name: String) throws(PanelError) -> [Int] {
        switch column {
        case .numeric(let numbers):
            var times = [Int](repeating: 0, count: numbers.values.count)
            for row in times.indices {
                let value = numbers.values[row]
                guard value == value.rounded(), abs(value) < 1e15 else {
                    throw .nonIntegerTime(column: name, row: row + 1, value: "\(value)")
                }
                times[row] = Int(value)
            }
            return times
        case .categorical(let labels):
            var levelTimes: [Int] = []
            for level in labels.levels {
                guard let value = Int(level.trimmingUnitSpaces()) ?? YearText(level)?.year else {
                    let row = (labels.codes.firstIndex { labels.levels[Int($0)] == level } ?? 0) + 1
                    throw .nonIntegerTime(column: name, row: row, value: level)
                }
                levelTimes.append(value)
            }
            return labels.codes.map { levelTimes[Int($0)] }
        }
    }

    private static func checkPresent(column: String, missing: (Int) -> Bool,
                                     rowCount: Int) throws(PanelError) {
        var rows: [Int] = []
        var count = 0
        for row in 0..<rowCount where missing(row) {
            count += 1
            if rows.count < listedDuplicates { rows.append(row + 1) }
        }
        if count > 0 { throw .missingKey(column: column, rows: rows, count: count) }
    }

    /// For each row, the row of the same entity at time `t − periods`, or `nil` when the
    /// entity has no row for that period. A negative `periods` looks forward (a lead).
    public func shiftedRows(by periods: Int) throws(PanelError) -> [Int?] {
        guard periods != 0 else { throw .zeroLag }
        var result = [Int?](repeating: nil, count: rowCount)
        let reach = periods.magnitude
        for code in 0..<entityCount {
            let start = entityStarts[code], end = entityStarts[code + 1]
            for position in start..<end {
                let row = sortedRows[position]
                let target = times[row] - periods
                // Times are unique and sorted within the entity, so the target lies at most
                // |periods| positions away.
                if periods > 0 {
                    var candidate = position - 1
                    while candidate >= start, position - candidate <= reach {
                        let other = sortedRows[candidate]
                        if times[other] == target { result[row] = other; break }
                        if times[other] < target { break }
                        candidate -= 1
                    }
                } else {
                    var candidate = position + 1
                    while candidate < end, candidate - position <= reach {
                        let other = sortedRows[candidate]
                        if times[other] == target { result[row] = other; break }
                        if times[other] > target { break }
                        candidate += 1
                    }
                }
            }
        }
        return result
    }

    /// Number of rows of each entity, indexed by entity code.
    public var rowsPerEntity: [Int] {
        (0..<entityCount).map { entityStarts[$0 + 1] - entityStarts[$0] }
    }
}
