import Impact

/// Runs `body`; the firms an accounting refuses under `--missing error` come back as one
/// list of problems naming `file`, the panel read.
func placingProblems<T>(in file: String, _ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as AccountingError {
        throw error.dataProblems(file: file) ?? error
    }
}
