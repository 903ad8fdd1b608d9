/// The words offices use for a yes/no column, and which of each pair means "yes".
///
/// The standard pairs (``standard``), "yes" first: `是`/`否`, `有`/`无`, `Y`/`N`, `Yes`/`No`,
/// `TRUE`/`FALSE` (Excel's booleans), `T`/`F`, `1`/`0`, `对`/`错`, `√`/`×`. Latin words are
/// compared without regard to case, all after trimming spaces; full-width forms (`Ｙ`, `１`)
/// are folded first.
///
/// A column is a flag column when its non-missing values use at most two words, all from one
/// pair (a column of only `是` is a flag column too). `flags(of:)` reads one; `COLUMN=VALUE`
/// criteria (`是否获得支持=是`) need no vocabulary, but a bare column named as a flag
/// (`--supported 是否获得支持`) is read with it.
public struct FlagVocabulary: Sendable, Equatable {
    /// One pair: the words meaning yes and the words meaning no that one column may use
    /// together. A standard pair has one word on each side; an office's own words
    /// (``ProjectValueVocabulary/flagVocabulary``) are one pair with all of its yes words
    /// and all of its no words, so its synonyms (`已支持`, `已获支持`) can share a column.
    public struct WordPair: Sendable, Equatable {
        /// Words meaning yes.
        public let yes: [String]
        /// Words meaning no.
        public let no: [String]

        /// A pair of `yes` words and `no` words.
        public init(yes: [String], no: [String]) {
            self.yes = yes
            self.no = no
        }

        /// Whether `key` (normalised) is one of the pair's yes words (`true`), no words
        /// (`false`), or neither (`nil`).
        fileprivate func meaning(ofKey key: String) -> Bool? {
            if yes.contains(where: { FlagVocabulary.normalized($0) == key }) { return true }
            if no.contains(where: { FlagVocabulary.normalized($0) == key }) { return false }
            return nil
        }
    }

    /// The pairs, in order of precedence (a word's meaning is its first pair's).
    public let wordPairs: [WordPair]

    /// Every (yes, no) combination of each pair's words, pair by pair, "yes" word first.
    public var pairs: [(yes: String, no: String)] {
        wordPairs.flatMap { pair in pair.yes.flatMap { yes in pair.no.map { (yes: yes, no: $0) } } }
    }

    /// The standard pairs listed on the type.
    public static let standard = FlagVocabulary(pairs: [
        ("是", "否"), ("有", "无"), ("Y", "N"), ("Yes", "No"), ("TRUE", "FALSE"), ("T", "F"),
        ("1", "0"), ("对", "错"), ("√", "×"),
    ])

    /// A vocabulary of the given pairs ("yes" word first), e.g. `[("已支持", "未支持")]`.
    public init(pairs: [(yes: String, no: String)]) {
        self.init(wordPairs: pairs.map { WordPair(yes: [$0.yes], no: [$0.no]) })
    }

    /// A vocabulary of the given word pairs, in order of precedence.
    public init(wordPairs: [WordPair]) {
        self.wordPairs = wordPairs
    }

    /// The vocabulary with `pairs` added in front.
    public func adding(_ extra: [(yes: String, no: String)]) -> FlagVocabulary {
        FlagVocabulary(wordPairs: FlagVocabulary(pairs: extra).wordPairs + wordPairs)
    }

    /// The vocabulary with `pair` added in front.
    public func adding(_ pair: WordPair) -> FlagVocabulary {
        FlagVocabulary(wordPairs: [pair] + wordPairs)
    }

    /// `true` when `word` means yes, `false` when it means no, `nil` when it is not in the
    /// vocabulary. A number is read by value: 1 is yes, 0 is no.
    public func meaning(of word: String) -> Bool? {
        let key = Self.normalized(word)
        for pair in wordPairs {
            if let meaning = pair.meaning(ofKey: key) { return meaning }
        }
        if let value = Double(key) { return value == 1 ? true : value == 0 ? false : nil }
        return nil
    }

    /// The pair all of `words` belong to, if one pair holds them all (the first such pair).
    public func pair(holding words: [String]) -> WordPair? {
        wordPairs.first { pair in words.allSatisfy { pair.meaning(ofKey: Self.normalized($0)) != nil } }
    }

    /// The column as flags: 1 for yes, 0 for no, missing where missing. A numeric column
    /// must hold only 0 and 1; a text column only the words of one pair. Throws
    /// ``TableError/notAFlag(_:values:)`` naming the values that are not (at most 10).
    public func flags(of column: Column, name: String) throws(TableError) -> NumericColumn {
        switch column {
        case .numeric(let numeric):
            let strange = Set(numeric.values.indices.compactMap { numeric[$0] }.filter { $0 != 0 && $0 != 1 })
            guard strange.isEmpty else { throw .notAFlag(name, values: strange.sorted().prefix(10).map(formatGroupLabel)) }
            return numeric
        case .categorical(let categorical):
            let meanings = meanings(ofLevels: categorical.levels)
            guard !meanings.contains(nil) else {
                let strange = categorical.levels.filter { meaning(of: $0) == nil }
                throw .notAFlag(name, values: Array((strange.isEmpty ? categorical.levels : strange).prefix(10)))
            }
            return Self.flagColumn(categorical, meanings: meanings)
        }
    }

    /// `words` as 1/0 flags by each level's meaning (`meanings[level]`, none `nil`), missing
    /// where the word is missing.
    static func flagColumn(_ words: CategoricalColumn, meanings: [Bool?]) -> NumericColumn {
        let yes = meanings.map { $0 == true ? 1.0 : 0.0 }
        return NumericColumn(uncheckedValues: words.codes.map { $0 < 0 ? .nan : yes[Int($0)] },
                             isMissing: words.codes.map { $0 < 0 })
    }

    /// The one rule by which a text column's words are flags: every word must belong to one
    /// pair. `levels` are the column's distinct words in order of first appearance (as
    /// ``CategoricalColumn/levels``); the column's pair is the first pair holding them all
    /// (``pair(holding:)``), else the first pair holding the first word that is in the
    /// vocabulary. Each level's meaning is `true` for one of that pair's yes words, `false`
    /// for one of its no words, and `nil` for a word outside it: a word in no pair, or one of
    /// another pair (`是` and `N` in one column: which word means yes is not clear). The
    /// column is a flag column when no meaning is `nil`; ``flags(of:name:)`` and an
    /// evaluation project's flag column (``FlagRecoding``) both read words by this rule.
    public func meanings(ofLevels levels: [String]) -> [Bool?] {
        guard let chosen = columnPair(ofLevels: levels) else { return levels.map { _ in nil } }
        return levels.map { chosen.meaning(ofKey: Self.normalized($0)) }
    }

    /// The pair of a column whose distinct words are `levels` (first appearance order), as
    /// ``meanings(ofLevels:)`` chooses it, or `nil` when no word is in the vocabulary.
    public func columnPair(ofLevels levels: [String]) -> WordPair? {
        pair(holding: levels) ?? levels.lazy.compactMap { word in
            wordPairs.first { $0.meaning(ofKey: Self.normalized(word)) != nil }
        }.first
    }

    fileprivate static func normalized(_ word: String) -> String {
        foldingFullWidth(word).trimmingUnitSpaces().lowercased()
    }
}

extension Table {
    /// Column `name` as 1/0 flags under `vocabulary` (default ``FlagVocabulary/standard``);
    /// see ``FlagVocabulary/flags(of:name:)``.
    public func flags(_ name: String, vocabulary: FlagVocabulary = .standard) throws(TableError) -> NumericColumn {
        try vocabulary.flags(of: column(name), name: name)
    }
}
