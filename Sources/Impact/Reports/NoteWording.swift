/// A typed note (``ResultNote``) with its sentence in both languages; the sentences of
/// every note enum are written in `Reports/`, next to the tables that print them.
public protocol NoteWording: ResultNote {
    /// The whole sentence saying what happened, in Chinese and English.
    var wording: LocalizedText { get }
}

extension NoteWording {
    /// The note in JSON: `{"code": "…", "message": "…"}`, the message in English.
    public var jsonValue: JSONValue {
        .object(["code": .string(code), "message": .string(wording.en)])
    }
}
