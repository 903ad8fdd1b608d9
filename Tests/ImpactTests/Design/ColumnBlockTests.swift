import Foundation
import Testing
@testable import Impact

/// A read with ``CSVReadOptions/columnBlock`` puts the design's variables side by side, and
/// the design takes that block over instead of copying it. Neither may change a value: the
/// table must equal the table read without a block, and the model frame the frame built
/// from that table.
@Suite("Design: the column block the design takes over")
struct ColumnBlockTests {
    /// A firm-year panel with Chinese headers and names: `企业`, `年份`, `行业` (text),
    /// `treated`, `post`, `x1`, `x2`, `y`; `blankY` rows have no `y`, `emptyLines` puts an
    /// empty line after every 7th record (more line feeds than records).
    private func panel(firms: Int = 40, blankY: Set<Int> = [], blankX1: Set<Int> = [],
                       emptyLines: Bool = false) -> String {
        var text = "企业,年份,行业,treated,post,x1,x2,y\n"
        var row = 0
        for firm in 0..<firms {
            for year in 2019...2023 {
                let x1 = Double((firm * 37 + year * 11) % 101) / 10 - 5
                let x2 = Double((firm * 13 + year * 7) % 89) / 100
                let y = blankY.contains(row) ? "" : String(format: "%.4f", x1 * 0.8 - x2 + Double(firm % 5) + Double(row % 3) * 0.1)
                text += "91440300MA\(firm + 100),\(year),\(["制造业", "信息技术"][firm % 2]),\(firm % 2),\(year >= 2021 ? 1 : 0),\(blankX1.contains(row) ? "" : "\(x1)"),\(x2),\(y)\n"
                if emptyLines, row % 7 == 3 { text += "\n" }
                row += 1
            }
        }
        return text
    }

    /// The table read in place (as a large file is), with `layout` as its block.
    private func read(_ text: String, layout: ColumnBlockLayout?) throws -> Table {
        var options = CSVReadOptions()
        options.columnBlock = layout
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer in
            var builder = try CSVTableBuilder(bytes: buffer, fileName: "panel.csv", options: options, release: nil)
            return try builder.build(parallelThreshold: 0)
        }
    }

    private func numeric(_ table: Table, _ name: String) throws -> NumericColumn {
        guard case .numeric(let column)? = table.columnIndex(named: name).map({ table.columns[$0] }) else {
            throw ColumnBlockTestError.notNumeric(name)
        }
        return column
    }

    /// Where a block's storage starts, as a number (holding no reference to the block).
    private func address(of block: ColumnBlock) -> Int {
        block.withStorage { Int(bitPattern: $0) }
    }

    /// Where the block holding column `name` starts.
    private func blockAddress(_ table: Table, _ name: String) throws -> Int {
        let view = try #require(numeric(table, name).blockSlot)
        return address(of: view.block)
    }

    private func address(of matrix: Matrix) -> Int {
        matrix.storage.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
    }

    private let twoWay = "y ~ x1 + x2 + treated:post | 企业 + 年份"

    @Test("the layout of a formula: bare variables named, interactions and the intercept computed, others refused")
    func layouts() throws {
        #expect(try Formula(twoWay).columnBlockLayout?.slots == ["x1", "x2", nil])
        #expect(try Formula("y ~ x1 + treated:post").columnBlockLayout?.slots == [nil, "x1", nil])
        #expect(try Formula("y ~ 0 + x1 + x2").columnBlockLayout?.slots == ["x1", "x2"])
        #expect(try Formula("y ~ x1 + C(行业)").columnBlockLayout == nil)
        #expect(try Formula("y ~ log(x1) + x2").columnBlockLayout == nil)
        #expect(try Formula("y ~ treated:post").columnBlockLayout == nil)   // nothing read into it
        #expect(ColumnBlockLayout(slots: ["x1", nil, "x1"]) == nil)
    }

    @Test("a table read into a block equals the table read without one, blanks and empty lines included")
    func sameTable() throws {
        let layout = try #require(try Formula(twoWay).columnBlockLayout)
        for text in [panel(), panel(blankY: [3, 17, 60]), panel(emptyLines: true)] {
            let blocked = try read(text, layout: layout), plain = try read(text, layout: nil)
            #expect(blocked == plain)
            #expect(try numeric(blocked, "x1").blockSlot?.slot == 0)
            #expect(try numeric(blocked, "x2").blockSlot?.slot == 1)
            #expect(try numeric(blocked, "y").blockSlot == nil)
            #expect(try numeric(plain, "x1").blockSlot == nil)
            #expect(try numeric(blocked, "x2").values == numeric(plain, "x2").values)
        }
    }

    @Test("blanks in a later slot, with empty lines, stay in their rows")
    func blanksInALaterSlot() throws {
        let layout = try #require(try Formula("y ~ x2 + x1").columnBlockLayout)   // [nil, x2, x1]
        for (text, blanks) in [(panel(blankX1: [5, 60, 150, 199], emptyLines: true), 4), (panel(blankX1: [5, 60]) + "\n", 2)] {
            let blocked = try read(text, layout: layout), plain = try read(text, layout: nil)
            #expect(try numeric(blocked, "x1").blockSlot?.slot == 2)
            #expect(try numeric(blocked, "x1").isMissing == numeric(plain, "x1").isMissing)
            #expect(try numeric(blocked, "x1").missingCount == blanks)
            #expect(blocked == plain)
        }
    }

    @Test("after empty lines, the block holds no resident page beyond its rows",
          .enabled(if: ResidentPages.isAvailable, "needs Linux (mincore)"))
    func packedBlockGivesRoomBack() throws {
        let layout = try #require(try Formula(twoWay).columnBlockLayout)
        let table = try read(panel(firms: 2_000, emptyLines: true), layout: layout)
        let block = try #require(numeric(table, "x1").blockSlot).block
        let beyond = try #require(ResidentPages.beyondElements(of: block.storage))
        #expect(beyond.pages > 0)
        #expect(beyond.resident == 0)
    }

    @Test("a layout naming a text column reads no block")
    func textColumnNoBlock() throws {
        let layout = try #require(ColumnBlockLayout(slots: ["x1", "行业"]))
        let table = try read(panel(), layout: layout)
        #expect(try numeric(table, "x1").blockSlot == nil)
        #expect(table == (try read(panel(), layout: nil)))
    }

    /// The frame of `formula` built from `text` read into its block (the table handed over),
    /// checked to hold the block itself, and the frame built from the plain table.
    private func adoptedFrame(_ formula: Formula, _ text: String) throws -> (adopted: ModelFrame, expected: ModelFrame) {
        let expected = try ModelFrame(formula: formula, table: read(text, layout: nil))
        var table: Table? = try read(text, layout: formula.columnBlockLayout)
        let start = try blockAddress(table!, "x1")
        let frame = try ModelFrame(formula: formula, table: table.take()!)
        #expect(address(of: frame.regressors) == start)
        return (frame, expected)
    }

    @Test("the design takes the block over, its computed column filled in place")
    func adopted() throws {
        let (frame, expected) = try adoptedFrame(Formula(twoWay), panel(emptyLines: true))
        #expect(frame.regressors == expected.regressors)
        #expect(frame.regressorNames == ["x1", "x2", "treated:post"])
        #expect(frame.response == expected.response)
        #expect(frame.fixedEffects.map(\.codes) == expected.fixedEffects.map(\.codes))
    }

    @Test("with an intercept (no fixed effects) the block's first slot becomes the ones")
    func adoptedWithIntercept() throws {
        let (frame, expected) = try adoptedFrame(Formula("y ~ x1 + treated:post + x2"), panel())
        #expect(frame.regressors == expected.regressors)
        #expect(frame.regressors.column(0).allSatisfy { $0 == 1 })
        let fit = try LinearRegression.fit(frame), reference = try LinearRegression.fit(expected)
        #expect(fit.coefficients == reference.coefficients)
    }

    @Test("a table still held elsewhere, or rows dropped, leave the block alone and copy")
    func copiedWhenNotAdoptable() throws {
        let formula = try Formula(twoWay)
        for text in [panel(), panel(blankY: [4, 9])] {
            let table = try read(text, layout: formula.columnBlockLayout)
            let block = try #require(numeric(table, "x1").blockSlot).block
            let frame = try ModelFrame(formula: formula, table: table)
            let expected = try ModelFrame(formula: formula, table: read(text, layout: nil))
            #expect(address(of: frame.regressors) != address(of: block))
            #expect(frame.regressors == expected.regressors)
            #expect(frame.response == expected.response)
            // The table is untouched: its columns still read the block.
            #expect(try numeric(table, "x1").values == numeric(read(text, layout: nil), "x1").values)
        }
    }

    @Test("a request estimates the same from a large file read into a block as from the plain table")
    func requestOnLargeFile() throws {
        // Over CSVTableBuilder.parallelThreshold (4 MiB), so the file is read in place.
        let text = panel(firms: 20_000)
        #expect(text.utf8.count > CSVTableBuilder.parallelThreshold)
        let path = try TemporaryFile.write(text, "panel.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let formula = try Formula(twoWay)
        let request = RegressionRequest(path: path, formulas: [formula], variance: VarianceChoice(.cluster(["企业"])))
        let result = try #require(try request.estimate().first)
        let reference = try LinearRegression.fit(ModelFrame(formula: formula, table: read(text, layout: nil),
                                                            clusters: ["企业"]))
        #expect(result.fit.coefficients == reference.coefficients)
        // The request itself reads the design's variables into a block.
        #expect(try numeric(request.readTable(), "x2").blockSlot != nil)
    }
}

private enum ColumnBlockTestError: Error {
    case notNumeric(String)
}
