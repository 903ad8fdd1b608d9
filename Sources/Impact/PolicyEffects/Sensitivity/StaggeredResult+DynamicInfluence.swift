extension StaggeredResult {
    /// The dynamic aggregation's event-time effects with their influence functions (one
    /// value per firm): the components of ``aggregate(_:)`` with `.dynamic` (cells of event
    /// time e combined with cohort-share weights, plus the share-estimation term). The
    /// influence functions give their joint covariance, which ``StaggeredAggregate`` does
    /// not carry.
    func dynamicEventTimeInfluence() -> [(eventTime: Int, att: Double, influence: [Double])] {
        aggregationPieces(.dynamic).parts.map { ($0.key, $0.value.att, $0.value.influence) }
    }
}
