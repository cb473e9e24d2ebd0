/// Division rounding toward negative infinity, with a remainder in `0..<divisor`: what splits a
/// moment before 1970 into a day and a time of day (plain `/` would round toward zero).
func floorDivision(_ dividend: Int64, by divisor: Int64) -> (quotient: Int64, remainder: Int64) {
    let quotient = dividend / divisor
    let remainder = dividend % divisor
    return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
}

/// `a × b`, or the nearest bound of `Int64` where that overflows.
func saturatingProduct(_ a: Int64, _ b: Int64) -> Int64 {
    let (product, overflow) = a.multipliedReportingOverflow(by: b)
    guard overflow else { return product }
    return (a < 0) == (b < 0) ? .max : .min
}

/// `a + b`, or the nearest bound of `Int64` where that overflows.
func saturatingSum(_ a: Int64, _ b: Int64) -> Int64 {
    let (sum, overflow) = a.addingReportingOverflow(b)
    guard overflow else { return sum }
    return b < 0 ? .min : .max
}
