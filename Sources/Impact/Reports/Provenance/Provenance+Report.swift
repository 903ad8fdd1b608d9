extension Provenance {
    /// The record in sentences: the version, the command line and one line per input file
    /// with its SHA-256 (for the HTML footer and the Word methods appendix).
    func lines(language: Language) -> [String] {
        let zh = language == .zh
        var lines = [
            zh ? "生成工具：Impact \(version)" : "Made with Impact \(version)",
            zh ? "命令：\(commandLineText)" : "Command: \(commandLineText)",
        ]
        for input in inputs {
            let digest = input.sha256 ?? (zh ? "（无法读取）" : "(unreadable)")
            lines.append("SHA-256 \(input.name): \(digest)")
        }
        return lines
    }

    /// The reproducibility footer of an HTML page: a `<footer>` with ``lines(language:)``,
    /// the command line and digests in monospace.
    func htmlFooter(language: Language) -> String {
        let escape = HTMLRenderer.escape, zh = language == .zh
        var html = "<footer class=\"provenance\">\n<h2>\(zh ? "可重复性" : "Reproducibility")</h2>\n"
        html += "<p>\(escape(zh ? "生成工具：Impact \(version)" : "Made with Impact \(version)"))</p>\n"
        html += "<p>\(escape(zh ? "命令：" : "Command: "))<code>\(escape(commandLineText))</code></p>\n"
        if !inputs.isEmpty {
            html += "<table class=\"hashes\">\n<thead><tr><th>\(zh ? "输入文件" : "Input file")</th><th>SHA-256</th></tr></thead>\n<tbody>\n"
            for input in inputs {
                let digest = input.sha256 ?? (zh ? "（无法读取）" : "(unreadable)")
                html += "<tr><td>\(escape(input.name))</td><td><code>\(escape(digest))</code></td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        return html + "</footer>\n"
    }
}
