extension HTMLRenderer {
    /// A page titled `title` whose body is `body` (already escaped markup): the same head,
    /// style sheet and shell as ``render(_:language:title:)``, for values that lay out their
    /// own sections (the 绩效自评表, the evaluation report).
    static func page(title: LocalizedText?, language: Language, body: String) -> String {
        let shell = render([], language: language, title: title)
        let end = "</body>\n</html>\n"
        precondition(shell.hasSuffix(end), "HTML page shell without its closing tags")
        return String(shell.dropLast(end.count)) + body + end
    }
}
