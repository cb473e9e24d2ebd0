/// The Swift scalars `Codable` asks for, read from a value with no conversion a client would not
/// expect: no number from text, no `Bool` from 0 or 1, no integer from `1.5` or `1e2`.
protocol DecodableScalar {
    static func read(from value: JSONValue) throws(ValueRefusal) -> Self
}

extension Bool: DecodableScalar {
    static func read(from value: JSONValue) throws(ValueRefusal) -> Bool {
        guard case .bool(let flag) = value else { throw .expected("must be true or false", found: value) }
        return flag
    }
}

extension String: DecodableScalar {
    static func read(from value: JSONValue) throws(ValueRefusal) -> String {
        guard case .string(let text) = value else { throw .expected("must be a string", found: value) }
        return text
    }
}

extension DecodableScalar where Self: FixedWidthInteger {
    /// Exactly, or refused: a number beyond the type's range is never wrapped or clamped.
    static func read(from value: JSONValue) throws(ValueRefusal) -> Self {
        guard case .number(let number) = value, number.isInteger else {
            throw .expected("must be an integer", found: value)
        }
        guard let integer = Self(number.text) else { throw .outOfRange }
        return integer
    }
}

extension DecodableScalar where Self: BinaryFloatingPoint & LosslessStringConvertible {
    /// The nearest value; a number too large for the type (it would be infinite) is refused.
    static func read(from value: JSONValue) throws(ValueRefusal) -> Self {
        guard case .number(let number) = value else { throw .expected("must be a number", found: value) }
        guard let floating = Self(number.text), floating.isFinite else { throw .outOfRange }
        return floating
    }
}

extension Int: DecodableScalar {}
extension Int8: DecodableScalar {}
extension Int16: DecodableScalar {}
extension Int32: DecodableScalar {}
extension Int64: DecodableScalar {}
extension UInt: DecodableScalar {}
extension UInt8: DecodableScalar {}
extension UInt16: DecodableScalar {}
extension UInt32: DecodableScalar {}
extension UInt64: DecodableScalar {}
extension Double: DecodableScalar {}
extension Float: DecodableScalar {}
