/// An estimate computed beside an event study on the same table and specification
/// (`EventStudy.estimate(_:_:adding:options:)`).
public enum EventStudyCompanion: String, Sendable, CaseIterable {
    /// The Sun–Abraham interaction-weighted event study (`SunAbraham`).
    case sunAbraham = "sun_abraham"
    /// The Goodman-Bacon decomposition of the static two-way DiD (`GoodmanBaconDecomposition`;
    /// balanced panels only).
    case goodmanBacon = "goodman_bacon"
}
