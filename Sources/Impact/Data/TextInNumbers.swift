/// A column that the reader had to keep as categories because a few of its cells are not
/// numbers, although nearly all are: a stray `unknown`, `#DIV/0!` or `n.a.` in a column of
/// amounts.
///
/// Rule ("mostly numbers"): a column inferred from its cells (not declared categorical)
/// whose non-missing cells include text, and at most 10 % of them are text. Such a
/// column used as a number (a regressor without `C()`) would otherwise become one dummy per
/// distinct value; ``problems`` lists the text cells so the user can mark them missing
/// (`--na-values`) or declare the column categorical (`C(column)`).
public struct TextInNumbers: Sendable, Equatable {
    /// One text cell and where it is.
    public struct Cell: Sendable, Equatable {
        /// The file, line and column (or workbook, sheet and cell).
        public let location: CSVLocation
        /// The cell's text.
        public let text: String
    }

    /// The column's name.
    public let column: String
    /// Non-missing cells that are numbers.
    public let numbers: Int
    /// Non-missing cells that are not numbers.
    public let texts: Int
    /// The first text cells (at most ``DataProblems/defaultLimit`` + 1), in file order.
    public let cells: [Cell]

    /// Whether `texts` out of `numbers + texts` non-missing cells make a column of numbers
    /// with stray text (see the type's rule).
    public static func isMostlyNumbers(numbers: Int, texts: Int) -> Bool {
        numbers >= 1 && texts >= 1 && texts * 10 <= numbers + texts
    }

    /// The text cells as problems, one per cell, with the remedy.
    public var problems: DataProblems {
        DataProblems(cells.map { cell in
            DataProblem(place: .cell(cell.location),
                        kind: .textInNumericColumn(found: cell.text, column: column, numbers: numbers, texts: texts))
        }, uncollected: texts - cells.count)
    }

    /// The record with every location passed through `move`.
    func relocated(_ move: (CSVLocation) -> CSVLocation) -> TextInNumbers {
        TextInNumbers(column: column, numbers: numbers, texts: texts,
                      cells: cells.map { Cell(location: move($0.location), text: $0.text) })
    }
}
