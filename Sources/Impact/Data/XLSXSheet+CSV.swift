/// A worksheet written out as CSV text for ``CSVReader``, with what is needed to name the
/// sheet's cells in errors.
struct XLSXSheetText {
    /// UTF-8 CSV; line `k` holds the sheet's row `k` (rows without values are empty lines,
    /// which the reader skips), so a CSV line is a sheet row.
    let csv: [UInt8]
    /// The sheet column of the CSV's first field (1 = `A`).
    let firstColumn: Int
    /// The sheet's name.
    let sheet: String
}

extension XLSXSheet {
    /// The table of the sheet as CSV text.
    ///
    /// Layout: the header is the first row with a value; leading rows holding a single value
    /// (a title such as `2023年企业数据`, often merged across the table) are skipped when a
    /// later row holds two or more. A merged range that starts in the header row gives its
    /// value to every column it spans, and when it also spans rows below, those rows are part
    /// of the header: each column's name is then its header rows' distinct texts joined with
    /// `_`, with a unit declared in any of them (`营业收入(万元)` over `2023`) moved to the end
    /// (`营业收入_2023(万元)`). The columns run from the leftmost to the rightmost cell with a
    /// value at or below the header. Line breaks inside a cell (Alt+Enter) become spaces.
    func csvText() -> XLSXSheetText {
        let header = headerRows()
        var columns = header.names.keys.min().map { $0...$0 } ?? 1...1
        for cell in cells where Int(cell.row) > header.last && !text(cell).isEmpty {
            columns = min(columns.lowerBound, Int(cell.column))...max(columns.upperBound, Int(cell.column))
        }
        for column in header.names.keys { columns = min(columns.lowerBound, column)...max(columns.upperBound, column) }
        var csv: [UInt8] = []
        csv.reserveCapacity(arena.count + cells.count * 2 + 1024)
        csv.append(contentsOf: repeatElement(0x0A, count: max(header.first - 1, 0)))
        for (offset, column) in columns.enumerated() {
            if offset > 0 { csv.append(UInt8(ascii: ",")) }
            Self.appendField(header.names[column].map { Array($0.utf8)[...] } ?? [], to: &csv)
        }
        csv.append(0x0A)
        var line = header.first + 1
        var index = cells.firstIndex { Int($0.row) > header.last } ?? cells.count
        while index < cells.count {
            let row = Int(cells[index].row)
            var end = index
            while end < cells.count, cells[end].row == cells[index].row { end += 1 }
            if cells[index..<end].contains(where: { !text($0).isEmpty }) {
                csv.append(contentsOf: repeatElement(0x0A, count: row - line))
                appendRow(cells[index..<end], columns: columns, to: &csv)
                csv.append(0x0A)
                line = row + 1
            }
            index = end
        }
        return XLSXSheetText(csv: csv, firstColumn: columns.lowerBound, sheet: name)
    }

    /// One data row: a field per column, empty where the row has no cell.
    private func appendRow(_ row: ArraySlice<Cell>, columns: ClosedRange<Int>, to csv: inout [UInt8]) {
        var next = columns.lowerBound
        for cell in row {
            let column = Int(cell.column)
            guard columns.contains(column) else { continue }
            while next < column {
                if next > columns.lowerBound { csv.append(UInt8(ascii: ",")) }
                next += 1
            }
            if column > columns.lowerBound { csv.append(UInt8(ascii: ",")) }
            Self.appendField(text(cell), to: &csv)
            next = column + 1
        }
        while next <= columns.upperBound {
            if next > columns.lowerBound { csv.append(UInt8(ascii: ",")) }
            next += 1
        }
    }

    /// Appends `text` as one CSV field: quoted when it holds a comma or a quote (quotes
    /// doubled); line breaks become spaces.
    @inline(__always)
    static func appendField(_ text: ArraySlice<UInt8>, to csv: inout [UInt8]) {
        let needsQuotes = text.contains { $0 == UInt8(ascii: ",") || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else {
            csv.append(contentsOf: text)
            return
        }
        csv.append(0x22)
        for byte in text {
            switch byte {
            case 0x22: csv.append(0x22); csv.append(0x22)
            case 0x0A, 0x0D: csv.append(0x20)
            default: csv.append(byte)
            }
        }
        csv.append(0x22)
    }

    /// The header: its first and last sheet rows and each column's name.
    private func headerRows() -> (first: Int, last: Int, names: [Int: String]) {
        var valuesPerRow: [(row: Int, count: Int)] = []
        for cell in cells where !text(cell).isEmpty {
            if valuesPerRow.last?.row == Int(cell.row) { valuesPerRow[valuesPerRow.count - 1].count += 1 } else {
                valuesPerRow.append((Int(cell.row), 1))
            }
        }
        guard let firstRow = valuesPerRow.first?.row else { return (1, 1, [:]) }
        let first = valuesPerRow.first(where: { $0.count >= 2 })?.row ?? firstRow
        let last = merges.filter { $0.firstRow == first }.map(\.lastRow).max() ?? first
        var grid: [Int: [Int: String]] = [:]
        for cell in cells where (first...last).contains(Int(cell.row)) && !text(cell).isEmpty {
            grid[Int(cell.row), default: [:]][Int(cell.column)] = String(decoding: text(cell), as: UTF8.self)
        }
        for merge in merges where (first...last).contains(merge.firstRow) {
            guard let value = grid[merge.firstRow]?[merge.firstColumn] else { continue }
            for row in merge.firstRow...min(merge.lastRow, last) {
                for column in merge.firstColumn...merge.lastColumn { grid[row, default: [:]][column] = value }
            }
        }
        var names: [Int: String] = [:]
        let columns = Set(grid.values.flatMap(\.keys))
        for column in columns {
            var parts: [String] = []
            for row in first...last {
                if let part = grid[row]?[column], parts.last != part { parts.append(part) }
            }
            names[column] = Self.joinedHeader(parts)
        }
        return (first, last, names)
    }

    /// Header parts of one column joined with `_`, a declared unit moved to the end.
    static func joinedHeader(_ parts: [String]) -> String {
        guard parts.count > 1 else { return parts.first ?? "" }
        var unit: MoneyUnit?
        let names = parts.map { part -> String in
            let (name, declared) = CSVReader.splitHeader(part)
            if let declared { unit = declared }
            return name
        }
        let joined = names.joined(separator: "_")
        return unit.map { "\(joined)(\($0.symbol))" } ?? joined
    }
}
