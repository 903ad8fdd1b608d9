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
    ///
    /// The parser builds `a + b + c` and `a:b:c` as left-leaning chains, as deep as the
    /// formula is long; the chain's left spine is therefore walked with a loop, and only
    /// right operands (a product, an atom, a parenthesis bounded by
    /// ``FormulaLimits/maximumNesting``) recurse, so the stack stays shallow for any length.
    static func expand(_ expression: FormulaExpression, formula: String) throws(FormulaError) -> TermList {
        var spine: [FormulaExpression] = []
        var leaf = expression
        while true {
            switch leaf {
            case .sum(let left, _), .difference(let left, _), .interaction(let left, _), .crossing(let left, _):
                spine.append(leaf)
                leaf = left
                continue
            case .factor, .intercept, .negation:
                break
            }
            break
        }
        if let first = spine.last, case .intercept(let keep, let at) = leaf {
            switch first {
            case .interaction, .crossing:
                throw .invalidTerm(keep ? "1" : "0", reason: "the intercept cannot be part of an interaction", at: at)
            default: break
            }
        }
        var result = try expandLeaf(leaf, formula: formula)
        for node in spine.reversed() { result = try apply(node, to: result, formula: formula) }
        return result
    }

    /// A node without a left operand: a factor, `0`/`1`, or a leading `- …`.
    private static func expandLeaf(_ expression: FormulaExpression, formula: String) throws(FormulaError) -> TermList {
        switch expression {
        case .factor(let factor, _):
            return TermList(terms: [FormulaTerm([factor])])
        case .intercept(let keep, _):
            return TermList(intercept: keep)
        case .negation(let inner):
            let removed = try expand(inner, formula: formula)
            return TermList(terms: [], intercept: removed.intercept.map { !$0 })
        case .sum, .difference, .interaction, .crossing:
            return try expand(expression, formula: formula)
        }
    }

    /// Applies the operator of `node` to the expansion of its left operand, `left`.
    private static func apply(_ node: FormulaExpression, to left: TermList,
                              formula: String) throws(FormulaError) -> TermList {
        var result = left
        switch node {
        case .sum(_, let right):
            let other = try expand(right, formula: formula)
            try checkTermCount(1, result.terms.count, extra: other.terms.count)
            result.append(contentsOf: other.terms)
            if let intercept = other.intercept { result.intercept = intercept }
            return result
        case .difference(_, let right):
            let removed = try expand(right, formula: formula)
            result.remove(removed.terms)
            if let intercept = removed.intercept { result.intercept = !intercept }
            return result
        case .interaction(_, let right):
            let a = left.terms, b = try expandForProduct(right, formula: formula)
            try checkTermCount(a.count, b.count, extra: 0)
            var product = TermList()
            product.append(contentsOf: a.flatMap { ta in b.map { tb in FormulaTerm(ta.factors + tb.factors) } })
            return product
        case .crossing(_, let right):
            let a = left.terms, b = try expandForProduct(right, formula: formula)
            try checkTermCount(a.count, b.count, extra: a.count + b.count)
            var product = TermList()
            product.append(contentsOf: a)
            product.append(contentsOf: b)
            product.append(contentsOf: a.flatMap { ta in b.map { tb in FormulaTerm(ta.factors + tb.factors) } })
            return product
        case .factor, .intercept, .negation:
            return try expandLeaf(node, formula: formula)
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
