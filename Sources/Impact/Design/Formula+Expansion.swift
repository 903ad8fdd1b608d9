extension Formula {
    /// Terms produced by part of a formula, with what it says about the intercept:
    /// `true` after `1` or `- 0`, `false` after `0` or `- 1`, `nil` when silent.
    struct TermList {
        private(set) var terms: [FormulaTerm] = []
        var intercept: Bool?
        /// The terms as a set, so that appending stays linear in the number of terms.
        private var present: Set<FormulaTerm> = []

        init(terms: [FormulaTerm] = [], intercept: Bool? = nil) {
            self.intercept = intercept
            append(contentsOf: terms)
        }

        /// Appends terms not already present.
        mutating func append(contentsOf other: [FormulaTerm]) {
            for term in other where present.insert(term).inserted { terms.append(term) }
        }

        /// Removes the terms in `removed`.
        mutating func remove(_ removed: [FormulaTerm]) {
            let set = Set(removed)
            terms.removeAll { set.contains($0) }
            present.subtract(set)
        }
    }

    /// Throws when a product of `left` and `right` terms (plus `extra` others) would pass
    /// ``FormulaLimits/maximumTerms``; called before the product is formed.
    static func checkTermCount(_ left: Int, _ right: Int, extra: Int) throws(FormulaError) {
        let (product, overflow) = left.multipliedReportingOverflow(by: right)
        let total = overflow ? Int.max : product.addingReportingOverflow(extra).partialValue
        if overflow || total > FormulaLimits.maximumTerms {
            throw .tooManyTerms(count: overflow ? Int.max : total, limit: FormulaLimits.maximumTerms)
        }
    }

    /// Expands a syntax tree into its terms (the rules of Wilkinson–Rogers notation as in
    /// R and patsy): `+` unites, `-` removes, `:` multiplies each term of the left by each
    /// term of the right, `a*b` is `a + b + a:b`.
    static func expand(_ expression: FormulaExpression, formula: String) throws(FormulaError) -> TermList {
        switch expression {
        case .factor(let factor, _):
            return TermList(terms: [FormulaTerm([factor])])
        case .intercept(let keep, _):
            return TermList(intercept: keep)
        case .sum(let left, let right):
            var result = try expand(left, formula: formula)
            let other = try expand(right, formula: formula)
            try checkTermCount(1, result.terms.count, extra: other.terms.count)
            result.append(contentsOf: other.terms)
            if let intercept = other.intercept { result.intercept = intercept }
            return result
        case .difference(let left, let right):
            var result = try expand(left, formula: formula)
            let removed = try expand(right, formula: formula)
            result.remove(removed.terms)
            if let intercept = removed.intercept { result.intercept = !intercept }
            return result
        case .negation(let inner):
            let removed = try expand(inner, formula: formula)
            return TermList(terms: [], intercept: removed.intercept.map { !$0 })
        case .interaction(let left, let right):
            let a = try expandForProduct(left, formula: formula)
            let b = try expandForProduct(right, formula: formula)
            try checkTermCount(a.count, b.count, extra: 0)
            var result = TermList()
            result.append(contentsOf: a.flatMap { ta in b.map { tb in FormulaTerm(ta.factors + tb.factors) } })
            return result
        case .crossing(let left, let right):
            let a = try expandForProduct(left, formula: formula)
            let b = try expandForProduct(right, formula: formula)
            try checkTermCount(a.count, b.count, extra: a.count + b.count)
            var result = TermList()
            result.append(contentsOf: a)
            result.append(contentsOf: b)
            result.append(contentsOf: a.flatMap { ta in b.map { tb in FormulaTerm(ta.factors + tb.factors) } })
            return result
        }
    }

    /// The terms of an operand of `:` or `*`, which may not be `0` or `1`.
    private static func expandForProduct(_ expression: FormulaExpression,
                                         formula: String) throws(FormulaError) -> [FormulaTerm] {
        if case .intercept(let keep, let at) = expression {
            throw .invalidTerm(keep ? "1" : "0", reason: "the intercept cannot be part of an interaction",
                               at: at)
        }
        let list = try expand(expression, formula: formula)
        return list.terms
    }

    /// Stable sort by degree: main effects, then two-way interactions, and so on.
    static func orderedByDegree(_ terms: [FormulaTerm]) -> [FormulaTerm] {
        terms.enumerated()
            .sorted { ($0.element.degree, $0.offset) < ($1.element.degree, $1.offset) }
            .map(\.element)
    }
}
