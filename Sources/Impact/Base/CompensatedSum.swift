/// Σ values by Neumaier's compensated summation (Neumaier 1974, the improved Kahan–Babuška
/// algorithm): a running correction term recovers the low-order bits each addition loses.
///
/// Accounting sums many amounts with two decimals; plain left-to-right addition lets the
/// binary rounding of each term accumulate (Σ of 2-decimal 万元 figures printing as
/// `188500.00000000006`), while the compensated sum is the correctly rounded total in all
/// but pathological cases. Cost: four extra flops per term.
func compensatedSum<S: Sequence>(_ values: S) -> Double where S.Element == Double {
    var sum = 0.0
    var correction = 0.0
    for value in values {
        let total = sum + value
        if abs(sum) >= abs(value) {
            correction += (sum - total) + value
        } else {
            correction += (value - total) + sum
        }
        sum = total
    }
    return sum + correction
}
