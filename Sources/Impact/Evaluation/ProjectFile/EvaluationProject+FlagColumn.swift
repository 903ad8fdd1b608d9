extension ProjectValueVocabulary {
    /// The words of the `supported` flag column: ``FlagVocabulary/standard`` (是/否, 有/无,
    /// Y/N, Yes/No, TRUE/FALSE, T/F, 1/0, 对/错, √/×; Latin words in any case, full-width
    /// forms folded, numbers by value) with the project's ``yes`` and ``no`` words that it
    /// does not already read the same way put in front as one pair of all its yes and no
    /// words, so that the office's own words (`已支持`/`已获支持`/`未支持`) are read, in any
    /// mix within one column, and win over the standard ones. The defaults add nothing:
    /// a project without `yes`/`no` reads flags exactly as the commands reading `--data` do.
    public var flagVocabulary: FlagVocabulary {
        let standard = FlagVocabulary.standard
        let extraYes = Set(yes.filter { standard.meaning(of: $0) != true })
        let extraNo = Set(no.filter { standard.meaning(of: $0) != false })
        guard !extraYes.isEmpty || !extraNo.isEmpty else { return standard }
        // One pair of all the office's words: any of its yes words and any of its no words
        // (synonyms included) may share a flag column.
        return standard.adding(FlagVocabulary.WordPair(yes: yes, no: no))
    }
}

extension EvaluationProject {
    /// The recoding of the supported flag column (when `[columns] supported` names a plain
    /// column, not `COLUMN=VALUE`) to 0/1 under ``ProjectValueVocabulary/flagVocabulary``,
    /// as ``readPanel()`` and `impact estimate --project` read the panel; `nil` otherwise.
    public var flagRecoding: FlagRecoding? {
        guard case .flag(let name)? = try? SupportCriterion(parsing: columns.supported) else { return nil }
        return FlagRecoding(column: name, vocabulary: values.flagVocabulary,
                            remedy: "add it to [values] yes or no in impact.toml")
    }

    /// `panel` with the supported flag column (when it is a plain flag column written in
    /// words) replaced by 0/1 by ``flagRecoding`` (``FlagVocabulary/meanings(ofLevels:)``:
    /// every word from one pair, as the commands read a flag column); a numeric column is
    /// kept as it is.
    ///
    /// - Throws: ``EvaluationError/problems(_:)`` listing every cell whose word is in no
    ///   pair or outside the column's pair (up to ``DataProblems/defaultLimit``, then a
    ///   count), each placed in the panel file by its data row.
    func recodingFlag(_ panel: Table) throws(EvaluationError) -> Table {
        guard let flagRecoding else { return panel }
        do { return try flagRecoding.recoding(panel, file: path(data.panel)) } catch { throw .problems(error) }
    }
}
