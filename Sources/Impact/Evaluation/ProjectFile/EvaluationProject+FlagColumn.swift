extension ProjectValueVocabulary {
    /// The words of the `supported` flag column: ``FlagVocabulary/standard`` (是/否, 有/无,
    /// Y/N, Yes/No, TRUE/FALSE, T/F, 1/0, 对/错, √/×; Latin words in any case, full-width
    /// forms folded, numbers by value) with the project's ``yes`` and ``no`` words that it
    /// does not already read the same way put in front, so that the office's own words
    /// (`已支持`/`未支持`) are read and win over the standard ones. The defaults add nothing:
    /// a project without `yes`/`no` reads flags exactly as the commands reading `--data` do.
    public var flagVocabulary: FlagVocabulary {
        let standard = FlagVocabulary.standard
        let extraYes = Set(yes.filter { standard.meaning(of: $0) != true })
        let extraNo = Set(no.filter { standard.meaning(of: $0) != false })
        guard !extraYes.isEmpty || !extraNo.isEmpty else { return standard }
        // Every yes word goes with every no word: any of the office's yes words and any of
        // its no words make one flag column.
        let pairs = yes.flatMap { word in
            no.filter { extraYes.contains(word) || extraNo.contains($0) }.map { (yes: word, no: $0) }
        }
        return standard.adding(pairs)
    }
}

extension EvaluationProject {
    /// `panel` with the supported flag column (when it is a plain flag column written in
    /// words) replaced by 0/1: each word read by ``ProjectValueVocabulary/flagVocabulary``
    /// (``FlagVocabulary/meaning(of:)``), as the commands read a flag column; a numeric
    /// column is kept as it is.
    ///
    /// - Throws: ``EvaluationError/problems(_:)`` listing every cell that is neither a yes
    ///   nor a no word (up to ``DataProblems/defaultLimit``, then a count), each placed in
    ///   the panel file by its data row.
    func recodingFlag(_ panel: Table) throws(EvaluationError) -> Table {
        guard case .flag(let name)? = try? SupportCriterion(parsing: columns.supported),
              panel.hasColumn(name), let words = try? panel.categorical(name) else { return panel }
        let vocabulary = values.flagVocabulary
        let meanings = words.levels.map { vocabulary.meaning(of: $0) }
        var problems: [DataProblem] = []
        for (row, code) in words.codes.enumerated() where code >= 0 && meanings[Int(code)] == nil {
            problems.append(flagWordProblem(words.levels[Int(code)], column: name, row: row, vocabulary: vocabulary))
        }
        guard problems.isEmpty else { throw .problems(DataProblems(problems)) }
        let numbers = words.codes.map { code -> Double? in code < 0 ? nil : meanings[Int(code)] == true ? 1 : 0 }
        let columns = zip(panel.columnNames, panel.columns).map { entry -> (name: String, column: Column) in
            (entry.0, entry.0 == name ? .numeric(NumericColumn(numbers)) : entry.1)
        }
        return (try? Table(columns: columns, units: panel.units)) ?? panel
    }

    /// `word` in the flag column `column` at the 0-based data `row` of the panel file.
    private func flagWordProblem(_ word: String, column: String, row: Int, vocabulary: FlagVocabulary) -> DataProblem {
        let words = { (side: [String]) in side.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } } }
        return DataProblem(place: .record(file: path(data.panel), key: "data row \(row + 1)", column: column),
                           kind: .invalidValue(found: word, expected: "a yes word (\(words(vocabulary.pairs.map(\.yes)).joined(separator: " "))) "
                                               + "or a no word (\(words(vocabulary.pairs.map(\.no)).joined(separator: " "))); "
                                               + "add it to [values] yes or no in impact.toml"))
    }
}
