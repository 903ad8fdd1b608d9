import Foundation

extension ScoringProfile {
    /// The profile a user names on the command line: the built-in profile called
    /// `nameOrFile` (see ``builtIn``) when there is one, else the profile JSON file at that
    /// path (format in ``init(json:file:)``). A built-in name wins over a file of the same
    /// name in the current folder.
    ///
    /// - Throws: ``ScoringError/unknownProfile(_:available:)`` when `nameOrFile` is neither a
    ///   built-in name nor an existing file (the message lists the built-in names);
    ///   ``ScoringError/invalidProfile(file:key:reason:)`` when the file cannot be read or
    ///   is not a valid profile.
    public static func resolve(_ nameOrFile: String) throws(ScoringError) -> ScoringProfile {
        if builtIn.contains(where: { $0.name == nameOrFile })
            || !FileManager.default.fileExists(atPath: nameOrFile) {
            return try named(nameOrFile)
        }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: nameOrFile)) } catch {
            throw .invalidProfile(file: nameOrFile, key: "",
                                  reason: "the file cannot be read (\(error.localizedDescription))")
        }
        return try ScoringProfile(json: data, file: nameOrFile)
    }
}
