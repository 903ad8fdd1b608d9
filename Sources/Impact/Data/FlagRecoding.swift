/// A yes/no column written in words (是/否, 有/无, Y/N, …) turned into 0/1 after a file is
/// read, keeping its name: how an evaluation project's `supported` column is read
/// (`EvaluationProject.flagRecoding`), by `readPanel()` and by `impact estimate --project`
/// alike, so a model names its coefficient `treated`, not `treated[T.是]`.
///
/// Conventions: the words are read by the one rule of ``FlagVocabulary/meanings(ofLevels:)``
/// (all of a column's words from one pair, as ``FlagVocabulary/flags(of:name:)`` requires);
/// a missing cell stays missing; a numeric column, or a table without the column, is kept as
/// it is.
public struct FlagRecoding: Sendable, Equatable {
    /// The column recoded.
    public let column: String
    /// The words it is read with.
    public let vocabulary: FlagVocabulary
    /// What the person who wrote the file can do about a word in no pair (e.g. "add it to
    /// [values] yes or no in impact.toml"), appended to that problem's expectation; `nil`
    /// for none.
    public let remedy: String?

    /// A recoding of `column` under `vocabulary` (default ``FlagVocabulary/standard``).
    public init(column: String, vocabulary: FlagVocabulary = .standard, remedy: String? = nil) {
        self.column = column
        self.vocabulary = vocabulary
        self.remedy = remedy
    }

    /// `table` with ``column`` (when it is a text column) replaced by 1 for yes, 0 for no,
    /// missing where missing, in the same place and under the same name.
    ///
    /// - Parameter file: the file the table was read from, named by each problem.
    /// - Throws: ``DataProblems`` with one problem per cell whose word is outside the
    ///   column's pair (up to ``DataProblems/defaultLimit``, then a count), each placed by
    ///   `file`, its 1-based data row (the header not counted) and the column, with the word
    ///   found.
    public func recoding(_ table: Table, file: String) throws(DataProblems) -> Table {
        guard let index = table.columnIndex(named: column),
              case .categorical(let words) = table.columns[index] else { return table }
        let meanings = vocabulary.meanings(ofLevels: words.levels)
        if meanings.contains(nil) {
            let pair = vocabulary.columnPair(ofLevels: words.levels)
            let expected = words.levels.indices.map { meanings[$0] == nil ? expectation(of: words.levels[$0], pair: pair) : "" }
            var problems: [DataProblem] = [], uncollected = 0
            for (row, code) in words.codes.enumerated() where code >= 0 && meanings[Int(code)] == nil {
                guard problems.count < DataProblems.defaultLimit else {
                    uncollected += 1
                    continue
                }
                problems.append(DataProblem(place: .record(file: file, key: "data row \(row + 1)", column: column),
                                            kind: .invalidValue(found: words.levels[Int(code)], expected: expected[Int(code)])))
            }
            throw DataProblems(problems, uncollected: uncollected)
        }
        var columns = table.columns
        columns[index] = .numeric(FlagVocabulary.flagColumn(words, meanings: meanings))
        let named = zip(table.columnNames, columns).map { (name: $0.0, column: $0.1) }
        return (try? Table(columns: named, units: table.units))?.with(textInNumbers: table.textInNumbers) ?? table
    }

    /// What a cell holding `word` should hold: a word of `pair` (the column's, chosen by its
    /// other words) when `word` belongs to another pair, else any yes or no word of the
    /// vocabulary, followed by ``remedy``.
    private func expectation(of word: String, pair: FlagVocabulary.WordPair?) -> String {
        if vocabulary.meaning(of: word) != nil, let pair {
            return "\((pair.yes + pair.no).joined(separator: " or ")), the pair of the column's first word (one column uses the words of one pair)"
        }
        let distinct = { (side: [String]) in side.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } } }
        let expected = "a yes word (\(distinct(vocabulary.wordPairs.flatMap(\.yes)).joined(separator: " "))) "
            + "or a no word (\(distinct(vocabulary.wordPairs.flatMap(\.no)).joined(separator: " ")))"
        return expected + (remedy.map { "; " + $0 } ?? "")
    }
}
