extension SplitMix64 {
    /// A right-skewed positive size around `center`: `center × (0.3 + 2.4 u²)`, u uniform
    /// in [0, 1); mean 1.1 × center, range 0.3–2.7 × center. Uses only exactly rounded
    /// arithmetic (no `exp`/`log`), so the result is the same on every platform.
    mutating func skewedSize(around center: Double) -> Double {
        let u = nextUnit()
        return center * (0.3 + 2.4 * u * u)
    }

    /// The elements in a random order (Fisher–Yates, drawing from this generator).
    mutating func shuffled<T>(_ elements: [T]) -> [T] {
        var result = elements
        var i = result.count - 1
        while i > 0 {
            result.swapAt(i, index(below: i + 1))
            i -= 1
        }
        return result
    }
}
