/// A JSON document as a value: the one way Impact writes JSON.
///
/// Objects keep their keys in the order they are built (the documented order of each
/// output), so the same value is always written the same way; ``encoded()`` writes it.
/// Numbers are `Double`s or integers; a non-finite number (NaN, ±infinity) cannot be
/// represented in JSON and is written as `null` (``nonFinitePaths`` lists where, so an
/// output can say so in a note).
public enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A whole number, written without a decimal point.
    case integer(Int)
    /// A whole number beyond `Int`'s range (a 64-bit seed), written without a decimal point.
    case unsignedInteger(UInt64)
    /// A number, written as the shortest decimal that reads back as the same `Double`;
    /// `null` when it is not finite.
    case number(Double)
    /// A string, escaped per RFC 8259.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object, its members in order.
    case object([Member])

    /// One member of an object: a key and its value.
    public struct Member: Sendable, Equatable {
        /// The key.
        public let key: String
        /// The value.
        public let value: JSONValue

        /// Creates a member.
        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// An object from `(key, value)` pairs in order; a `nil` value is written as `null`.
    public static func object(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        .object(pairs.map { Member($0.key, $0.value ?? .null) })
    }

    /// A number, or `null` when `value` is `nil`.
    public static func number(_ value: Double?) -> JSONValue {
        value.map(JSONValue.number) ?? .null
    }

    /// An integer, or `null` when `value` is `nil`.
    public static func integer(_ value: Int?) -> JSONValue {
        value.map(JSONValue.integer) ?? .null
    }

    /// A string, or `null` when `value` is `nil`.
    public static func string(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    /// An array of strings.
    public static func strings(_ values: [String]) -> JSONValue {
        .array(values.map(JSONValue.string))
    }

    /// The value of `key` when this is an object that has it.
    public subscript(key: String) -> JSONValue? {
        guard case let .object(members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// This object with `member` appended (or, when the key exists, replaced in place);
    /// other values are returned unchanged.
    public func setting(_ key: String, _ value: JSONValue) -> JSONValue {
        guard case var .object(members) = self else { return self }
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index] = Member(key, value)
        } else {
            members.append(Member(key, value))
        }
        return .object(members)
    }

    /// Paths (`coefficients[2].std_error`) of the numbers that are not finite and are
    /// therefore written as `null`; empty for most documents.
    public var nonFinitePaths: [String] {
        var paths: [String] = []
        collectNonFinite(path: "", into: &paths)
        return paths
    }

    private func collectNonFinite(path: String, into paths: inout [String]) {
        switch self {
        case let .number(value) where !value.isFinite:
            paths.append(path.isEmpty ? "(document)" : path)
        case let .array(items):
            for (index, item) in items.enumerated() { item.collectNonFinite(path: "\(path)[\(index)]", into: &paths) }
        case let .object(members):
            for member in members {
                member.value.collectNonFinite(path: path.isEmpty ? member.key : "\(path).\(member.key)", into: &paths)
            }
        default:
            break
        }
    }
}
